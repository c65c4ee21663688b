# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WalletCurrency` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class WalletCurrency(OpenStrEnum):
    USD = "usd"
    CREDITS = "credits"

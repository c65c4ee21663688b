# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Size` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class Size(OpenStrEnum):
    SMALL = "small"
    LARGE = "large"

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `BillingType` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class BillingType(OpenStrEnum):
    """
    Discriminator for billing fields.  Exactly one of wallet / subscription /
    usage_based is populated depending on this value.
    - wallet: prepaid balance in USD (or credits for Enterprise), API key auth
    - subscription: per-pool credit balances, OAuth integration apps
    - usage_based: metered billing with optional spending cap
    """

    WALLET = "wallet"
    SUBSCRIPTION = "subscription"
    USAGE_BASED = "usage_based"

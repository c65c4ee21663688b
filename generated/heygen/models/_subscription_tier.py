# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SubscriptionTier` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class SubscriptionTier(OpenStrEnum):
    FREE = "free"
    STARTER = "starter"
    CREATOR = "creator"
    PRO = "pro"
    TEAM = "team"
    ENTERPRISE = "enterprise"
    BUSINESS_PLUS = "business_plus"

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SubscriptionCredits` model."""

from __future__ import annotations

from .._models import BaseModel
from ._credit_pool import CreditPool


class SubscriptionCredits(BaseModel):
    premium_credits: CreditPool | None = None
    add_on_credits: CreditPool | None = None

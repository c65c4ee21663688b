# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SubscriptionInfo` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._subscription_credits import SubscriptionCredits
from ._subscription_tier import SubscriptionTier


class SubscriptionInfo(BaseModel):
    plan: Annotated[SubscriptionTier, Field(examples=["team"])]
    credits: SubscriptionCredits

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UserInfoResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._billing_type import BillingType
from ._subscription_info import SubscriptionInfo
from ._usage_based_info import UsageBasedInfo
from ._wallet_info import WalletInfo


class UserInfoResponse(BaseModel):
    username: Annotated[str, Field(examples=["user_abc123"])]
    email: Annotated[str | None, Field(examples=["user@example.com"])]
    first_name: Annotated[str | None, Field(examples=["Jane"])]
    last_name: Annotated[str | None, Field(examples=["Doe"])]
    billing_type: Annotated[BillingType | None, Field(examples=["wallet"])] = None
    wallet: WalletInfo | None = None
    subscription: SubscriptionInfo | None = None
    usage_based: UsageBasedInfo | None = None

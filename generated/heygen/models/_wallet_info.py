# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WalletInfo` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._auto_reload_info import AutoReloadInfo
from ._wallet_currency import WalletCurrency


class WalletInfo(BaseModel):
    currency: Annotated[WalletCurrency, Field(examples=["usd"])]
    remaining_balance: Annotated[float | None, Field(examples=[125.5])] = None
    auto_reload: AutoReloadInfo | None = None

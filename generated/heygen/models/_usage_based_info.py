# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UsageBasedInfo` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class UsageBasedInfo(BaseModel):
    spending_current_usd: Annotated[float | None, Field(examples=[42.5])] = None
    spending_cap_usd: Annotated[float | None, Field(examples=[100.0])] = None

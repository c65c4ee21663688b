# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AutoReloadInfo` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class AutoReloadInfo(BaseModel):
    enabled: Annotated[bool, Field(examples=[True])]
    threshold_usd: Annotated[float | None, Field(examples=[10.0])] = None
    amount_usd: Annotated[float | None, Field(examples=[50.0])] = None

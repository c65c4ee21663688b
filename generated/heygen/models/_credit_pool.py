# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreditPool` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class CreditPool(BaseModel):
    remaining: Annotated[int | None, Field(examples=[500])] = None
    resets_at: Annotated[str | None, Field(examples=["2024-05-01T00:00:00Z"])] = None

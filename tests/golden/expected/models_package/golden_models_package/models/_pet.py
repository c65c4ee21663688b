# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Pet` model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._size import Size


class Pet(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    size: Size | None = None

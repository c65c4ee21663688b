# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Owner` model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Owner(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    login: str

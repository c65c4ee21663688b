# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class ProfileUpdate(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    nickname: str | None = None
    age: int | None = None


class Profile(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str
    nickname: Annotated[str | None, Field(...)]

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ._models import BaseModel


class Profile(BaseModel):
    id: str
    nickname: Annotated[str | None, Field(...)]


class ProfileUpdate(BaseModel):
    nickname: str | None = None
    age: int | None = None

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import AwareDatetime

from ._models import BaseModel


class User(BaseModel):
    id: str | None = None
    email: str
    password: str | None = None
    created_at: AwareDatetime | None = None
    nickname: str | None = None

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict


class NewEvent(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    starts_at: AwareDatetime
    day: date
    checksum: str | None = None


class Event(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    starts_at: AwareDatetime
    day: date
    checksum: str | None = None


class Attachment(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: UUID
    size: int

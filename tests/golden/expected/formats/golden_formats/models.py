# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import AwareDatetime

from ._models import BaseModel


class Attachment(BaseModel):
    id: UUID
    size: int


class Event(BaseModel):
    id: UUID
    starts_at: AwareDatetime
    day: date
    checksum: str | None = None


class NewEvent(BaseModel):
    starts_at: AwareDatetime
    day: date
    checksum: str | None = None

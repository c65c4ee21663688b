# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Label(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str


class NoteUpdate(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    title: str | None = None
    """
    The new title; null clears it.
    """
    priority: int | None = None
    label: Label | None = None


class Note(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str
    title: str | None
    priority: int | None = None
    label: Label | None

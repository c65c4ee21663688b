# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from ._models import BaseModel


class Label(BaseModel):
    name: str


class Note(BaseModel):
    id: str
    title: str | None
    priority: int | None = None
    label: Label | None


class NoteUpdate(BaseModel):
    title: str | None = None
    """
    The new title; null clears it.
    """
    priority: int | None = None
    label: Label | None = None

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from ._models import BaseModel


class Chat(BaseModel):
    text: str


class ChatChunk(BaseModel):
    delta: str
    index: int | None = None


class ChatRequest(BaseModel):
    prompt: str
    stream: bool = False


class Record(BaseModel):
    id: int
    name: str | None = None


class Tick(BaseModel):
    n: int
    label: str | None = None

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from ._models import BaseModel


class Node(BaseModel):
    value: int
    children: list[Node] | None = None


class File(BaseModel):
    name: str
    parent: Folder | None = None


class Folder(BaseModel):
    name: str
    files: list[File] | None = None


Node.model_rebuild()
File.model_rebuild()

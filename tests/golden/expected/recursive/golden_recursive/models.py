# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Node(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    value: int
    children: list[Node] | None = None


class Folder(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    files: list[File] | None = None


class File(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    parent: Folder | None = None


Node.model_rebuild()
Folder.model_rebuild()

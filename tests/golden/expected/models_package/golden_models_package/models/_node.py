# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Node` model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Node(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    value: int
    children: list[Node] | None = None

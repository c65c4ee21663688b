# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Node` model."""

from __future__ import annotations

from .._models import BaseModel


class Node(BaseModel):
    value: int
    children: list[Node] | None = None

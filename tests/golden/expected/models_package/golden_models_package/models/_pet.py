# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Pet` model."""

from __future__ import annotations

from .._models import BaseModel
from ._size import Size


class Pet(BaseModel):
    name: str
    size: Size | None = None

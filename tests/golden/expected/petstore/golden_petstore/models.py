# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from ._models import BaseModel


class Error(BaseModel):
    code: int
    message: str


class NewPet(BaseModel):
    name: str
    """
    The pet's name
    """
    tag: str | None = None


class Pet(NewPet):
    id: int

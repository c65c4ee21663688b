# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class NewPet(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    """
    The pet's name
    """
    tag: str | None = None


class Pet(NewPet):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int


class Error(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: int
    message: str

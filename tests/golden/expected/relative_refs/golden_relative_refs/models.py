# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from ._models import BaseModel


class Error(BaseModel):
    message: str


class Owner(BaseModel):
    email: str


class Pet(BaseModel):
    id: int
    name: str
    owner: Owner | None = None


class PetEnvelope(BaseModel):
    pet: Pet


class NewPet(BaseModel):
    name: str
    owner: Owner | None = None

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Owner(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    email: str


class NewPet(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    owner: Owner | None = None


class Error(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    message: str


class Pet(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: int
    name: str
    owner: Owner | None = None


class PetEnvelope(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    pet: Pet

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, RootModel

from ._models import BaseModel


class Cat(BaseModel):
    petType: Literal["Cat"] = "Cat"
    name: str
    indoor: bool | None = None


class Dog(BaseModel):
    petType: Literal["Dog"] = "Dog"
    name: str
    barks: bool | None = None


class Label(BaseModel):
    text: str


class Pet(RootModel[Cat | Dog]):
    root: Annotated[Cat | Dog, Field(discriminator="petType")]


class RangeFilter(BaseModel):
    min: int
    max: int


class SearchResult(BaseModel):
    hits: list[str | Label]


class TextFilter(BaseModel):
    contains: str


class SearchRequest(BaseModel):
    query: str | int
    """
    Free text, or a numeric id.
    """
    filter: TextFilter | RangeFilter | None = None

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel


class TextFilter(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    contains: str


class RangeFilter(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    min: int
    max: int


class Label(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    text: str


class Cat(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    petType: Literal["Cat"] = "Cat"
    name: str
    indoor: bool | None = None


class Dog(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    petType: Literal["Dog"] = "Dog"
    name: str
    barks: bool | None = None


class SearchRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    query: str | int
    """
    Free text, or a numeric id.
    """
    filter: TextFilter | RangeFilter | None = None


class SearchResult(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    hits: list[str | Label]


class Pet(RootModel[Cat | Dog]):
    root: Annotated[Cat | Dog, Field(discriminator="petType")]

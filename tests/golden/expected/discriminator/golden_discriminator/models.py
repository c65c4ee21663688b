# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class Circle(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Literal["circle"] = "circle"
    radius: float


class Square(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Literal["square"] = "square"
    side: float


class Area(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    area: float


class ShapeRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    shape: Annotated[Circle | Square, Field(discriminator="type")]

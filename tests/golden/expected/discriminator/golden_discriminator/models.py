# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ._models import BaseModel


class Area(BaseModel):
    area: float


class Circle(BaseModel):
    type: Literal["circle"] = "circle"
    radius: float


class Square(BaseModel):
    type: Literal["square"] = "square"
    side: float


class ShapeRequest(BaseModel):
    shape: Annotated[Circle | Square, Field(discriminator="type")]

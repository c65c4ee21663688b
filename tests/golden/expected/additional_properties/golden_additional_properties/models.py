# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Limit(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    max: int


class Metadata(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    source: str | None = None


class StrictPoint(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    x: float
    y: float


class Settings(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    limits: dict[str, Limit]
    """
    Limits by feature name.
    """
    labels: dict[str, str] | None = None
    metadata: Metadata | None = None
    strict: StrictPoint | None = None

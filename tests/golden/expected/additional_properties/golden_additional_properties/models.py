# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import ConfigDict

from ._models import BaseModel


class Limit(BaseModel):
    max: int


class Metadata(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    source: str | None = None


class StrictPoint(BaseModel):
    x: float
    y: float


class Settings(BaseModel):
    limits: dict[str, Limit]
    """
    Limits by feature name.
    """
    labels: dict[str, str] | None = None
    metadata: Metadata | None = None
    strict: StrictPoint | None = None

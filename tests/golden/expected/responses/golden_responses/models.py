# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Error(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: str
    message: str

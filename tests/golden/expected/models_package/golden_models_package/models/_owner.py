# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Owner` model."""

from __future__ import annotations

from .._models import BaseModel


class Owner(BaseModel):
    login: str

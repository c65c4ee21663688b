# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `LegacyAPIError` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class LegacyAPIError(BaseModel):
    code: Annotated[str, Field(examples=["invalid_parameter"])]
    """
    Machine-readable error code
    """
    message: Annotated[str, Field(examples=["prompt is required"])]
    """
    Human-readable error message
    """

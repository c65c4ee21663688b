# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `V1APIError` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class V1APIError(BaseModel):
    code: Annotated[int, Field(examples=[401])]
    """
    API status code
    """
    message: Annotated[str, Field(examples=["Unauthorized"])]
    """
    Human-readable error message
    """

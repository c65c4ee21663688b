# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `StandardAPIError` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class StandardAPIError(BaseModel):
    code: Annotated[str, Field(examples=["invalid_parameter"])]
    """
    Machine-readable error code
    """
    message: Annotated[str, Field(examples=["Video not found"])]
    """
    Human-readable error message
    """
    param: str | None = None
    """
    Which request field caused the error
    """
    doc_url: str | None = None
    """
    Link to error documentation
    """

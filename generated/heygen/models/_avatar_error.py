# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AvatarError` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class AvatarError(BaseModel):
    """
    Error details for a failed avatar creation.
    """

    code: Annotated[str, Field(examples=["training_failed"])]
    """
    Machine-readable error code.
    """
    message: Annotated[str, Field(examples=["Footage duration must be between 15s and 600s"])]
    """
    Human-readable error description.
    """

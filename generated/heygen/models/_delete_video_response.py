# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `DeleteVideoResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class DeleteVideoResponse(BaseModel):
    id: Annotated[str, Field(examples=["v_abc123def456"])]
    """
    ID of the deleted video
    """
    deleted: Annotated[bool, Field(examples=[True])] = True
    """
    Always true on success
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UpdateAvatarLookRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class UpdateAvatarLookRequest(BaseModel):
    """
    Request body for PATCH /v3/avatars/looks/<look_id>.
    """

    name: Annotated[str | None, Field(max_length=255)] = None
    """
    New display name for the look.
    """

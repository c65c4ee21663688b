# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateAvatarVideoResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class CreateAvatarVideoResponse(BaseModel):
    video_id: Annotated[str, Field(examples=["v_abc123def456"])]
    """
    Unique identifier for the created video.
    """
    status: Annotated[str, Field(examples=["waiting"])]
    """
    Initial video status (e.g. 'waiting').
    """

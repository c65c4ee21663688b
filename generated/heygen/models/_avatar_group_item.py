# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AvatarGroupItem` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._avatar_error import AvatarError
from ._avatar_status import AvatarStatus


class AvatarGroupItem(BaseModel):
    """
    A single avatar group in the list response.

    Groups are containers for looks (outfits/styles). To determine avatar type
    and engine compatibility, fetch the looks via GET /v3/avatars/looks.
    """

    id: Annotated[str, Field(examples=["ag_abc123"])]
    """
    Unique avatar group identifier.
    """
    name: Annotated[str, Field(examples=["Anna"])]
    """
    Display name of the avatar.
    """
    preview_image_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/avatar/anna_preview.jpg"])
    ] = None
    """
    URL to the avatar preview image.
    """
    preview_video_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/avatar/anna_preview.mp4"])
    ] = None
    """
    URL to the avatar preview video.
    """
    gender: Annotated[str | None, Field(examples=["female"])] = None
    """
    Gender of the avatar.
    """
    created_at: Annotated[int, Field(examples=[1711929600])]
    """
    Unix timestamp (seconds) when the avatar was created.
    """
    looks_count: Annotated[int, Field(examples=[3])]
    """
    Number of looks (outfits/styles) available for this avatar.
    """
    default_voice_id: Annotated[
        str | None, Field(examples=["1bd001e7e50f421d891986aad5c8bbd2"])
    ] = None
    """
    Default voice ID for this avatar.
    """
    consent_status: Annotated[str | None, Field(examples=["approved"])] = None
    """
    The status of consent for the group. None means consent is not required.
    """
    status: Annotated[AvatarStatus | None, Field(examples=["completed"])] = None
    """
    Training status of the avatar group. Only present for private avatars.
    """
    error: AvatarError | None = None
    """
    Error details. Only present when status is 'failed'.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AvatarLookItem` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._avatar_error import AvatarError
from ._avatar_look_item_preferred_orientation import AvatarLookItemPreferredOrientation
from ._avatar_look_type import AvatarLookType
from ._avatar_status import AvatarStatus


class AvatarLookItem(BaseModel):
    """
    A single avatar look in the list response.

    The ``id`` field is the look-level identifier to pass as ``avatar_id``
    to POST /v3/videos.
    """

    id: Annotated[str, Field(examples=["lk_abc123"])]
    """
    Unique look identifier. Pass this as avatar_id to POST /v3/videos.
    """
    name: Annotated[str, Field(examples=["Business Suit"])]
    """
    Display name of the look.
    """
    avatar_type: Annotated[AvatarLookType, Field(examples=["photo_avatar"])]
    """
    Avatar type — determines engine and parameter compatibility.
    """
    group_id: Annotated[str | None, Field(examples=["ag_abc123"])] = None
    """
    ID of the avatar group this look belongs to.
    """
    preview_image_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/look/business_preview.jpg"])
    ] = None
    """
    URL to the look preview image.
    """
    preview_video_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/look/business_preview.mp4"])
    ] = None
    """
    URL to the look preview video.
    """
    gender: Annotated[str | None, Field(examples=["female"])] = None
    """
    Gender of the avatar.
    """
    tags: Annotated[list[str] | None, Field(examples=[["business", "formal"]])] = None
    """
    Tags associated with the look.
    """
    default_voice_id: Annotated[
        str | None, Field(examples=["1bd001e7e50f421d891986aad5c8bbd2"])
    ] = None
    """
    Default voice ID for this look.
    """
    supported_api_engines: Annotated[
        list[str] | None, Field(examples=[["avatar_4_quality", "avatar_4_turbo"]])
    ] = None
    """
    Engine values this look supports for POST /v3/videos.
    """
    image_width: Annotated[int | None, Field(examples=[1920])] = None
    """
    Native width of the look in pixels.
    """
    image_height: Annotated[int | None, Field(examples=[1080])] = None
    """
    Native height of the look in pixels.
    """
    preferred_orientation: AvatarLookItemPreferredOrientation | None = None
    """
    Preferred orientation of the look: 'portrait', 'landscape', or 'square'.
    """
    status: Annotated[AvatarStatus | None, Field(examples=["completed"])] = None
    """
    Training status of the avatar look: 'processing', 'completed', or 'failed'. Only present for private avatars.
    """
    error: AvatarError | None = None
    """
    Error details. Only present when status is 'failed'.
    """

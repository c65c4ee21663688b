# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AvatarLookType` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class AvatarLookType(OpenStrEnum):
    """
    Avatar look type — determines engine compatibility with POST /v3/videos.
    """

    STUDIO_AVATAR = "studio_avatar"
    VIDEO_AVATAR = "video_avatar"
    PHOTO_AVATAR = "photo_avatar"

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `StyleItem` model."""

from __future__ import annotations

from .._models import BaseModel


class StyleItem(BaseModel):
    """
    A single style in the listing response.
    """

    style_id: str
    """
    Unique style identifier. Pass to POST /v3/video-agents as style_id.
    """
    name: str
    """
    Display name of the style.
    """
    thumbnail_url: str | None = None
    """
    Thumbnail image URL (public CDN).
    """
    preview_video_url: str | None = None
    """
    Preview video URL (public CDN, mp4).
    """
    tags: list[str] | None = None
    """
    Tags (e.g., cinematic, retro-tech, iconic-artist).
    """
    aspect_ratio: str | None = None
    """
    Aspect ratio (e.g., '16:9', '9:16', '1:1').
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SessionResource` model."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel


class SessionResource(BaseModel):
    """
    Simplified session resource for external consumers.
    """

    resource_id: str
    """
    Resource identifier
    """
    resource_type: str
    """
    Resource type: image, video, draft, avatar, voice, etc.
    """
    source_type: str | None = None
    """
    Source: generated or user_uploaded
    """
    url: str | None = None
    """
    Primary media URL
    """
    thumbnail_url: str | None = None
    """
    Thumbnail URL
    """
    preview_url: str | None = None
    """
    Preview URL
    """
    created_at: int | None = None
    """
    Unix timestamp of resource creation
    """
    metadata: dict[str, Any] | None = None
    """
    Type-specific metadata
    """

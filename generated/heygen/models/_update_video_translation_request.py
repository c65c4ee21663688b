# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UpdateVideoTranslationRequest` model."""

from __future__ import annotations

from .._models import BaseModel


class UpdateVideoTranslationRequest(BaseModel):
    """
    Request body for PATCH /v3/video-translations/{id}.
    """

    title: str
    """
    New title for the video translation
    """

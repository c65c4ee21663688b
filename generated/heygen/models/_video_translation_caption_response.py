# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslationCaptionResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class VideoTranslationCaptionResponse(BaseModel):
    """
    Response for GET /v3/video-translations/{id}/caption.
    """

    caption_url: str
    """
    Presigned URL to download the caption file
    """

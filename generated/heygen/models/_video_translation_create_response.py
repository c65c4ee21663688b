# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslationCreateResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class VideoTranslationCreateResponse(BaseModel):
    """
    Response for POST /v3/video-translations.
    """

    video_translation_ids: list[str]
    """
    Video translation IDs, one per target language
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslationLanguagesResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class VideoTranslationLanguagesResponse(BaseModel):
    """
    Response for GET /v3/video-translations/languages.
    """

    languages: list[str]
    """
    List of supported target language codes
    """

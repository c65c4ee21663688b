# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslationDeleteResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class VideoTranslationDeleteResponse(BaseModel):
    """
    Response for DELETE /v3/video-translations/{id}.
    """

    id: str
    """
    ID of the deleted video translation
    """

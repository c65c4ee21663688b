# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `GenerateVideoRequest` model."""

from __future__ import annotations

from .._models import BaseModel


class GenerateVideoRequest(BaseModel):
    """
    Request body for POST /v3/video-translations/proofreads/{id}/generate.
    """

    captions: bool = False
    """
    Generate captions for the translated video
    """
    translate_audio_only: bool = False
    """
    Only translate audio, keep original video
    """
    callback_id: str | None = None
    """
    ID included in webhook payload
    """
    callback_url: str | None = None
    """
    Webhook URL for completion notifications
    """

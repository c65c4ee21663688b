# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslationDetail` model."""

from __future__ import annotations

from .._models import BaseModel
from ._video_translation_status import VideoTranslationStatus


class VideoTranslationDetail(BaseModel):
    """
    Detailed video translation resource.
    """

    id: str
    """
    Unique video translation identifier
    """
    title: str | None = None
    """
    Title of the translation job
    """
    status: VideoTranslationStatus
    """
    Current status of the translation
    """
    output_language: str | None = None
    """
    Target language code
    """
    input_language: str | None = None
    """
    Detected or specified source language code
    """
    duration: float | None = None
    """
    Video duration in seconds
    """
    translate_audio_only: bool | None = None
    """
    Whether only the audio was translated, keeping the original video
    """
    video_url: str | None = None
    """
    Presigned download URL for the translated video. Only present when status is completed.
    """
    audio_url: str | None = None
    """
    Presigned download URL for the translated audio. Only present when status is completed.
    """
    callback_id: str | None = None
    """
    Client-provided callback ID
    """
    created_at: int | None = None
    """
    Unix timestamp when the translation was created
    """
    failure_message: str | None = None
    """
    Error description. Only present when status is failed.
    """

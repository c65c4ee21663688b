# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `LipsyncDetail` model."""

from __future__ import annotations

from .._models import BaseModel
from ._video_translation_status import VideoTranslationStatus


class LipsyncDetail(BaseModel):
    """
    Detailed lipsync resource.
    """

    id: str
    """
    Unique lipsync identifier
    """
    title: str | None = None
    """
    Title of the lipsync job
    """
    status: VideoTranslationStatus
    """
    Current status
    """
    duration: float | None = None
    """
    Video duration in seconds
    """
    video_url: str | None = None
    """
    Presigned download URL for the output video. Only present when status is completed.
    """
    callback_id: str | None = None
    """
    Client-provided callback ID
    """
    created_at: int | None = None
    """
    Unix timestamp when the lipsync was created
    """
    failure_message: str | None = None
    """
    Error description. Only present when status is failed.
    """

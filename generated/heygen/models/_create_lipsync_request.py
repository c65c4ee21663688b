# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateLipsyncRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._asset_id import AssetId
from ._asset_url import AssetUrl
from ._video_translation_mode import VideoTranslationMode


class CreateLipsyncRequest(BaseModel):
    """
    Request body for POST /v3/lipsyncs.
    """

    video: Annotated[AssetUrl | AssetId, Field(discriminator="type")]
    """
    Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    audio: Annotated[AssetUrl | AssetId, Field(discriminator="type")]
    """
    Replacement audio — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    title: str | None = None
    """
    Title for the lipsync job
    """
    mode: VideoTranslationMode = VideoTranslationMode.SPEED
    """
    Quality mode: 'speed' (faster) or 'precision' (higher quality, uses avatar inference)
    """
    callback_url: str | None = None
    """
    Webhook URL for completion notifications
    """
    callback_id: str | None = None
    """
    ID included in webhook payload
    """
    enable_caption: bool = False
    """
    Generate captions for the output video
    """
    keep_the_same_format: bool | None = None
    """
    Preserve the source video's encoding specs (resolution, bitrate).
    """
    enable_dynamic_duration: bool = True
    """
    Allow dynamic duration adjustment
    """
    disable_music_track: bool = False
    """
    Remove background music
    """
    enable_speech_enhancement: bool = False
    """
    Enhance speech quality
    """
    enable_watermark: bool = False
    """
    Add watermark to output
    """
    start_time: float | None = None
    """
    Start time in seconds for partial lipsync
    """
    end_time: float | None = None
    """
    End time in seconds for partial lipsync
    """
    fps_mode: str | None = None
    """
    Frame rate mode: 'vfr', 'cfr', or 'passthrough'.
    """
    folder_id: str | None = None
    """
    Project/folder ID to organize lipsync into
    """

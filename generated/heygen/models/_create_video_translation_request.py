# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoTranslationRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._asset_id import AssetId
from ._asset_url import AssetUrl
from ._create_video_translation_request_srt_role import CreateVideoTranslationRequestSrtRole
from ._video_translation_mode import VideoTranslationMode


class CreateVideoTranslationRequest(BaseModel):
    """
    Request body for POST /v3/video-translations.
    """

    video: Annotated[AssetUrl | AssetId, Field(discriminator="type")]
    """
    Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    title: str | None = None
    """
    Title for the translation job
    """
    output_languages: Annotated[list[str], Field(min_length=1)]
    """
    Target language names (e.g. 'Chinese (Cantonese, Traditional)', 'Spanish (Spain)', 'English'). Use GET /v3/video-translations/languages for valid values. Use one for single translation, multiple for batch.
    """
    audio: AssetUrl | AssetId | None = None
    """
    Custom audio for dubbing — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    input_language: str | None = None
    """
    Source language code (auto-detected if omitted)
    """
    translate_audio_only: bool = False
    """
    Only translate audio, keep original video
    """
    speaker_num: int | None = None
    """
    Number of speakers (improves speaker separation)
    """
    mode: VideoTranslationMode = VideoTranslationMode.SPEED
    """
    Translation quality mode: 'speed' (faster) or 'precision' (higher quality, uses avatar inference)
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
    Generate captions for translated video
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
    Start time in seconds for partial translation
    """
    end_time: float | None = None
    """
    End time in seconds for partial translation
    """
    brand_voice_id: str | None = None
    """
    Custom brand voice ID. Requires brand voice setup.
    """
    srt: AssetUrl | AssetId | None = None
    """
    Custom subtitle file — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}. Enterprise plan only.
    """
    srt_role: CreateVideoTranslationRequestSrtRole | None = None
    """
    Which video the subtitle applies to: 'input' (source) or 'output' (translated). Enterprise plan only.
    """
    fps_mode: str | None = None
    """
    Frame rate mode: 'vfr', 'cfr', or 'passthrough'. Only valid with audio.
    """
    folder_id: str | None = None
    """
    Project/folder ID to organize translation into
    """

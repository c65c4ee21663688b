# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateProofreadRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._asset_id import AssetId
from ._asset_url import AssetUrl
from ._video_translation_mode import VideoTranslationMode


class CreateProofreadRequest(BaseModel):
    """
    Request body for POST /v3/video-translations/proofreads.
    """

    video: Annotated[AssetUrl | AssetId, Field(discriminator="type")]
    """
    Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    output_languages: Annotated[list[str], Field(min_length=1)]
    """
    Target language codes. Use one for single proofread, multiple for batch.
    """
    title: str
    """
    Title for the proofread job
    """
    brand_voice_id: str | None = None
    """
    Brand glossary ID for custom term translations. Legacy field name for `brand_glossary_id` — both are accepted and resolve to the same workspace record. Discover IDs via GET /v3/brand-glossaries.
    """
    brand_glossary_id: str | None = None
    """
    Brand glossary ID for custom term translations (e.g. translate 'Reformer' as 'Pilates equipment', not 'political activist'). Alias for the legacy `brand_voice_id` field. Discover IDs via GET /v3/brand-glossaries.
    """
    speaker_num: int | None = None
    """
    Number of speakers (improves speaker separation)
    """
    folder_id: str | None = None
    """
    Project/folder ID to organize proofread into
    """
    enable_video_stretching: bool = False
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
    srt: AssetUrl | AssetId | None = None
    """
    Initial SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    mode: VideoTranslationMode = VideoTranslationMode.SPEED
    """
    Translation quality mode: 'speed' (faster) or 'precision' (higher quality)
    """
    keep_the_same_format: bool = False
    """
    Preserve the source video's encoding specs (resolution, bitrate)
    """

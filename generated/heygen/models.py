# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ._models import BaseModel
from ._types import OpenStrEnum


class StandardAPIError(BaseModel):
    code: Annotated[str, Field(examples=["invalid_parameter"])]
    """
    Machine-readable error code
    """
    message: Annotated[str, Field(examples=["Video not found"])]
    """
    Human-readable error message
    """
    param: str | None = None
    """
    Which request field caused the error
    """
    doc_url: str | None = None
    """
    Link to error documentation
    """


class AssetId(BaseModel):
    """
    Asset input via HeyGen asset ID from the asset upload endpoint.
    """

    type: Literal["asset_id"] = "asset_id"
    """
    Input type discriminator
    """
    asset_id: str
    """
    HeyGen asset ID from the asset upload endpoint
    """


class AssetUrl(BaseModel):
    """
    Asset input via publicly accessible HTTPS URL.
    """

    type: Literal["url"] = "url"
    """
    Input type discriminator
    """
    url: str
    """
    Publicly accessible HTTPS URL for the asset
    """


class VideoTranslationMode(OpenStrEnum):
    SPEED = "speed"
    PRECISION = "precision"


class ProofreadStatus(OpenStrEnum):
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


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


class CreateProofreadResponse(BaseModel):
    """
    Response for POST /v3/video-translations/proofreads.
    """

    proofread_ids: list[str]
    """
    Proofread IDs, one per target language
    """
    status: ProofreadStatus
    """
    Initial status (always processing)
    """

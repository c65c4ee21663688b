# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ._types import OpenStrEnum


class StandardAPIError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
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

    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[Literal["asset_id"], Field(title="Type")] = "asset_id"
    """
    Input type discriminator
    """
    asset_id: Annotated[str, Field(title="Asset Id")]
    """
    HeyGen asset ID from the asset upload endpoint
    """


class AssetUrl(BaseModel):
    """
    Asset input via publicly accessible HTTPS URL.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: Annotated[Literal["url"], Field(title="Type")] = "url"
    """
    Input type discriminator
    """
    url: Annotated[str, Field(title="Url")]
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

    model_config = ConfigDict(
        populate_by_name=True,
    )
    video: Annotated[AssetUrl | AssetId, Field(discriminator="type", title="Video")]
    """
    Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    output_languages: Annotated[list[str], Field(min_length=1, title="Output Languages")]
    """
    Target language codes. Use one for single proofread, multiple for batch.
    """
    title: Annotated[str, Field(title="Title")]
    """
    Title for the proofread job
    """
    brand_voice_id: Annotated[str | None, Field(title="Brand Voice Id")] = None
    """
    Brand glossary ID for custom term translations. Legacy field name for `brand_glossary_id` — both are accepted and resolve to the same workspace record. Discover IDs via GET /v3/brand-glossaries.
    """
    brand_glossary_id: Annotated[str | None, Field(title="Brand Glossary Id")] = None
    """
    Brand glossary ID for custom term translations (e.g. translate 'Reformer' as 'Pilates equipment', not 'political activist'). Alias for the legacy `brand_voice_id` field. Discover IDs via GET /v3/brand-glossaries.
    """
    speaker_num: Annotated[int | None, Field(title="Speaker Num")] = None
    """
    Number of speakers (improves speaker separation)
    """
    folder_id: Annotated[str | None, Field(title="Folder Id")] = None
    """
    Project/folder ID to organize proofread into
    """
    enable_video_stretching: Annotated[bool, Field(title="Enable Video Stretching")] = False
    """
    Allow dynamic duration adjustment
    """
    disable_music_track: Annotated[bool, Field(title="Disable Music Track")] = False
    """
    Remove background music
    """
    enable_speech_enhancement: Annotated[bool, Field(title="Enable Speech Enhancement")] = False
    """
    Enhance speech quality
    """
    srt: Annotated[AssetUrl | AssetId | None, Field(title="Srt")] = None
    """
    Initial SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """
    mode: VideoTranslationMode = VideoTranslationMode.SPEED
    """
    Translation quality mode: 'speed' (faster) or 'precision' (higher quality)
    """
    keep_the_same_format: Annotated[bool, Field(title="Keep The Same Format")] = False
    """
    Preserve the source video's encoding specs (resolution, bitrate)
    """


class CreateProofreadResponse(BaseModel):
    """
    Response for POST /v3/video-translations/proofreads.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    proofread_ids: Annotated[list[str], Field(title="Proofread Ids")]
    """
    Proofread IDs, one per target language
    """
    status: ProofreadStatus
    """
    Initial status (always processing)
    """

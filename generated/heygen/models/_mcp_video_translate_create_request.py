# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `MCPVideoTranslateCreateRequest` model."""

from __future__ import annotations

from .._models import BaseModel
from ._mcp_video_translate_create_request_mode import MCPVideoTranslateCreateRequestMode
from ._mcp_video_translate_create_request_srt_role import MCPVideoTranslateCreateRequestSrtRole


class MCPVideoTranslateCreateRequest(BaseModel):
    """
    Request body for creating a video translation job via the MCP server.
    """

    video_url: str
    """
    URL of the source video to translate
    """
    title: str | None = None
    """
    Title for the translation job
    """
    output_language: str | None = None
    """
    Single target language code. Mutually exclusive with output_languages.
    """
    output_languages: list[str] | None = None
    """
    Multiple target language codes for batch translation. Mutually exclusive with output_language.
    """
    audio_url: str | None = None
    """
    Custom audio URL for audio dubbing
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
    mode: MCPVideoTranslateCreateRequestMode = MCPVideoTranslateCreateRequestMode.SPEED
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
    Preserve the source video's encoding specs (resolution, bitrate). Defaults to True for enterprise/team/pro API users with audio_url.
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
    srt_url: str | None = None
    """
    Custom subtitle file URL. Enterprise plan only.
    """
    srt_role: MCPVideoTranslateCreateRequestSrtRole | None = None
    """
    Which video the SRT applies to. Enterprise plan only. Used with srt_url.
    """
    fps_mode: str | None = None
    """
    Frame rate mode: 'vfr', 'cfr', or 'passthrough'. Only valid with audio_url.
    """
    folder_id: str | None = None
    """
    Project/folder ID to organize translation into
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ExternalCreateVideoAgentSessionRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._external_create_video_agent_session_request_orientation import (
    ExternalCreateVideoAgentSessionRequestOrientation,
)
from ._file_input import FileInput
from ._video_agent_config import VideoAgentConfig


class ExternalCreateVideoAgentSessionRequest(BaseModel):
    """
    Request body for creating a video from a prompt using Video Agent V2A.
    """

    prompt: Annotated[str, Field(max_length=10000, min_length=1)]
    """
    The message/prompt for video generation (1-10000 characters)
    """
    avatar_id: str | None = None
    """
    Specific avatar ID to use
    """
    voice_id: str | None = None
    """
    Specific voice ID to use for narration
    """
    orientation: ExternalCreateVideoAgentSessionRequestOrientation | None = None
    """
    Video orientation. If not provided, auto-detected from content.
    """
    duration_sec: Annotated[int | None, Field(ge=5)] = None
    """
    Approximate video duration in seconds (minimum 5)
    """
    config: VideoAgentConfig | None = None
    """
    Deprecated. Use top-level avatar_id, orientation, and duration_sec instead. Video generation configuration.
    """
    files: Annotated[list[FileInput] | None, Field(max_length=20)] = None
    """
    Optional file attachments (max 20 files)
    """
    callback_url: str | None = None
    """
    Webhook URL for completion/failure notifications
    """
    callback_id: str | None = None
    """
    Optional callback ID included in webhook payload
    """
    incognito_mode: bool = False
    """
    When enabled, disables memory injection and extraction for this session
    """

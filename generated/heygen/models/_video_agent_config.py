# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoAgentConfig` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._video_agent_config_orientation import VideoAgentConfigOrientation


class VideoAgentConfig(BaseModel):
    """
    Configuration options for video generation.
    """

    duration_sec: Annotated[int | None, Field(ge=5)] = None
    """
    Approximate video duration in seconds (minimum 5)
    """
    orientation: VideoAgentConfigOrientation | None = None
    """
    Video orientation. If not provided, auto-detected from content.
    """
    avatar_id: str | None = None
    """
    Specific avatar ID to use
    """
    voice_id: str | None = None
    """
    Specific voice ID to use for narration
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoAgentResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._create_video_agent_response_status import CreateVideoAgentResponseStatus


class CreateVideoAgentResponse(BaseModel):
    """
    Response from creating a video agent session.

    Designed as a session resource for future extensibility — GET /v3/video-agents/{session_id}
    can return the same shape enriched with more fields (messages, video URL, etc.).
    """

    session_id: Annotated[str, Field(examples=["sess_012abc345def678"])]
    """
    Session ID — primary identifier for this video agent session
    """
    status: Annotated[CreateVideoAgentResponseStatus, Field(examples=["generating"])]
    """
    Session status
    """
    video_id: Annotated[str | None, Field(examples=["v_abc123def456"])] = None
    """
    Video ID for polling via GET /v3/videos/{video_id}. Nullable in future multi-turn flows.
    """
    created_at: Annotated[int, Field(examples=[1711929600])]
    """
    Unix timestamp of session creation
    """

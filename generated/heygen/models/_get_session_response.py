# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `GetSessionResponse` model."""

from __future__ import annotations

from .._models import BaseModel
from ._get_session_response_status import GetSessionResponseStatus
from ._session_message import SessionMessage


class GetSessionResponse(BaseModel):
    """
    Response from getting a video agent session.
    """

    session_id: str
    """
    Session ID
    """
    status: GetSessionResponseStatus
    """
    Session status
    """
    progress: int = 0
    """
    Progress 0-100
    """
    title: str | None = None
    """
    LLM-generated session title
    """
    video_id: str | None = None
    """
    Video ID once generation starts
    """
    created_at: int
    """
    Unix timestamp of session creation
    """
    messages: list[SessionMessage] | None = None
    """
    Most recent visible messages (max 40, newest-first)
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ExternalCreateVideoAgentSessionResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class ExternalCreateVideoAgentSessionResponse(BaseModel):
    """
    Response from creating a video.
    """

    video_id: str
    """
    Video ID. Use with GET /v2/videos/{video_id} for polling
    """
    session_id: str
    """
    Video Agent session ID
    """

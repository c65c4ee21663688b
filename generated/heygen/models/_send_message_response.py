# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SendMessageResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class SendMessageResponse(BaseModel):
    """
    Response from sending a message to a session.
    """

    session_id: str
    """
    Session ID
    """
    run_id: str
    """
    Run ID for this message processing
    """
    title: str | None = None
    """
    LLM-generated session title
    """

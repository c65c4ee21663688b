# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateSessionResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class CreateSessionResponse(BaseModel):
    """
    Response from creating an interactive video agent session.
    """

    session_id: str
    """
    Session ID — primary identifier for this session
    """
    created_at: int
    """
    Unix timestamp of session creation
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `StopSessionResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class StopSessionResponse(BaseModel):
    """
    Response from stopping a session.
    """

    session_id: str
    """
    Session ID
    """

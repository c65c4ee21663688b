# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `LipsyncCreateResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class LipsyncCreateResponse(BaseModel):
    """
    Response for POST /v3/lipsyncs.
    """

    lipsync_id: str
    """
    Lipsync ID — use GET /v3/lipsyncs/{id} to poll status
    """

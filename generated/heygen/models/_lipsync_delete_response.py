# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `LipsyncDeleteResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class LipsyncDeleteResponse(BaseModel):
    """
    Response for DELETE /v3/lipsyncs/{id}.
    """

    id: str
    """
    ID of the deleted lipsync
    """

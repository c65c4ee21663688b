# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UpdateLipsyncRequest` model."""

from __future__ import annotations

from .._models import BaseModel


class UpdateLipsyncRequest(BaseModel):
    """
    Request body for PATCH /v3/lipsyncs/{id}.
    """

    title: str
    """
    New title for the lipsync
    """

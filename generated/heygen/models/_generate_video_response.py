# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `GenerateVideoResponse` model."""

from __future__ import annotations

from .._models import BaseModel
from ._proofread_status import ProofreadStatus


class GenerateVideoResponse(BaseModel):
    """
    Response for POST /v3/video-translations/proofreads/{id}/generate.
    """

    video_translation_id: str
    """
    Video translation ID — use GET /v3/video-translations/{id} to poll status
    """
    status: ProofreadStatus
    """
    Initial status (always processing)
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateProofreadResponse` model."""

from __future__ import annotations

from .._models import BaseModel
from ._proofread_status import ProofreadStatus


class CreateProofreadResponse(BaseModel):
    """
    Response for POST /v3/video-translations/proofreads.
    """

    proofread_ids: list[str]
    """
    Proofread IDs, one per target language
    """
    status: ProofreadStatus
    """
    Initial status (always processing)
    """

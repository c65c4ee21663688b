# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ProofreadDetail` model."""

from __future__ import annotations

from .._models import BaseModel
from ._proofread_status import ProofreadStatus


class ProofreadDetail(BaseModel):
    """
    Detailed proofread resource.
    """

    id: str
    """
    Unique proofread identifier
    """
    title: str | None = None
    """
    Title of the proofread job
    """
    status: ProofreadStatus
    """
    Current status
    """
    output_language: str | None = None
    """
    Target language code
    """
    input_language: str | None = None
    """
    Detected or specified source language code
    """
    submitted_for_review: bool | None = None
    """
    Whether the proofread has been submitted for review
    """
    created_at: int | None = None
    """
    Unix timestamp when the proofread was created
    """
    failure_message: str | None = None
    """
    Error description. Only present when status is failed.
    """

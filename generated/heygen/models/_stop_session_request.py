# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `StopSessionRequest` model."""

from __future__ import annotations

from .._models import BaseModel


class StopSessionRequest(BaseModel):
    """
    Request body for stopping a session (empty — no fields required).
    """

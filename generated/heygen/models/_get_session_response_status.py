# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `GetSessionResponseStatus` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class GetSessionResponseStatus(OpenStrEnum):
    """
    Session status
    """

    PROCESSING = "processing"
    REVIEWING = "reviewing"
    GENERATING = "generating"
    COMPLETED = "completed"
    FAILED = "failed"

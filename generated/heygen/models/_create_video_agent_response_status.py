# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoAgentResponseStatus` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class CreateVideoAgentResponseStatus(OpenStrEnum):
    """
    Session status
    """

    GENERATING = "generating"
    COMPLETED = "completed"
    FAILED = "failed"

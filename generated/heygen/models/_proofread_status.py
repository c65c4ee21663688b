# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ProofreadStatus` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class ProofreadStatus(OpenStrEnum):
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"

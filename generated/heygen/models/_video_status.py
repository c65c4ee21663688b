# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoStatus` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class VideoStatus(OpenStrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"

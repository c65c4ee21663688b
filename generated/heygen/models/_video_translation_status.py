# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslationStatus` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class VideoTranslationStatus(OpenStrEnum):
    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"

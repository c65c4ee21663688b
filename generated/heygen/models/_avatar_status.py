# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AvatarStatus` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class AvatarStatus(OpenStrEnum):
    """
    Training/creation status of an avatar group or look.
    """

    PROCESSING = "processing"
    PENDING_CONSENT = "pending_consent"
    FAILED = "failed"
    COMPLETED = "completed"

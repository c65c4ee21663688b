# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoAspectRatio` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class VideoAspectRatio(OpenStrEnum):
    """
    Output video aspect ratio.
    """

    FIELD_16_9 = "16:9"
    FIELD_9_16 = "9:16"

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoResolution` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class VideoResolution(OpenStrEnum):
    """
    Output video resolution.
    """

    FIELD_4K = "4k"
    FIELD_1080P = "1080p"
    FIELD_720P = "720p"

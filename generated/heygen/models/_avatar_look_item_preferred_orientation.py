# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AvatarLookItemPreferredOrientation` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class AvatarLookItemPreferredOrientation(OpenStrEnum):
    """
    Preferred orientation of the look: 'portrait', 'landscape', or 'square'.
    """

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"
    SQUARE = "square"

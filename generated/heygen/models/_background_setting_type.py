# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `BackgroundSettingType` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class BackgroundSettingType(OpenStrEnum):
    """
    Background type. 'color' uses a solid hex color; 'image' uses an image from url or asset_id.
    """

    COLOR = "color"
    IMAGE = "image"

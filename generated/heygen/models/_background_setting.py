# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `BackgroundSetting` model."""

from __future__ import annotations

from .._models import BaseModel
from ._background_setting_type import BackgroundSettingType


class BackgroundSetting(BaseModel):
    """
    Background configuration for the generated video.
    """

    type: BackgroundSettingType
    """
    Background type. 'color' uses a solid hex color; 'image' uses an image from url or asset_id.
    """
    value: str | None = None
    """
    Hex color code (e.g. '#ff0000'). Required when type is 'color'.
    """
    url: str | None = None
    """
    URL of the background image. Used when type is 'image'. Mutually exclusive with asset_id.
    """
    asset_id: str | None = None
    """
    HeyGen asset ID of the background image. Used when type is 'image'. Mutually exclusive with url.
    """

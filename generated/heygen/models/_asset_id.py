# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AssetId` model."""

from __future__ import annotations

from typing import Literal

from .._models import BaseModel


class AssetId(BaseModel):
    """
    Asset input via HeyGen asset ID from the asset upload endpoint.
    """

    type: Literal["asset_id"] = "asset_id"
    """
    Input type discriminator
    """
    asset_id: str
    """
    HeyGen asset ID from the asset upload endpoint
    """

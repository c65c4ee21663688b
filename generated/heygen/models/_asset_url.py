# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AssetUrl` model."""

from __future__ import annotations

from typing import Literal

from .._models import BaseModel


class AssetUrl(BaseModel):
    """
    Asset input via publicly accessible HTTPS URL.
    """

    type: Literal["url"] = "url"
    """
    Input type discriminator
    """
    url: str
    """
    Publicly accessible HTTPS URL for the asset
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AssetBase64` model."""

from __future__ import annotations

from typing import Literal

from .._models import BaseModel


class AssetBase64(BaseModel):
    """
    Asset input via base64-encoded content.
    """

    type: Literal["base64"] = "base64"
    """
    Input type discriminator
    """
    media_type: str
    """
    MIME type of the encoded content (e.g. "image/png")
    """
    data: str
    """
    Base64-encoded file content
    """

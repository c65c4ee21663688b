# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `FileInput` model."""

from __future__ import annotations

from .._models import BaseModel


class FileInput(BaseModel):
    """
    Input file attachment for video generation.
    """

    asset_id: str
    """
    HeyGen asset ID (from /v1/asset upload endpoint). Supported types: image (png, jpeg), video (mp4, webm), pdf.
    """

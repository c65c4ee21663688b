# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UploadAssetV3Response` model."""

from __future__ import annotations

from .._models import BaseModel


class UploadAssetV3Response(BaseModel):
    """
    Response from uploading an asset via POST /v3/assets.
    """

    asset_id: str
    """
    Unique asset identifier for use in other endpoints like POST /v3/video-agents
    """
    url: str
    """
    Public URL of the uploaded asset
    """
    mime_type: str
    """
    Detected MIME type of the file
    """
    size_bytes: int
    """
    File size in bytes
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UploadSRTRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._asset_id import AssetId
from ._asset_url import AssetUrl


class UploadSRTRequest(BaseModel):
    """
    Request body for PUT /v3/video-translations/proofreads/{id}/srt.
    """

    srt: Annotated[AssetUrl | AssetId, Field(discriminator="type")]
    """
    SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """

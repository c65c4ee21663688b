# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `DownloadSRTResponse` model."""

from __future__ import annotations

from .._models import BaseModel


class DownloadSRTResponse(BaseModel):
    """
    Response for GET /v3/video-translations/proofreads/{id}/srt.
    """

    srt_url: str
    """
    Presigned URL to download the edited SRT file
    """
    original_srt_url: str | None = None
    """
    Presigned URL for the original SRT file (if provided at creation)
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslateCaptionGetResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class VideoTranslateCaptionGetResponse(BaseModel):
    caption_url: Annotated[str, Field(examples=["https://files.heygen.ai/captions/abc123.srt"])]

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslateCreateResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class VideoTranslateCreateResponse(BaseModel):
    video_translate_id: Annotated[str | None, Field(examples=["vt_abc123"])] = None
    video_translate_ids: Annotated[
        list[str] | None, Field(examples=[["vt_abc123", "vt_def456"]])
    ] = None

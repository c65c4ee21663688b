# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateSessionRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._asset_base64 import AssetBase64
from ._asset_id import AssetId
from ._asset_url import AssetUrl
from ._create_session_request_orientation import CreateSessionRequestOrientation


class CreateSessionRequest(BaseModel):
    """
    Request body for creating an interactive Video Agent session.
    """

    prompt: Annotated[str, Field(max_length=10000, min_length=1)]
    """
    Initial message to the Video Agent (1-10000 characters)
    """
    avatar_id: str | None = None
    """
    Specific avatar ID to use
    """
    voice_id: str | None = None
    """
    Specific voice ID to use for narration
    """
    style_id: str | None = None
    """
    Style ID from GET /v3/video-agents/styles. Applies a curated visual template to the generated video.
    """
    orientation: CreateSessionRequestOrientation | None = None
    """
    Video orientation. If not provided, auto-detected from content.
    """
    files: Annotated[
        list[Annotated[AssetUrl | AssetId | AssetBase64, Field(discriminator="type")]] | None,
        Field(max_length=20),
    ] = None
    """
    Optional file attachments (max 20 files)
    """
    auto_proceed: bool = False
    """
    If true, skip interactive review and go straight to video generation (no storyboard approval step)
    """
    callback_url: str | None = None
    """
    Persisted for future webhook delivery — not active in v1
    """
    callback_id: str | None = None
    """
    Persisted alongside callback_url for future use
    """
    incognito_mode: bool = False
    """
    When enabled, disables memory injection and extraction for this session
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoAgentRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._asset_base64 import AssetBase64
from ._asset_id import AssetId
from ._asset_url import AssetUrl
from ._create_video_agent_request_orientation import CreateVideoAgentRequestOrientation


class CreateVideoAgentRequest(BaseModel):
    """
    Request body for creating a video from a prompt using Video Agent v3.

    All configuration is flat (no nested config object). Files use the
    type-discriminated AssetInput union for flexible asset inputs.
    """

    prompt: Annotated[str, Field(max_length=10000, min_length=1)]
    """
    The message/prompt for video generation (1-10000 characters)
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
    orientation: CreateVideoAgentRequestOrientation | None = None
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
    callback_url: str | None = None
    """
    Webhook URL for completion/failure notifications
    """
    callback_id: str | None = None
    """
    Optional callback ID included in webhook payload
    """
    incognito_mode: bool = False
    """
    When enabled, disables memory injection and extraction for this session
    """

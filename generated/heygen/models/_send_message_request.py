# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SendMessageRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._asset_base64 import AssetBase64
from ._asset_id import AssetId
from ._asset_url import AssetUrl


class SendMessageRequest(BaseModel):
    """
    Request body for sending a follow-up message to a session.
    """

    message: Annotated[str, Field(max_length=10000, min_length=1)]
    """
    Text message to the agent
    """
    avatar_id: str | None = None
    """
    Override avatar for this message
    """
    voice_id: str | None = None
    """
    Override voice for this message
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

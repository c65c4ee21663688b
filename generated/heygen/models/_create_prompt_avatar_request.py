# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreatePromptAvatarRequest` model."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel
from ._asset_base64 import AssetBase64
from ._asset_id import AssetId
from ._asset_url import AssetUrl


class CreatePromptAvatarRequest(BaseModel):
    type: Literal["prompt"] = "prompt"
    """
    Must be 'prompt' for AI-generated avatars.
    """
    name: str
    """
    Name of the avatar.
    """
    prompt: Annotated[str, Field(max_length=200)]
    """
    Prompt for avatar generation.
    """
    reference_images: Annotated[
        list[Annotated[AssetUrl | AssetId | AssetBase64, Field(discriminator="type")]] | None,
        Field(max_length=3),
    ] = None
    """
    Reference images you want to be included in the avatar. Max 3. Will only work with an avatar_group_id.
    """
    avatar_group_id: str | None = None
    """
    Optional identity you would like to attach the prompted avatar to. By default it will create a new identity.
    """

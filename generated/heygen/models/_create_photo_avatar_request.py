# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreatePhotoAvatarRequest` model."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel
from ._asset_base64 import AssetBase64
from ._asset_id import AssetId
from ._asset_url import AssetUrl


class CreatePhotoAvatarRequest(BaseModel):
    type: Literal["photo"] = "photo"
    """
    Must be 'photo' for photo-based avatars.
    """
    name: str
    """
    Name of the avatar.
    """
    file: Annotated[AssetUrl | AssetId | AssetBase64, Field(discriminator="type")]
    """
    Photo asset of the avatar.
    """
    avatar_group_id: str | None = None
    """
    Optional identity you would like to attach the photo avatar to. By default it will create a new identity.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateAvatarRequestBody` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from ._create_photo_avatar_request import CreatePhotoAvatarRequest
from ._create_prompt_avatar_request import CreatePromptAvatarRequest
from ._create_video_avatar_request import CreateVideoAvatarRequest


class CreateAvatarRequestBody(
    RootModel[CreatePromptAvatarRequest | CreateVideoAvatarRequest | CreatePhotoAvatarRequest]
):
    root: Annotated[
        CreatePromptAvatarRequest | CreateVideoAvatarRequest | CreatePhotoAvatarRequest,
        Field(discriminator="type"),
    ]
    """
    Discriminated union for POST /v3/avatars request body.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoV3RequestBody` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from ._create_video_from_avatar import CreateVideoFromAvatar
from ._create_video_from_image import CreateVideoFromImage


class CreateVideoV3RequestBody(RootModel[CreateVideoFromAvatar | CreateVideoFromImage]):
    root: Annotated[CreateVideoFromAvatar | CreateVideoFromImage, Field(discriminator="type")]
    """
    Discriminated union for POST /v3/videos request body.
    """

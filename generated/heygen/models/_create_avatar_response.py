# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateAvatarResponse` model."""

from __future__ import annotations

from .._models import BaseModel
from ._avatar_group_item import AvatarGroupItem
from ._avatar_look_item import AvatarLookItem


class CreateAvatarResponse(BaseModel):
    avatar_item: AvatarLookItem | None = None
    """
    The avatar item.
    """
    avatar_group: AvatarGroupItem | None = None
    """
    The avatar group.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateAvatarConsentResponse` model."""

from __future__ import annotations

from .._models import BaseModel
from ._avatar_group_item import AvatarGroupItem


class CreateAvatarConsentResponse(BaseModel):
    """
    Response body for POST /v3/avatars/{group_id}/consent.
    """

    avatar_group: AvatarGroupItem
    """
    The avatar group associated with this consent.
    """
    url: str
    """
    URL to the consent page.
    """

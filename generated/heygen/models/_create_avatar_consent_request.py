# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateAvatarConsentRequest` model."""

from __future__ import annotations

from .._models import BaseModel


class CreateAvatarConsentRequest(BaseModel):
    """
    Request body for POST /v3/avatars/{group_id}/consent.
    """

    reroute_url: str | None = None
    """
    Callback URL where the user is redirected after completing consent. Defaults to HeyGen's consent completion page.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WebhookEventTypeItem` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class WebhookEventTypeItem(BaseModel):
    """
    A webhook event type with its description.
    """

    event_type: Annotated[str, Field(examples=["avatar_video.success"])]
    """
    The event type identifier, e.g. 'avatar_video.success'.
    """
    description: Annotated[
        str, Field(examples=["Fired when an avatar video completes rendering successfully."])
    ]
    """
    Human-readable description of when this event fires.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WebhookEventResponse` model."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel


class WebhookEventResponse(BaseModel):
    """
    A delivered webhook event.
    """

    event_id: Annotated[str, Field(examples=["evt_abc123def456"])]
    """
    Unique identifier for this event delivery.
    """
    event_type: Annotated[str, Field(examples=["avatar_video.success"])]
    """
    The event type, e.g. 'avatar_video.success'.
    """
    event_data: Annotated[
        dict[str, Any], Field(examples=[{"status": "completed", "video_id": "v_abc123"}])
    ]
    """
    The event payload data.
    """
    created_at: Annotated[str, Field(examples=["2024-04-01T12:00:00Z"])]
    """
    ISO 8601 timestamp when the event was created.
    """

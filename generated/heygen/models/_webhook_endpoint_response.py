# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WebhookEndpointResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class WebhookEndpointResponse(BaseModel):
    """
    A registered webhook endpoint.
    """

    endpoint_id: Annotated[str, Field(examples=["ep_abc123def456"])]
    """
    Unique identifier for this webhook endpoint.
    """
    url: Annotated[str, Field(examples=["https://example.com/webhook"])]
    """
    The URL that receives webhook POST requests.
    """
    events: Annotated[
        list[str] | None, Field(examples=[["avatar_video.success", "avatar_video.fail"]])
    ] = None
    """
    Event types this endpoint subscribes to. Null means all events.
    """
    status: Annotated[str, Field(examples=["enabled"])]
    """
    Endpoint status: 'enabled' or 'disabled'.
    """
    created_at: Annotated[str, Field(examples=["2024-04-01T12:00:00Z"])]
    """
    ISO 8601 timestamp when the endpoint was created.
    """
    secret: Annotated[str | None, Field(examples=["whsec_abc123def456"])] = None
    """
    The signing secret for verifying webhook payloads. Only returned on create and rotate-secret.
    """

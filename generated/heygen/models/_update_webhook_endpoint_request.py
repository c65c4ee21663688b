# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `UpdateWebhookEndpointRequest` model."""

from __future__ import annotations

from .._models import BaseModel
from ._webhook_event_type import WebhookEventType


class UpdateWebhookEndpointRequest(BaseModel):
    """
    Request body for PATCH /v3/webhooks/endpoints/{endpoint_id}.
    """

    url: str | None = None
    """
    New URL for the endpoint. Must be publicly accessible HTTPS.
    """
    events: list[WebhookEventType] | None = None
    """
    New list of event types to subscribe to. Replaces the existing list.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateWebhookEndpointRequest` model."""

from __future__ import annotations

from .._models import BaseModel
from ._webhook_event_type import WebhookEventType


class CreateWebhookEndpointRequest(BaseModel):
    """
    Request body for POST /v3/webhooks/endpoints.
    """

    url: str
    """
    Publicly accessible HTTPS URL that will receive webhook POST requests.
    """
    events: list[WebhookEventType] | None = None
    """
    Event types to subscribe to. Omit or set to null to receive all events.
    """
    entity_id: str | None = None
    """
    Optional entity ID to scope this endpoint to a specific resource (e.g. a personalized video project).
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.webhooks`: Operations of `webhooks`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource

if TYPE_CHECKING:
    from .endpoints import (
        AsyncWebhooksEndpoints,
        AsyncWebhooksEndpointsWithRawResponse,
        WebhooksEndpoints,
        WebhooksEndpointsWithRawResponse,
    )
    from .event_types import (
        AsyncWebhooksEventTypes,
        AsyncWebhooksEventTypesWithRawResponse,
        WebhooksEventTypes,
        WebhooksEventTypesWithRawResponse,
    )
    from .events import (
        AsyncWebhooksEvents,
        AsyncWebhooksEventsWithRawResponse,
        WebhooksEvents,
        WebhooksEventsWithRawResponse,
    )


class _WebhooksNamespaces:
    """The resources nested in `Webhooks`, shared with its raw-response twin."""

    endpoints: _Namespace[WebhooksEndpoints, WebhooksEndpointsWithRawResponse] = _Namespace(
        ".resources.webhooks.endpoints", "WebhooksEndpoints"
    )
    """Manage webhook endpoints and events"""
    event_types: _Namespace[WebhooksEventTypes, WebhooksEventTypesWithRawResponse] = _Namespace(
        ".resources.webhooks.event_types", "WebhooksEventTypes"
    )
    """Manage webhook endpoints and events"""
    events: _Namespace[WebhooksEvents, WebhooksEventsWithRawResponse] = _Namespace(
        ".resources.webhooks.events", "WebhooksEvents"
    )
    """Manage webhook endpoints and events"""


class Webhooks(_WebhooksNamespaces, _SyncResource):
    """Operations of `webhooks`."""


class WebhooksWithRawResponse(_WebhooksNamespaces, _RawNamespaces):
    """`Webhooks` whose methods return the raw `APIResponse`."""


class _AsyncWebhooksNamespaces:
    """The resources nested in `AsyncWebhooks`, shared with its raw-response twin."""

    endpoints: _Namespace[AsyncWebhooksEndpoints, AsyncWebhooksEndpointsWithRawResponse] = (
        _Namespace(".resources.webhooks.endpoints", "AsyncWebhooksEndpoints")
    )
    """Manage webhook endpoints and events"""
    event_types: _Namespace[AsyncWebhooksEventTypes, AsyncWebhooksEventTypesWithRawResponse] = (
        _Namespace(".resources.webhooks.event_types", "AsyncWebhooksEventTypes")
    )
    """Manage webhook endpoints and events"""
    events: _Namespace[AsyncWebhooksEvents, AsyncWebhooksEventsWithRawResponse] = _Namespace(
        ".resources.webhooks.events", "AsyncWebhooksEvents"
    )
    """Manage webhook endpoints and events"""


class AsyncWebhooks(_AsyncWebhooksNamespaces, _AsyncResource):
    """Operations of `webhooks`."""


class AsyncWebhooksWithRawResponse(_AsyncWebhooksNamespaces, _RawNamespaces):
    """`AsyncWebhooks` whose methods return the raw `APIResponse`."""

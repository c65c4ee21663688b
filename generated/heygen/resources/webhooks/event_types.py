# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.webhooks.event_types`: Manage webhook endpoints and events"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from ... import models as _models
from ..._base_client import Endpoint
from ..._client import _AsyncResource, _SyncResource
from ..._options import request_options
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import WebhookEventTypeItem

_LIST_WEBHOOK_EVENT_TYPES = Endpoint(
    "GET", "/v3/webhooks/event-types", "listWebhookEventTypes", timeout=30.0
)


class WebhooksEventTypes(_SyncResource):
    """Manage webhook endpoints and events"""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[WebhookEventTypeItem]:
        """List webhook event types.

        List all available webhook event types with human-readable descriptions. Returns the
        complete set in a single response (no pagination needed).

        Returns:
            builtins.list[WebhookEventTypeItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-event-types

        Example:
            result = client.webhooks.event_types.list()
        """
        result: builtins.list[WebhookEventTypeItem] = self._client._request(
            _LIST_WEBHOOK_EVENT_TYPES,
            cast_to=builtins.list[_models.WebhookEventTypeItem],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class WebhooksEventTypesWithRawResponse:
    """`WebhooksEventTypes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: WebhooksEventTypes) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncWebhooksEventTypes(_AsyncResource):
    """Manage webhook endpoints and events"""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[WebhookEventTypeItem]:
        """List webhook event types.

        List all available webhook event types with human-readable descriptions. Returns the
        complete set in a single response (no pagination needed).

        Returns:
            builtins.list[WebhookEventTypeItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-event-types

        Example:
            result = await client.webhooks.event_types.list()
        """
        result: builtins.list[WebhookEventTypeItem] = await self._client._request(
            _LIST_WEBHOOK_EVENT_TYPES,
            cast_to=builtins.list[_models.WebhookEventTypeItem],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncWebhooksEventTypesWithRawResponse:
    """`AsyncWebhooksEventTypes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncWebhooksEventTypes) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

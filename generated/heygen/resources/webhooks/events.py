# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.webhooks.events`: Manage webhook endpoints and events"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from ... import models as _models
from ..._base_client import Endpoint
from ..._client import _AsyncResource, _SyncResource
from ..._options import request_options
from ..._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import WebhookEventResponse

_LIST_WEBHOOK_EVENTS = Endpoint("GET", "/v3/webhooks/events", "listWebhookEvents", timeout=30.0)
_LIST_WEBHOOK_EVENTS_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)


class WebhooksEvents(_SyncResource):
    """Manage webhook endpoints and events"""

    def list(
        self,
        *,
        event_type: Literal[
            "avatar_video.success",
            "avatar_video.fail",
            "avatar_video_gif.success",
            "avatar_video_gif.fail",
            "video_translate.success",
            "video_translate.fail",
            "personalized_video",
            "instant_avatar.success",
            "instant_avatar.fail",
            "photo_avatar_generation.success",
            "photo_avatar_generation.fail",
            "photo_avatar_train.success",
            "photo_avatar_train.fail",
            "photo_avatar_add_motion.success",
            "photo_avatar_add_motion.fail",
            "proofread_creation.success",
            "proofread_creation.fail",
            "live_avatar.success",
            "live_avatar.fail",
            "avatar_video_caption.success",
            "avatar_video_caption.fail",
            "video_agent.success",
            "video_agent.fail",
        ]
        | NotGiven = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[WebhookEventResponse]:
        """List webhook events.

        List delivered webhook events with cursor-based pagination. Filter by event type or
        entity ID.

        Args:
            event_type: Filter events by type, e.g. 'avatar_video.success'.
            entity_id: Filter events by entity ID.
            limit: Maximum number of events to return (1-100). Default: 10.
            token: Opaque pagination cursor from a previous response's next_token.

        Returns:
            SyncPage[WebhookEventResponse]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-events

        Example:
            for item in client.webhooks.events.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_WEBHOOK_EVENTS,
            _LIST_WEBHOOK_EVENTS_PAGING,
            _models.WebhookEventResponse,
            query={
                "event_type": event_type,
                "entity_id": entity_id,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class WebhooksEventsWithRawResponse:
    """`WebhooksEvents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: WebhooksEvents) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncWebhooksEvents(_AsyncResource):
    """Manage webhook endpoints and events"""

    def list(
        self,
        *,
        event_type: Literal[
            "avatar_video.success",
            "avatar_video.fail",
            "avatar_video_gif.success",
            "avatar_video_gif.fail",
            "video_translate.success",
            "video_translate.fail",
            "personalized_video",
            "instant_avatar.success",
            "instant_avatar.fail",
            "photo_avatar_generation.success",
            "photo_avatar_generation.fail",
            "photo_avatar_train.success",
            "photo_avatar_train.fail",
            "photo_avatar_add_motion.success",
            "photo_avatar_add_motion.fail",
            "proofread_creation.success",
            "proofread_creation.fail",
            "live_avatar.success",
            "live_avatar.fail",
            "avatar_video_caption.success",
            "avatar_video_caption.fail",
            "video_agent.success",
            "video_agent.fail",
        ]
        | NotGiven = NOT_GIVEN,
        entity_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WebhookEventResponse]:
        """List webhook events.

        List delivered webhook events with cursor-based pagination. Filter by event type or
        entity ID.

        Args:
            event_type: Filter events by type, e.g. 'avatar_video.success'.
            entity_id: Filter events by entity ID.
            limit: Maximum number of events to return (1-100). Default: 10.
            token: Opaque pagination cursor from a previous response's next_token.

        Returns:
            AsyncPager[WebhookEventResponse]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-events

        Example:
            async for item in client.webhooks.events.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_WEBHOOK_EVENTS,
            _LIST_WEBHOOK_EVENTS_PAGING,
            _models.WebhookEventResponse,
            query={
                "event_type": event_type,
                "entity_id": entity_id,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncWebhooksEventsWithRawResponse:
    """`AsyncWebhooksEvents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncWebhooksEvents) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

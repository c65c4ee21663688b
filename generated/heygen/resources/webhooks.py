# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Manage webhook endpoints and events"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from .._base_client import Endpoint, model_body
from .._options import request_options
from .._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    CreateWebhookEndpointRequest,
    RotateSecretResponseData,
    UpdateWebhookEndpointRequest,
    WebhookEndpointResponse,
    WebhookEventResponse,
    WebhookEventType,
    WebhookEventTypeItem,
)

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

_PAGING = Paging(cursor_param="token", items="data", has_more="has_more", next_cursor="next_token")

_LIST_WEBHOOK_EVENT_TYPES = Endpoint(
    "GET", "/v3/webhooks/event-types", "listWebhookEventTypes", timeout=30.0
)
_LIST_WEBHOOK_ENDPOINTS = Endpoint(
    "GET", "/v3/webhooks/endpoints", "listWebhookEndpoints", timeout=30.0
)
_CREATE_WEBHOOK_ENDPOINT = Endpoint(
    "POST", "/v3/webhooks/endpoints", "createWebhookEndpoint", timeout=60.0
)
_DELETE_WEBHOOK_ENDPOINT = Endpoint(
    "DELETE", "/v3/webhooks/endpoints/{endpoint_id}", "deleteWebhookEndpoint", timeout=30.0
)
_UPDATE_WEBHOOK_ENDPOINT = Endpoint(
    "PATCH", "/v3/webhooks/endpoints/{endpoint_id}", "updateWebhookEndpoint", timeout=60.0
)
_ROTATE_WEBHOOK_ENDPOINT_SECRET = Endpoint(
    "POST",
    "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret",
    "rotateWebhookEndpointSecret",
    timeout=60.0,
)
_LIST_WEBHOOK_EVENTS = Endpoint("GET", "/v3/webhooks/events", "listWebhookEvents", timeout=30.0)


class Webhooks:
    """Manage webhook endpoints and events"""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    def list_webhook_event_types(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[WebhookEventTypeItem]:
        """List webhook event types.

        List all available webhook event types with human-readable descriptions. Returns the
        complete set in a single response (no pagination needed).

        Returns:
            list[WebhookEventTypeItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-event-types

        Example:
            result = client.webhooks.list_webhook_event_types()
        """
        result = self._client._request(
            _LIST_WEBHOOK_EVENT_TYPES,
            cast_to=list[WebhookEventTypeItem],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(list[WebhookEventTypeItem], result)

    def list_webhook_endpoints(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[WebhookEndpointResponse]:
        """List webhook endpoints.

        List registered webhook endpoints with cursor-based pagination.

        Args:
            limit: Maximum number of endpoints to return (1-100). Default: 10.
            token: Opaque pagination cursor from a previous response's next_token.

        Returns:
            SyncPage[WebhookEndpointResponse]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-endpoints

        Example:
            for item in client.webhooks.list_webhook_endpoints():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_WEBHOOK_ENDPOINTS,
            _PAGING,
            WebhookEndpointResponse,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create_webhook_endpoint(
        self,
        *,
        url: str,
        events: list[WebhookEventType] | None | NotGiven = NOT_GIVEN,
        entity_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebhookEndpointResponse:
        """Create a webhook endpoint.

        Register a new webhook endpoint to receive event notifications. Returns the endpoint
        details including the signing secret — store it securely, it will not be shown again
        except via rotate-secret.

        Args:
            url: Publicly accessible HTTPS URL that will receive webhook POST requests.
            events: Event types to subscribe to. Omit or set to null to receive all events.
            entity_id: Optional entity ID to scope this endpoint to a specific resource (e.g. a
                personalized video project).

        Returns:
            WebhookEndpointResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-a-webhook-endpoint

        Example:
            result = client.webhooks.create_webhook_endpoint(url='https://example.com/webhook')
        """
        result = self._client._request(
            _CREATE_WEBHOOK_ENDPOINT,
            json=model_body(
                CreateWebhookEndpointRequest, {"url": url, "events": events, "entity_id": entity_id}
            ),
            cast_to=WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(WebhookEndpointResponse, result)

    def delete_webhook_endpoint(
        self,
        *,
        endpoint_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Delete a webhook endpoint.

        Permanently delete a webhook endpoint. Events will no longer be delivered to this URL.

        Args:
            endpoint_id: Webhook endpoint ID

        Returns:
            dict[str, Any]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-a-webhook-endpoint

        Example:
            result = client.webhooks.delete_webhook_endpoint(endpoint_id='ep_abc123def456')
        """
        result = self._client._request(
            _DELETE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            cast_to=dict[str, Any],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(dict[str, Any], result)

    def update_webhook_endpoint(
        self,
        *,
        endpoint_id: str,
        url: str | None | NotGiven = NOT_GIVEN,
        events: list[WebhookEventType] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebhookEndpointResponse:
        """Update a webhook endpoint.

        Update the URL and/or subscribed event types for an existing webhook endpoint.

        Args:
            endpoint_id: Webhook endpoint ID
            url: New URL for the endpoint. Must be publicly accessible HTTPS.
            events: New list of event types to subscribe to. Replaces the existing list.

        Returns:
            WebhookEndpointResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-a-webhook-endpoint

        Example:
            result = client.webhooks.update_webhook_endpoint(endpoint_id='ep_abc123def456')
        """
        result = self._client._request(
            _UPDATE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            json=model_body(UpdateWebhookEndpointRequest, {"url": url, "events": events}),
            cast_to=WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(WebhookEndpointResponse, result)

    def rotate_webhook_endpoint_secret(
        self,
        *,
        endpoint_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RotateSecretResponseData:
        """Rotate webhook signing secret.

        Generate a new signing secret for a webhook endpoint. The old secret is immediately
        invalidated. Store the new secret securely — it will not be shown again.

        Args:
            endpoint_id: Webhook endpoint ID

        Returns:
            RotateSecretResponseData: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/rotate-webhook-signing-secret

        Example:
            result = client.webhooks.rotate_webhook_endpoint_secret(endpoint_id='ep_abc123def456')
        """
        result = self._client._request(
            _ROTATE_WEBHOOK_ENDPOINT_SECRET,
            path_params={"endpoint_id": endpoint_id},
            cast_to=RotateSecretResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(RotateSecretResponseData, result)

    def list_webhook_events(
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
            for item in client.webhooks.list_webhook_events():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_WEBHOOK_EVENTS,
            _PAGING,
            WebhookEventResponse,
            query={
                "event_type": event_type,
                "entity_id": entity_id,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class WebhooksWithRawResponse:
    """`Webhooks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Webhooks) -> None:
        self.list_webhook_event_types = to_raw_response_wrapper(resource.list_webhook_event_types)
        self.list_webhook_endpoints = to_raw_response_wrapper(resource.list_webhook_endpoints)
        self.create_webhook_endpoint = to_raw_response_wrapper(resource.create_webhook_endpoint)
        self.delete_webhook_endpoint = to_raw_response_wrapper(resource.delete_webhook_endpoint)
        self.update_webhook_endpoint = to_raw_response_wrapper(resource.update_webhook_endpoint)
        self.rotate_webhook_endpoint_secret = to_raw_response_wrapper(
            resource.rotate_webhook_endpoint_secret
        )
        self.list_webhook_events = to_raw_response_wrapper(resource.list_webhook_events)


class AsyncWebhooks:
    """Manage webhook endpoints and events"""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    async def list_webhook_event_types(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[WebhookEventTypeItem]:
        """List webhook event types.

        List all available webhook event types with human-readable descriptions. Returns the
        complete set in a single response (no pagination needed).

        Returns:
            list[WebhookEventTypeItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-event-types

        Example:
            result = await client.webhooks.list_webhook_event_types()
        """
        result = await self._client._request(
            _LIST_WEBHOOK_EVENT_TYPES,
            cast_to=list[WebhookEventTypeItem],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(list[WebhookEventTypeItem], result)

    def list_webhook_endpoints(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[WebhookEndpointResponse]:
        """List webhook endpoints.

        List registered webhook endpoints with cursor-based pagination.

        Args:
            limit: Maximum number of endpoints to return (1-100). Default: 10.
            token: Opaque pagination cursor from a previous response's next_token.

        Returns:
            AsyncPager[WebhookEndpointResponse]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-webhook-endpoints

        Example:
            async for item in client.webhooks.list_webhook_endpoints():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_WEBHOOK_ENDPOINTS,
            _PAGING,
            WebhookEndpointResponse,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create_webhook_endpoint(
        self,
        *,
        url: str,
        events: list[WebhookEventType] | None | NotGiven = NOT_GIVEN,
        entity_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebhookEndpointResponse:
        """Create a webhook endpoint.

        Register a new webhook endpoint to receive event notifications. Returns the endpoint
        details including the signing secret — store it securely, it will not be shown again
        except via rotate-secret.

        Args:
            url: Publicly accessible HTTPS URL that will receive webhook POST requests.
            events: Event types to subscribe to. Omit or set to null to receive all events.
            entity_id: Optional entity ID to scope this endpoint to a specific resource (e.g. a
                personalized video project).

        Returns:
            WebhookEndpointResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-a-webhook-endpoint

        Example:
            result = await client.webhooks.create_webhook_endpoint(url='https://example.com/webhook')
        """
        result = await self._client._request(
            _CREATE_WEBHOOK_ENDPOINT,
            json=model_body(
                CreateWebhookEndpointRequest, {"url": url, "events": events, "entity_id": entity_id}
            ),
            cast_to=WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(WebhookEndpointResponse, result)

    async def delete_webhook_endpoint(
        self,
        *,
        endpoint_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Delete a webhook endpoint.

        Permanently delete a webhook endpoint. Events will no longer be delivered to this URL.

        Args:
            endpoint_id: Webhook endpoint ID

        Returns:
            dict[str, Any]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-a-webhook-endpoint

        Example:
            result = await client.webhooks.delete_webhook_endpoint(endpoint_id='ep_abc123def456')
        """
        result = await self._client._request(
            _DELETE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            cast_to=dict[str, Any],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(dict[str, Any], result)

    async def update_webhook_endpoint(
        self,
        *,
        endpoint_id: str,
        url: str | None | NotGiven = NOT_GIVEN,
        events: list[WebhookEventType] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebhookEndpointResponse:
        """Update a webhook endpoint.

        Update the URL and/or subscribed event types for an existing webhook endpoint.

        Args:
            endpoint_id: Webhook endpoint ID
            url: New URL for the endpoint. Must be publicly accessible HTTPS.
            events: New list of event types to subscribe to. Replaces the existing list.

        Returns:
            WebhookEndpointResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-a-webhook-endpoint

        Example:
            result = await client.webhooks.update_webhook_endpoint(endpoint_id='ep_abc123def456')
        """
        result = await self._client._request(
            _UPDATE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            json=model_body(UpdateWebhookEndpointRequest, {"url": url, "events": events}),
            cast_to=WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(WebhookEndpointResponse, result)

    async def rotate_webhook_endpoint_secret(
        self,
        *,
        endpoint_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RotateSecretResponseData:
        """Rotate webhook signing secret.

        Generate a new signing secret for a webhook endpoint. The old secret is immediately
        invalidated. Store the new secret securely — it will not be shown again.

        Args:
            endpoint_id: Webhook endpoint ID

        Returns:
            RotateSecretResponseData: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/rotate-webhook-signing-secret

        Example:
            result = await client.webhooks.rotate_webhook_endpoint_secret(endpoint_id='ep_abc123def456')
        """
        result = await self._client._request(
            _ROTATE_WEBHOOK_ENDPOINT_SECRET,
            path_params={"endpoint_id": endpoint_id},
            cast_to=RotateSecretResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(RotateSecretResponseData, result)

    def list_webhook_events(
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
            async for item in client.webhooks.list_webhook_events():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_WEBHOOK_EVENTS,
            _PAGING,
            WebhookEventResponse,
            query={
                "event_type": event_type,
                "entity_id": entity_id,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncWebhooksWithRawResponse:
    """`AsyncWebhooks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.list_webhook_event_types = async_to_raw_response_wrapper(
            resource.list_webhook_event_types
        )
        self.list_webhook_endpoints = async_to_raw_response_wrapper(resource.list_webhook_endpoints)
        self.create_webhook_endpoint = async_to_raw_response_wrapper(
            resource.create_webhook_endpoint
        )
        self.delete_webhook_endpoint = async_to_raw_response_wrapper(
            resource.delete_webhook_endpoint
        )
        self.update_webhook_endpoint = async_to_raw_response_wrapper(
            resource.update_webhook_endpoint
        )
        self.rotate_webhook_endpoint_secret = async_to_raw_response_wrapper(
            resource.rotate_webhook_endpoint_secret
        )
        self.list_webhook_events = async_to_raw_response_wrapper(resource.list_webhook_events)

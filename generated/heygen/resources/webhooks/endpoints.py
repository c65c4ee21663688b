# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.webhooks.endpoints`: Manage webhook endpoints and events"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import httpx

from ... import models as _models
from ..._base_client import Endpoint, model_body
from ..._client import _AsyncResource, _SyncResource
from ..._options import request_options
from ..._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import (
        RotateSecretResponseData,
        WebhookEndpointResponse,
    )
    from ...params import WebhookEventTypeParam

_LIST_WEBHOOK_ENDPOINTS = Endpoint(
    "GET", "/v3/webhooks/endpoints", "listWebhookEndpoints", timeout=30.0
)
_LIST_WEBHOOK_ENDPOINTS_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
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


class WebhooksEndpoints(_SyncResource):
    """Manage webhook endpoints and events"""

    def list(
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
            for item in client.webhooks.endpoints.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_WEBHOOK_ENDPOINTS,
            _LIST_WEBHOOK_ENDPOINTS_PAGING,
            _models.WebhookEndpointResponse,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create(
        self,
        *,
        url: str,
        events: builtins.list[WebhookEventTypeParam] | None | NotGiven = NOT_GIVEN,
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
            result = client.webhooks.endpoints.create(url='https://example.com/webhook')
        """
        result: WebhookEndpointResponse = self._client._request(
            _CREATE_WEBHOOK_ENDPOINT,
            json=model_body(
                _models.CreateWebhookEndpointRequest,
                {"url": url, "events": events, "entity_id": entity_id},
            ),
            cast_to=_models.WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def delete(
        self,
        endpoint_id: str,
        *,
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
            result = client.webhooks.endpoints.delete('ep_abc123def456')
        """
        result: dict[str, Any] = self._client._request(
            _DELETE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            cast_to=dict[str, Any],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def update(
        self,
        endpoint_id: str,
        *,
        url: str | None | NotGiven = NOT_GIVEN,
        events: builtins.list[WebhookEventTypeParam] | None | NotGiven = NOT_GIVEN,
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
            result = client.webhooks.endpoints.update('ep_abc123def456')
        """
        result: WebhookEndpointResponse = self._client._request(
            _UPDATE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            json=model_body(_models.UpdateWebhookEndpointRequest, {"url": url, "events": events}),
            cast_to=_models.WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def rotate_secret(
        self,
        endpoint_id: str,
        *,
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
            result = client.webhooks.endpoints.rotate_secret('ep_abc123def456')
        """
        result: RotateSecretResponseData = self._client._request(
            _ROTATE_WEBHOOK_ENDPOINT_SECRET,
            path_params={"endpoint_id": endpoint_id},
            cast_to=_models.RotateSecretResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class WebhooksEndpointsWithRawResponse:
    """`WebhooksEndpoints` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: WebhooksEndpoints) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.rotate_secret = to_raw_response_wrapper(resource.rotate_secret)


class AsyncWebhooksEndpoints(_AsyncResource):
    """Manage webhook endpoints and events"""

    def list(
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
            async for item in client.webhooks.endpoints.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_WEBHOOK_ENDPOINTS,
            _LIST_WEBHOOK_ENDPOINTS_PAGING,
            _models.WebhookEndpointResponse,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create(
        self,
        *,
        url: str,
        events: builtins.list[WebhookEventTypeParam] | None | NotGiven = NOT_GIVEN,
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
            result = await client.webhooks.endpoints.create(url='https://example.com/webhook')
        """
        result: WebhookEndpointResponse = await self._client._request(
            _CREATE_WEBHOOK_ENDPOINT,
            json=model_body(
                _models.CreateWebhookEndpointRequest,
                {"url": url, "events": events, "entity_id": entity_id},
            ),
            cast_to=_models.WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def delete(
        self,
        endpoint_id: str,
        *,
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
            result = await client.webhooks.endpoints.delete('ep_abc123def456')
        """
        result: dict[str, Any] = await self._client._request(
            _DELETE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            cast_to=dict[str, Any],
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def update(
        self,
        endpoint_id: str,
        *,
        url: str | None | NotGiven = NOT_GIVEN,
        events: builtins.list[WebhookEventTypeParam] | None | NotGiven = NOT_GIVEN,
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
            result = await client.webhooks.endpoints.update('ep_abc123def456')
        """
        result: WebhookEndpointResponse = await self._client._request(
            _UPDATE_WEBHOOK_ENDPOINT,
            path_params={"endpoint_id": endpoint_id},
            json=model_body(_models.UpdateWebhookEndpointRequest, {"url": url, "events": events}),
            cast_to=_models.WebhookEndpointResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def rotate_secret(
        self,
        endpoint_id: str,
        *,
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
            result = await client.webhooks.endpoints.rotate_secret('ep_abc123def456')
        """
        result: RotateSecretResponseData = await self._client._request(
            _ROTATE_WEBHOOK_ENDPOINT_SECRET,
            path_params={"endpoint_id": endpoint_id},
            cast_to=_models.RotateSecretResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncWebhooksEndpointsWithRawResponse:
    """`AsyncWebhooksEndpoints` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncWebhooksEndpoints) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.rotate_secret = async_to_raw_response_wrapper(resource.rotate_secret)

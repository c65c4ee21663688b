# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.avatars`: List and manage avatars and looks"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from ... import models as _models
from ..._base_client import Endpoint, model_body, validated_body
from ..._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource
from ..._options import request_options
from ..._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from ..._polling import poll, poll_async
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import (
        AvatarGroupItem,
        CreateAvatarConsentResponse,
        CreateAvatarResponse,
        CreatePhotoAvatarRequest,
        CreatePromptAvatarRequest,
        CreateVideoAvatarRequest,
    )
    from ...params import (
        CreatePhotoAvatarRequestParam,
        CreatePromptAvatarRequestParam,
        CreateVideoAvatarRequestParam,
    )
    from .looks import (
        AsyncAvatarsLooks,
        AsyncAvatarsLooksWithRawResponse,
        AvatarsLooks,
        AvatarsLooksWithRawResponse,
    )

_LIST_AVATAR_GROUPS = Endpoint("GET", "/v3/avatars", "listAvatarGroups", timeout=30.0)
_LIST_AVATAR_GROUPS_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)
_CREATE_AVATAR = Endpoint("POST", "/v3/avatars", "createAvatar", timeout=60.0)
_GET_AVATAR_GROUP = Endpoint("GET", "/v3/avatars/{group_id}", "getAvatarGroup", timeout=30.0)
_CREATE_AVATAR_CONSENT = Endpoint(
    "POST", "/v3/avatars/{group_id}/consent", "createAvatarConsent", timeout=60.0
)


class _AvatarsNamespaces:
    """The resources nested in `Avatars`, shared with its raw-response twin."""

    looks: _Namespace[AvatarsLooks, AvatarsLooksWithRawResponse] = _Namespace(
        ".resources.avatars.looks", "AvatarsLooks"
    )
    """List and manage avatars and looks"""


class Avatars(_AvatarsNamespaces, _SyncResource):
    """List and manage avatars and looks"""

    def list(
        self,
        *,
        ownership: Literal["public", "private"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AvatarGroupItem]:
        """List avatar groups.

        List avatar groups (characters) with cursor-based pagination. Filter by ownership: 'all'
        (default), 'public' for preset avatars, or 'private' for your own. Each group contains
        one or more looks (outfits/styles) — use GET /v3/avatars/looks to browse them.

        Args:
            ownership: Filter by ownership: 'public' for preset avatars, or 'private' for your
                own. Omit for all.
            limit: Maximum number of items to return per page (1-50).
            token: Opaque cursor token for the next page.

        Returns:
            SyncPage[AvatarGroupItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-avatar-groups

        Example:
            for item in client.avatars.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_AVATAR_GROUPS,
            _LIST_AVATAR_GROUPS_PAGING,
            _models.AvatarGroupItem,
            query={"ownership": ownership, "limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create(
        self,
        *,
        body: CreatePromptAvatarRequest
        | CreatePromptAvatarRequestParam
        | CreateVideoAvatarRequest
        | CreateVideoAvatarRequestParam
        | CreatePhotoAvatarRequest
        | CreatePhotoAvatarRequestParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAvatarResponse:
        """Create an avatar.

        Create an avatar from multiple file sources. Returns an avatar_id for tracking purposes
        via GET /v3/avatars/looks/{avatar_id} . Also returns an avatar_group_id for tracking
        purposes via GET /v3/avatars/{avatar_group_id} . Files can be provided as asset_id (from
        POST /v3/assets), HTTPS URL, or base64-encoded content. Supported types: image (png,
        jpeg), video (mp4, webm), audio (mp3, wav), and pdf.

        Args:
            body: The request body.

        Returns:
            CreateAvatarResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-an-avatar

        Example:
            result = client.avatars.create(
                body=CreatePromptAvatarRequest(name='Sara', prompt='string'),
            )
        """
        result: CreateAvatarResponse = self._client._request(
            _CREATE_AVATAR,
            json=validated_body(
                _models.CreatePromptAvatarRequest
                | _models.CreateVideoAvatarRequest
                | _models.CreatePhotoAvatarRequest,
                body,
            ),
            cast_to=_models.CreateAvatarResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def get(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AvatarGroupItem:
        """Get avatar group details.

        Get detailed information about a single avatar group (character).

        Args:
            group_id: Unique avatar group identifier

        Returns:
            AvatarGroupItem: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-avatar-group-details

        Example:
            result = client.avatars.get('ag_abc123')
        """
        result: AvatarGroupItem = self._client._request(
            _GET_AVATAR_GROUP,
            path_params={"group_id": group_id},
            cast_to=_models.AvatarGroupItem,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def create_consent(
        self,
        group_id: str,
        *,
        reroute_url: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAvatarConsentResponse:
        """Create avatar consent.

        Initiate a consent flow for an avatar group. Returns a consent URL that the user must
        visit to complete the consent process. Optionally provide a reroute_url to redirect to
        after consent is completed.

        Args:
            group_id: Unique avatar group identifier
            reroute_url: Callback URL where the user is redirected after completing consent.
                Defaults to HeyGen's consent completion page.

        Returns:
            CreateAvatarConsentResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-avatar-consent

        Example:
            result = client.avatars.create_consent('ag_abc123')
        """
        result: CreateAvatarConsentResponse = self._client._request(
            _CREATE_AVATAR_CONSENT,
            path_params={"group_id": group_id},
            json=model_body(_models.CreateAvatarConsentRequest, {"reroute_url": reroute_url}),
            cast_to=_models.CreateAvatarConsentResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def poll(
        self,
        group_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> AvatarGroupItem:
        """Wait until the avatar group is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return poll(
            lambda: self.get(group_id=group_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="avatar group",
            sleep=self._client._sleep,
        )


class AvatarsWithRawResponse(_AvatarsNamespaces, _RawNamespaces):
    """`Avatars` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Avatars) -> None:
        super().__init__(resource)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.create_consent = to_raw_response_wrapper(resource.create_consent)


class _AsyncAvatarsNamespaces:
    """The resources nested in `AsyncAvatars`, shared with its raw-response twin."""

    looks: _Namespace[AsyncAvatarsLooks, AsyncAvatarsLooksWithRawResponse] = _Namespace(
        ".resources.avatars.looks", "AsyncAvatarsLooks"
    )
    """List and manage avatars and looks"""


class AsyncAvatars(_AsyncAvatarsNamespaces, _AsyncResource):
    """List and manage avatars and looks"""

    def list(
        self,
        *,
        ownership: Literal["public", "private"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AvatarGroupItem]:
        """List avatar groups.

        List avatar groups (characters) with cursor-based pagination. Filter by ownership: 'all'
        (default), 'public' for preset avatars, or 'private' for your own. Each group contains
        one or more looks (outfits/styles) — use GET /v3/avatars/looks to browse them.

        Args:
            ownership: Filter by ownership: 'public' for preset avatars, or 'private' for your
                own. Omit for all.
            limit: Maximum number of items to return per page (1-50).
            token: Opaque cursor token for the next page.

        Returns:
            AsyncPager[AvatarGroupItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-avatar-groups

        Example:
            async for item in client.avatars.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_AVATAR_GROUPS,
            _LIST_AVATAR_GROUPS_PAGING,
            _models.AvatarGroupItem,
            query={"ownership": ownership, "limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create(
        self,
        *,
        body: CreatePromptAvatarRequest
        | CreatePromptAvatarRequestParam
        | CreateVideoAvatarRequest
        | CreateVideoAvatarRequestParam
        | CreatePhotoAvatarRequest
        | CreatePhotoAvatarRequestParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAvatarResponse:
        """Create an avatar.

        Create an avatar from multiple file sources. Returns an avatar_id for tracking purposes
        via GET /v3/avatars/looks/{avatar_id} . Also returns an avatar_group_id for tracking
        purposes via GET /v3/avatars/{avatar_group_id} . Files can be provided as asset_id (from
        POST /v3/assets), HTTPS URL, or base64-encoded content. Supported types: image (png,
        jpeg), video (mp4, webm), audio (mp3, wav), and pdf.

        Args:
            body: The request body.

        Returns:
            CreateAvatarResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-an-avatar

        Example:
            result = await client.avatars.create(
                body=CreatePromptAvatarRequest(name='Sara', prompt='string'),
            )
        """
        result: CreateAvatarResponse = await self._client._request(
            _CREATE_AVATAR,
            json=validated_body(
                _models.CreatePromptAvatarRequest
                | _models.CreateVideoAvatarRequest
                | _models.CreatePhotoAvatarRequest,
                body,
            ),
            cast_to=_models.CreateAvatarResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def get(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AvatarGroupItem:
        """Get avatar group details.

        Get detailed information about a single avatar group (character).

        Args:
            group_id: Unique avatar group identifier

        Returns:
            AvatarGroupItem: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-avatar-group-details

        Example:
            result = await client.avatars.get('ag_abc123')
        """
        result: AvatarGroupItem = await self._client._request(
            _GET_AVATAR_GROUP,
            path_params={"group_id": group_id},
            cast_to=_models.AvatarGroupItem,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def create_consent(
        self,
        group_id: str,
        *,
        reroute_url: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAvatarConsentResponse:
        """Create avatar consent.

        Initiate a consent flow for an avatar group. Returns a consent URL that the user must
        visit to complete the consent process. Optionally provide a reroute_url to redirect to
        after consent is completed.

        Args:
            group_id: Unique avatar group identifier
            reroute_url: Callback URL where the user is redirected after completing consent.
                Defaults to HeyGen's consent completion page.

        Returns:
            CreateAvatarConsentResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-avatar-consent

        Example:
            result = await client.avatars.create_consent('ag_abc123')
        """
        result: CreateAvatarConsentResponse = await self._client._request(
            _CREATE_AVATAR_CONSENT,
            path_params={"group_id": group_id},
            json=model_body(_models.CreateAvatarConsentRequest, {"reroute_url": reroute_url}),
            cast_to=_models.CreateAvatarConsentResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def poll(
        self,
        group_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> AvatarGroupItem:
        """Wait until the avatar group is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return await poll_async(
            lambda: self.get(group_id=group_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="avatar group",
            sleep=self._client._sleep,
        )


class AsyncAvatarsWithRawResponse(_AsyncAvatarsNamespaces, _RawNamespaces):
    """`AsyncAvatars` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncAvatars) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.create_consent = async_to_raw_response_wrapper(resource.create_consent)

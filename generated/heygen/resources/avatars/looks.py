# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.avatars.looks`: List and manage avatars and looks"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from ... import models as _models
from ..._base_client import Endpoint, model_body
from ..._client import _AsyncResource, _SyncResource
from ..._options import request_options
from ..._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from ..._polling import poll, poll_async
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import AvatarLookItem

_LIST_AVATAR_LOOKS = Endpoint("GET", "/v3/avatars/looks", "listAvatarLooks", timeout=30.0)
_LIST_AVATAR_LOOKS_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)
_GET_AVATAR_LOOK = Endpoint("GET", "/v3/avatars/looks/{look_id}", "getAvatarLook", timeout=30.0)
_UPDATE_AVATAR_LOOK = Endpoint(
    "PATCH", "/v3/avatars/looks/{look_id}", "updateAvatarLook", timeout=60.0
)


class AvatarsLooks(_SyncResource):
    """List and manage avatars and looks"""

    def list(
        self,
        *,
        group_id: str | NotGiven = NOT_GIVEN,
        avatar_type: Literal["studio_avatar", "video_avatar", "photo_avatar"]
        | NotGiven = NOT_GIVEN,
        ownership: Literal["public", "private"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AvatarLookItem]:
        """List avatar looks.

        List avatar looks with cursor-based pagination. Filter by ownership, type, or group_id.
        Each look has a unique ID that you pass as avatar_id to POST /v3/videos. The type field
        determines which engines and parameters are compatible.

        Args:
            group_id: Filter looks to a specific avatar group. Returns only looks belonging to
                this group.
            avatar_type: Filter by avatar type: 'studio_avatar', 'video_avatar', or
                'photo_avatar'.
            ownership: Filter by ownership: 'public' for preset avatars, or 'private' for your
                own. Omit for all.
            limit: Maximum number of items to return per page (1-50).
            token: Opaque cursor token for the next page.

        Returns:
            SyncPage[AvatarLookItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-avatar-looks

        Example:
            for item in client.avatars.looks.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_AVATAR_LOOKS,
            _LIST_AVATAR_LOOKS_PAGING,
            _models.AvatarLookItem,
            query={
                "group_id": group_id,
                "avatar_type": avatar_type,
                "ownership": ownership,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get(
        self,
        look_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AvatarLookItem:
        """Get avatar look details.

        Get detailed information about a single avatar look. The look ID is what you pass as
        avatar_id to POST /v3/videos.

        Args:
            look_id: Unique avatar look identifier. This is the value to pass as avatar_id to
                POST /v3/videos.

        Returns:
            AvatarLookItem: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-avatar-look-details

        Example:
            result = client.avatars.looks.get('string')
        """
        result: AvatarLookItem = self._client._request(
            _GET_AVATAR_LOOK,
            path_params={"look_id": look_id},
            cast_to=_models.AvatarLookItem,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def update(
        self,
        look_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AvatarLookItem:
        """Update an avatar look.

        Update mutable fields on an avatar look. Currently supports renaming.

        Args:
            look_id: Unique avatar look identifier. This is the value to pass as avatar_id to
                POST /v3/videos.
            name: New display name for the look.

        Returns:
            AvatarLookItem: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-an-avatar-look

        Example:
            result = client.avatars.looks.update('string')
        """
        result: AvatarLookItem = self._client._request(
            _UPDATE_AVATAR_LOOK,
            path_params={"look_id": look_id},
            json=model_body(_models.UpdateAvatarLookRequest, {"name": name}),
            cast_to=_models.AvatarLookItem,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def poll(
        self,
        look_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> AvatarLookItem:
        """Wait until the avatar look is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return poll(
            lambda: self.get(look_id=look_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="avatar look",
            sleep=self._client._sleep,
        )


class AvatarsLooksWithRawResponse:
    """`AvatarsLooks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AvatarsLooks) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncAvatarsLooks(_AsyncResource):
    """List and manage avatars and looks"""

    def list(
        self,
        *,
        group_id: str | NotGiven = NOT_GIVEN,
        avatar_type: Literal["studio_avatar", "video_avatar", "photo_avatar"]
        | NotGiven = NOT_GIVEN,
        ownership: Literal["public", "private"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AvatarLookItem]:
        """List avatar looks.

        List avatar looks with cursor-based pagination. Filter by ownership, type, or group_id.
        Each look has a unique ID that you pass as avatar_id to POST /v3/videos. The type field
        determines which engines and parameters are compatible.

        Args:
            group_id: Filter looks to a specific avatar group. Returns only looks belonging to
                this group.
            avatar_type: Filter by avatar type: 'studio_avatar', 'video_avatar', or
                'photo_avatar'.
            ownership: Filter by ownership: 'public' for preset avatars, or 'private' for your
                own. Omit for all.
            limit: Maximum number of items to return per page (1-50).
            token: Opaque cursor token for the next page.

        Returns:
            AsyncPager[AvatarLookItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-avatar-looks

        Example:
            async for item in client.avatars.looks.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_AVATAR_LOOKS,
            _LIST_AVATAR_LOOKS_PAGING,
            _models.AvatarLookItem,
            query={
                "group_id": group_id,
                "avatar_type": avatar_type,
                "ownership": ownership,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get(
        self,
        look_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AvatarLookItem:
        """Get avatar look details.

        Get detailed information about a single avatar look. The look ID is what you pass as
        avatar_id to POST /v3/videos.

        Args:
            look_id: Unique avatar look identifier. This is the value to pass as avatar_id to
                POST /v3/videos.

        Returns:
            AvatarLookItem: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-avatar-look-details

        Example:
            result = await client.avatars.looks.get('string')
        """
        result: AvatarLookItem = await self._client._request(
            _GET_AVATAR_LOOK,
            path_params={"look_id": look_id},
            cast_to=_models.AvatarLookItem,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def update(
        self,
        look_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AvatarLookItem:
        """Update an avatar look.

        Update mutable fields on an avatar look. Currently supports renaming.

        Args:
            look_id: Unique avatar look identifier. This is the value to pass as avatar_id to
                POST /v3/videos.
            name: New display name for the look.

        Returns:
            AvatarLookItem: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-an-avatar-look

        Example:
            result = await client.avatars.looks.update('string')
        """
        result: AvatarLookItem = await self._client._request(
            _UPDATE_AVATAR_LOOK,
            path_params={"look_id": look_id},
            json=model_body(_models.UpdateAvatarLookRequest, {"name": name}),
            cast_to=_models.AvatarLookItem,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def poll(
        self,
        look_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> AvatarLookItem:
        """Wait until the avatar look is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return await poll_async(
            lambda: self.get(look_id=look_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="avatar look",
            sleep=self._client._sleep,
        )


class AsyncAvatarsLooksWithRawResponse:
    """`AsyncAvatarsLooks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncAvatarsLooks) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)

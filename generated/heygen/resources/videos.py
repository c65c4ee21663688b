# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.videos`: Create, list, retrieve, and delete videos"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, validated_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from .._polling import poll, poll_async
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import (
        CreateAvatarVideoResponse,
        CreateVideoFromAvatar,
        CreateVideoFromImage,
        DeleteVideoResponse,
        VideoDetail,
    )
    from ..params import CreateVideoFromAvatarParam, CreateVideoFromImageParam

_LIST_VIDEOS = Endpoint("GET", "/v3/videos", "listVideosV3", timeout=30.0)
_LIST_VIDEOS_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)
_CREATE_VIDEO = Endpoint("POST", "/v3/videos", "createVideo", timeout=60.0)
_GET_VIDEO = Endpoint("GET", "/v3/videos/{video_id}", "getVideoV3", timeout=30.0)
_DELETE_VIDEO = Endpoint("DELETE", "/v3/videos/{video_id}", "deleteVideoV3", timeout=30.0)


class Videos(_SyncResource):
    """Create, list, retrieve, and delete videos"""

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        folder_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[VideoDetail]:
        """List videos.

        List videos in the account with pagination and optional filtering.

        Args:
            limit: Maximum number of items to return per page
            token: Opaque pagination cursor from a previous response
            folder_id: Filter videos by folder ID
            title: Filter videos by title substring

        Returns:
            SyncPage[VideoDetail]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-videos

        Example:
            for item in client.videos.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_VIDEOS,
            _LIST_VIDEOS_PAGING,
            _models.VideoDetail,
            query={"limit": limit, "token": token, "folder_id": folder_id, "title": title},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create(
        self,
        *,
        body: CreateVideoFromAvatar
        | CreateVideoFromAvatarParam
        | CreateVideoFromImage
        | CreateVideoFromImageParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAvatarVideoResponse:
        """Create a video.

        Create a video from a HeyGen avatar or an arbitrary image. Set type to 'avatar' to use a
        previously created avatar, or 'image' to animate a custom image. Both modes support
        text-to-speech scripts or pre-recorded audio for lip-sync. The video is generated
        asynchronously — poll status via GET /v3/videos/{video_id}.

        Args:
            body: The request body.

        Returns:
            CreateAvatarVideoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-a-video

        Example:
            result = client.videos.create(
                body=CreateVideoFromAvatar(avatar_id='string'),
            )
        """
        result: CreateAvatarVideoResponse = self._client._request(
            _CREATE_VIDEO,
            json=validated_body(_models.CreateVideoFromAvatar | _models.CreateVideoFromImage, body),
            cast_to=_models.CreateAvatarVideoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def get(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoDetail:
        """Get video details.

        Get detailed information about a video including status, URLs, and metadata. Supports
        both generated and translated videos.

        Args:
            video_id: Unique video identifier

        Returns:
            VideoDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-details

        Example:
            result = client.videos.get('v_abc123def456')
        """
        result: VideoDetail = self._client._request(
            _GET_VIDEO,
            path_params={"video_id": video_id},
            cast_to=_models.VideoDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteVideoResponse:
        """Delete a video.

        Permanently delete a video. Supports both generated and translated videos.

        Args:
            video_id: Unique video identifier

        Returns:
            DeleteVideoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-a-video

        Example:
            result = client.videos.delete('v_abc123def456')
        """
        result: DeleteVideoResponse = self._client._request(
            _DELETE_VIDEO,
            path_params={"video_id": video_id},
            cast_to=_models.DeleteVideoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def poll(
        self,
        video_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> VideoDetail:
        """Wait until the video is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return poll(
            lambda: self.get(video_id=video_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="video",
            sleep=self._client._sleep,
        )


class VideosWithRawResponse:
    """`Videos` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Videos) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncVideos(_AsyncResource):
    """Create, list, retrieve, and delete videos"""

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        folder_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[VideoDetail]:
        """List videos.

        List videos in the account with pagination and optional filtering.

        Args:
            limit: Maximum number of items to return per page
            token: Opaque pagination cursor from a previous response
            folder_id: Filter videos by folder ID
            title: Filter videos by title substring

        Returns:
            AsyncPager[VideoDetail]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-videos

        Example:
            async for item in client.videos.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_VIDEOS,
            _LIST_VIDEOS_PAGING,
            _models.VideoDetail,
            query={"limit": limit, "token": token, "folder_id": folder_id, "title": title},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create(
        self,
        *,
        body: CreateVideoFromAvatar
        | CreateVideoFromAvatarParam
        | CreateVideoFromImage
        | CreateVideoFromImageParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAvatarVideoResponse:
        """Create a video.

        Create a video from a HeyGen avatar or an arbitrary image. Set type to 'avatar' to use a
        previously created avatar, or 'image' to animate a custom image. Both modes support
        text-to-speech scripts or pre-recorded audio for lip-sync. The video is generated
        asynchronously — poll status via GET /v3/videos/{video_id}.

        Args:
            body: The request body.

        Returns:
            CreateAvatarVideoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-a-video

        Example:
            result = await client.videos.create(
                body=CreateVideoFromAvatar(avatar_id='string'),
            )
        """
        result: CreateAvatarVideoResponse = await self._client._request(
            _CREATE_VIDEO,
            json=validated_body(_models.CreateVideoFromAvatar | _models.CreateVideoFromImage, body),
            cast_to=_models.CreateAvatarVideoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def get(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoDetail:
        """Get video details.

        Get detailed information about a video including status, URLs, and metadata. Supports
        both generated and translated videos.

        Args:
            video_id: Unique video identifier

        Returns:
            VideoDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-details

        Example:
            result = await client.videos.get('v_abc123def456')
        """
        result: VideoDetail = await self._client._request(
            _GET_VIDEO,
            path_params={"video_id": video_id},
            cast_to=_models.VideoDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteVideoResponse:
        """Delete a video.

        Permanently delete a video. Supports both generated and translated videos.

        Args:
            video_id: Unique video identifier

        Returns:
            DeleteVideoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-a-video

        Example:
            result = await client.videos.delete('v_abc123def456')
        """
        result: DeleteVideoResponse = await self._client._request(
            _DELETE_VIDEO,
            path_params={"video_id": video_id},
            cast_to=_models.DeleteVideoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def poll(
        self,
        video_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> VideoDetail:
        """Wait until the video is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return await poll_async(
            lambda: self.get(video_id=video_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="video",
            sleep=self._client._sleep,
        )


class AsyncVideosWithRawResponse:
    """`AsyncVideos` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideos) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)

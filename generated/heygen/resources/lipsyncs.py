# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.lipsyncs`: Dub or replace audio on existing videos"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from .._polling import poll, poll_async
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import (
        AssetId,
        AssetUrl,
        LipsyncCreateResponse,
        LipsyncDeleteResponse,
        LipsyncDetail,
        VideoTranslationMode,
    )
    from ..params import AssetIdParam, AssetUrlParam

_LIST_LIPSYNCS = Endpoint("GET", "/v3/lipsyncs", "listLipsyncsV3", timeout=30.0)
_LIST_LIPSYNCS_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)
_CREATE_LIPSYNC = Endpoint("POST", "/v3/lipsyncs", "createLipsyncV3", timeout=60.0)
_GET_LIPSYNC = Endpoint("GET", "/v3/lipsyncs/{lipsync_id}", "getLipsyncV3", timeout=30.0)
_DELETE_LIPSYNC = Endpoint("DELETE", "/v3/lipsyncs/{lipsync_id}", "deleteLipsyncV3", timeout=30.0)
_UPDATE_LIPSYNC = Endpoint("PATCH", "/v3/lipsyncs/{lipsync_id}", "updateLipsyncV3", timeout=60.0)


class Lipsyncs(_SyncResource):
    """Dub or replace audio on existing videos"""

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
    ) -> SyncPage[LipsyncDetail]:
        """List lipsyncs.

        List lipsyncs with cursor-based pagination.

        Args:
            limit: Maximum number of items per page
            token: Opaque cursor token for the next page

        Returns:
            SyncPage[LipsyncDetail]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-lipsyncs

        Example:
            for item in client.lipsyncs.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_LIPSYNCS,
            _LIST_LIPSYNCS_PAGING,
            _models.LipsyncDetail,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create(
        self,
        *,
        video: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        audio: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        title: str | None | NotGiven = NOT_GIVEN,
        mode: Literal["speed", "precision"] | VideoTranslationMode | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        enable_caption: bool | NotGiven = NOT_GIVEN,
        keep_the_same_format: bool | None | NotGiven = NOT_GIVEN,
        enable_dynamic_duration: bool | NotGiven = NOT_GIVEN,
        disable_music_track: bool | NotGiven = NOT_GIVEN,
        enable_speech_enhancement: bool | NotGiven = NOT_GIVEN,
        enable_watermark: bool | NotGiven = NOT_GIVEN,
        start_time: float | None | NotGiven = NOT_GIVEN,
        end_time: float | None | NotGiven = NOT_GIVEN,
        fps_mode: str | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncCreateResponse:
        """Create lipsync.

        Dub or replace audio on a video using a provided audio file. Runs asynchronously — poll
        status via GET /v3/lipsyncs/{id}.

        Args:
            video: Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            audio: Replacement audio — provide as {type: 'url', url: '...'} or {type:
                'asset_id', asset_id: '...'}
            title: Title for the lipsync job
            mode: Quality mode: 'speed' (faster) or 'precision' (higher quality, uses avatar
                inference)
            callback_url: Webhook URL for completion notifications
            callback_id: ID included in webhook payload
            enable_caption: Generate captions for the output video
            keep_the_same_format: Preserve the source video's encoding specs (resolution,
                bitrate).
            enable_dynamic_duration: Allow dynamic duration adjustment
            disable_music_track: Remove background music
            enable_speech_enhancement: Enhance speech quality
            enable_watermark: Add watermark to output
            start_time: Start time in seconds for partial lipsync
            end_time: End time in seconds for partial lipsync
            fps_mode: Frame rate mode: 'vfr', 'cfr', or 'passthrough'.
            folder_id: Project/folder ID to organize lipsync into

        Returns:
            LipsyncCreateResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-lipsync

        Example:
            result = client.lipsyncs.create(
                video=AssetUrl(url='https://example.com/webhook'),
                audio=AssetUrl(url='https://example.com/webhook'),
            )
        """
        result: LipsyncCreateResponse = self._client._request(
            _CREATE_LIPSYNC,
            json=model_body(
                _models.CreateLipsyncRequest,
                {
                    "video": video,
                    "audio": audio,
                    "title": title,
                    "mode": mode,
                    "callback_url": callback_url,
                    "callback_id": callback_id,
                    "enable_caption": enable_caption,
                    "keep_the_same_format": keep_the_same_format,
                    "enable_dynamic_duration": enable_dynamic_duration,
                    "disable_music_track": disable_music_track,
                    "enable_speech_enhancement": enable_speech_enhancement,
                    "enable_watermark": enable_watermark,
                    "start_time": start_time,
                    "end_time": end_time,
                    "fps_mode": fps_mode,
                    "folder_id": folder_id,
                },
            ),
            cast_to=_models.LipsyncCreateResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def get(
        self,
        lipsync_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncDetail:
        """Get lipsync details.

        Get detailed information about a lipsync including status, URLs, and metadata.

        Args:
            lipsync_id: Unique lipsync identifier

        Returns:
            LipsyncDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-lipsync-details

        Example:
            result = client.lipsyncs.get('string')
        """
        result: LipsyncDetail = self._client._request(
            _GET_LIPSYNC,
            path_params={"lipsync_id": lipsync_id},
            cast_to=_models.LipsyncDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def delete(
        self,
        lipsync_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncDeleteResponse:
        """Delete lipsync.

        Permanently delete a lipsync.

        Args:
            lipsync_id: Unique lipsync identifier

        Returns:
            LipsyncDeleteResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-lipsync

        Example:
            result = client.lipsyncs.delete('string')
        """
        result: LipsyncDeleteResponse = self._client._request(
            _DELETE_LIPSYNC,
            path_params={"lipsync_id": lipsync_id},
            cast_to=_models.LipsyncDeleteResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def update(
        self,
        lipsync_id: str,
        *,
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncDetail:
        """Update lipsync.

        Update a lipsync's title.

        Args:
            lipsync_id: Unique lipsync identifier
            title: New title for the lipsync

        Returns:
            LipsyncDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-lipsync

        Example:
            result = client.lipsyncs.update(
                'string',
                title='My Generated Video',
            )
        """
        result: LipsyncDetail = self._client._request(
            _UPDATE_LIPSYNC,
            path_params={"lipsync_id": lipsync_id},
            json=model_body(_models.UpdateLipsyncRequest, {"title": title}),
            cast_to=_models.LipsyncDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def poll(
        self,
        lipsync_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> LipsyncDetail:
        """Wait until the lipsync is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return poll(
            lambda: self.get(lipsync_id=lipsync_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="lipsync",
            sleep=self._client._sleep,
        )


class LipsyncsWithRawResponse:
    """`Lipsyncs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Lipsyncs) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncLipsyncs(_AsyncResource):
    """Dub or replace audio on existing videos"""

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
    ) -> AsyncPager[LipsyncDetail]:
        """List lipsyncs.

        List lipsyncs with cursor-based pagination.

        Args:
            limit: Maximum number of items per page
            token: Opaque cursor token for the next page

        Returns:
            AsyncPager[LipsyncDetail]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-lipsyncs

        Example:
            async for item in client.lipsyncs.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_LIPSYNCS,
            _LIST_LIPSYNCS_PAGING,
            _models.LipsyncDetail,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create(
        self,
        *,
        video: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        audio: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        title: str | None | NotGiven = NOT_GIVEN,
        mode: Literal["speed", "precision"] | VideoTranslationMode | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        enable_caption: bool | NotGiven = NOT_GIVEN,
        keep_the_same_format: bool | None | NotGiven = NOT_GIVEN,
        enable_dynamic_duration: bool | NotGiven = NOT_GIVEN,
        disable_music_track: bool | NotGiven = NOT_GIVEN,
        enable_speech_enhancement: bool | NotGiven = NOT_GIVEN,
        enable_watermark: bool | NotGiven = NOT_GIVEN,
        start_time: float | None | NotGiven = NOT_GIVEN,
        end_time: float | None | NotGiven = NOT_GIVEN,
        fps_mode: str | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncCreateResponse:
        """Create lipsync.

        Dub or replace audio on a video using a provided audio file. Runs asynchronously — poll
        status via GET /v3/lipsyncs/{id}.

        Args:
            video: Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            audio: Replacement audio — provide as {type: 'url', url: '...'} or {type:
                'asset_id', asset_id: '...'}
            title: Title for the lipsync job
            mode: Quality mode: 'speed' (faster) or 'precision' (higher quality, uses avatar
                inference)
            callback_url: Webhook URL for completion notifications
            callback_id: ID included in webhook payload
            enable_caption: Generate captions for the output video
            keep_the_same_format: Preserve the source video's encoding specs (resolution,
                bitrate).
            enable_dynamic_duration: Allow dynamic duration adjustment
            disable_music_track: Remove background music
            enable_speech_enhancement: Enhance speech quality
            enable_watermark: Add watermark to output
            start_time: Start time in seconds for partial lipsync
            end_time: End time in seconds for partial lipsync
            fps_mode: Frame rate mode: 'vfr', 'cfr', or 'passthrough'.
            folder_id: Project/folder ID to organize lipsync into

        Returns:
            LipsyncCreateResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-lipsync

        Example:
            result = await client.lipsyncs.create(
                video=AssetUrl(url='https://example.com/webhook'),
                audio=AssetUrl(url='https://example.com/webhook'),
            )
        """
        result: LipsyncCreateResponse = await self._client._request(
            _CREATE_LIPSYNC,
            json=model_body(
                _models.CreateLipsyncRequest,
                {
                    "video": video,
                    "audio": audio,
                    "title": title,
                    "mode": mode,
                    "callback_url": callback_url,
                    "callback_id": callback_id,
                    "enable_caption": enable_caption,
                    "keep_the_same_format": keep_the_same_format,
                    "enable_dynamic_duration": enable_dynamic_duration,
                    "disable_music_track": disable_music_track,
                    "enable_speech_enhancement": enable_speech_enhancement,
                    "enable_watermark": enable_watermark,
                    "start_time": start_time,
                    "end_time": end_time,
                    "fps_mode": fps_mode,
                    "folder_id": folder_id,
                },
            ),
            cast_to=_models.LipsyncCreateResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def get(
        self,
        lipsync_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncDetail:
        """Get lipsync details.

        Get detailed information about a lipsync including status, URLs, and metadata.

        Args:
            lipsync_id: Unique lipsync identifier

        Returns:
            LipsyncDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-lipsync-details

        Example:
            result = await client.lipsyncs.get('string')
        """
        result: LipsyncDetail = await self._client._request(
            _GET_LIPSYNC,
            path_params={"lipsync_id": lipsync_id},
            cast_to=_models.LipsyncDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def delete(
        self,
        lipsync_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncDeleteResponse:
        """Delete lipsync.

        Permanently delete a lipsync.

        Args:
            lipsync_id: Unique lipsync identifier

        Returns:
            LipsyncDeleteResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-lipsync

        Example:
            result = await client.lipsyncs.delete('string')
        """
        result: LipsyncDeleteResponse = await self._client._request(
            _DELETE_LIPSYNC,
            path_params={"lipsync_id": lipsync_id},
            cast_to=_models.LipsyncDeleteResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def update(
        self,
        lipsync_id: str,
        *,
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LipsyncDetail:
        """Update lipsync.

        Update a lipsync's title.

        Args:
            lipsync_id: Unique lipsync identifier
            title: New title for the lipsync

        Returns:
            LipsyncDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-lipsync

        Example:
            result = await client.lipsyncs.update(
                'string',
                title='My Generated Video',
            )
        """
        result: LipsyncDetail = await self._client._request(
            _UPDATE_LIPSYNC,
            path_params={"lipsync_id": lipsync_id},
            json=model_body(_models.UpdateLipsyncRequest, {"title": title}),
            cast_to=_models.LipsyncDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def poll(
        self,
        lipsync_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> LipsyncDetail:
        """Wait until the lipsync is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return await poll_async(
            lambda: self.get(lipsync_id=lipsync_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="lipsync",
            sleep=self._client._sleep,
        )


class AsyncLipsyncsWithRawResponse:
    """`AsyncLipsyncs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncLipsyncs) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_translations`: Translate videos into other languages"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal

import httpx

from ... import models as _models
from ..._base_client import Endpoint, model_body
from ..._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource
from ..._options import request_options
from ..._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from ..._polling import poll, poll_async
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import (
        AssetId,
        AssetUrl,
        CreateVideoTranslationRequestSrtRole,
        VideoTranslationCaptionResponse,
        VideoTranslationCreateResponse,
        VideoTranslationDeleteResponse,
        VideoTranslationDetail,
        VideoTranslationMode,
    )
    from ...params import AssetIdParam, AssetUrlParam
    from .languages import (
        AsyncVideoTranslationsLanguages,
        AsyncVideoTranslationsLanguagesWithRawResponse,
        VideoTranslationsLanguages,
        VideoTranslationsLanguagesWithRawResponse,
    )
    from .proofreads import (
        AsyncVideoTranslationsProofreads,
        AsyncVideoTranslationsProofreadsWithRawResponse,
        VideoTranslationsProofreads,
        VideoTranslationsProofreadsWithRawResponse,
    )

_LIST_VIDEO_TRANSLATIONS = Endpoint(
    "GET", "/v3/video-translations", "listVideoTranslationsV3", timeout=30.0
)
_LIST_VIDEO_TRANSLATIONS_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)
_CREATE_VIDEO_TRANSLATION = Endpoint(
    "POST", "/v3/video-translations", "createVideoTranslationV3", timeout=60.0
)
_GET_VIDEO_TRANSLATION = Endpoint(
    "GET", "/v3/video-translations/{video_translation_id}", "getVideoTranslationV3", timeout=30.0
)
_DELETE_VIDEO_TRANSLATION = Endpoint(
    "DELETE",
    "/v3/video-translations/{video_translation_id}",
    "deleteVideoTranslationV3",
    timeout=30.0,
)
_UPDATE_VIDEO_TRANSLATION = Endpoint(
    "PATCH",
    "/v3/video-translations/{video_translation_id}",
    "updateVideoTranslationV3",
    timeout=60.0,
)
_GET_VIDEO_TRANSLATION_CAPTION = Endpoint(
    "GET",
    "/v3/video-translations/{video_translation_id}/caption",
    "getVideoTranslationCaptionV3",
    timeout=30.0,
)


class _VideoTranslationsNamespaces:
    """The resources nested in `VideoTranslations`, shared with its raw-response twin."""

    languages: _Namespace[VideoTranslationsLanguages, VideoTranslationsLanguagesWithRawResponse] = (
        _Namespace(".resources.video_translations.languages", "VideoTranslationsLanguages")
    )
    """Translate videos into other languages"""
    proofreads: _Namespace[
        VideoTranslationsProofreads, VideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations.proofreads", "VideoTranslationsProofreads")
    """Translate videos into other languages"""


class VideoTranslations(_VideoTranslationsNamespaces, _SyncResource):
    """Translate videos into other languages"""

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
    ) -> SyncPage[VideoTranslationDetail]:
        """List video translations.

        List video translations with cursor-based pagination.

        Args:
            limit: Maximum number of items per page
            token: Opaque cursor token for the next page

        Returns:
            SyncPage[VideoTranslationDetail]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-video-translations

        Example:
            for item in client.video_translations.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_VIDEO_TRANSLATIONS,
            _LIST_VIDEO_TRANSLATIONS_PAGING,
            _models.VideoTranslationDetail,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def create(
        self,
        *,
        video: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        output_languages: builtins.list[str],
        title: str | None | NotGiven = NOT_GIVEN,
        audio: AssetUrl | AssetUrlParam | AssetId | AssetIdParam | None | NotGiven = NOT_GIVEN,
        input_language: str | None | NotGiven = NOT_GIVEN,
        translate_audio_only: bool | NotGiven = NOT_GIVEN,
        speaker_num: int | None | NotGiven = NOT_GIVEN,
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
        brand_voice_id: str | None | NotGiven = NOT_GIVEN,
        srt: AssetUrl | AssetUrlParam | AssetId | AssetIdParam | None | NotGiven = NOT_GIVEN,
        srt_role: Literal["input", "output"]
        | CreateVideoTranslationRequestSrtRole
        | None
        | NotGiven = NOT_GIVEN,
        fps_mode: str | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationCreateResponse:
        """Create video translation.

        Translate a video into one or more target languages. The translation runs asynchronously
        — the response contains an id (or ids for batch) which can be used to poll status.

        Use GET /v3/video-translations/languages to discover supported language codes.

        Args:
            video: Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            output_languages: Target language names (e.g. 'Chinese (Cantonese, Traditional)',
                'Spanish (Spain)', 'English'). Use GET /v3/video-translations/languages for valid
                values. Use one for single translation, multiple for batch.
            title: Title for the translation job
            audio: Custom audio for dubbing — provide as {type: 'url', url: '...'} or {type:
                'asset_id', asset_id: '...'}
            input_language: Source language code (auto-detected if omitted)
            translate_audio_only: Only translate audio, keep original video
            speaker_num: Number of speakers (improves speaker separation)
            mode: Translation quality mode: 'speed' (faster) or 'precision' (higher quality,
                uses avatar inference)
            callback_url: Webhook URL for completion notifications
            callback_id: ID included in webhook payload
            enable_caption: Generate captions for translated video
            keep_the_same_format: Preserve the source video's encoding specs (resolution,
                bitrate).
            enable_dynamic_duration: Allow dynamic duration adjustment
            disable_music_track: Remove background music
            enable_speech_enhancement: Enhance speech quality
            enable_watermark: Add watermark to output
            start_time: Start time in seconds for partial translation
            end_time: End time in seconds for partial translation
            brand_voice_id: Custom brand voice ID. Requires brand voice setup.
            srt: Custom subtitle file — provide as {type: 'url', url: '...'} or {type:
                'asset_id', asset_id: '...'}. Enterprise plan only.
            srt_role: Which video the subtitle applies to: 'input' (source) or 'output'
                (translated). Enterprise plan only.
            fps_mode: Frame rate mode: 'vfr', 'cfr', or 'passthrough'. Only valid with audio.
            folder_id: Project/folder ID to organize translation into

        Returns:
            VideoTranslationCreateResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-video-translation

        Example:
            result = client.video_translations.create(
                video=AssetUrl(url='https://example.com/webhook'),
                output_languages=['string'],
            )
        """
        result: VideoTranslationCreateResponse = self._client._request(
            _CREATE_VIDEO_TRANSLATION,
            json=model_body(
                _models.CreateVideoTranslationRequest,
                {
                    "video": video,
                    "title": title,
                    "output_languages": output_languages,
                    "audio": audio,
                    "input_language": input_language,
                    "translate_audio_only": translate_audio_only,
                    "speaker_num": speaker_num,
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
                    "brand_voice_id": brand_voice_id,
                    "srt": srt,
                    "srt_role": srt_role,
                    "fps_mode": fps_mode,
                    "folder_id": folder_id,
                },
            ),
            cast_to=_models.VideoTranslationCreateResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def get(
        self,
        video_translation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationDetail:
        """Get video translation details.

        Get detailed information about a video translation including status, URLs, and metadata.

        Args:
            video_translation_id: Unique video translation identifier

        Returns:
            VideoTranslationDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-translation-details

        Example:
            result = client.video_translations.get('string')
        """
        result: VideoTranslationDetail = self._client._request(
            _GET_VIDEO_TRANSLATION,
            path_params={"video_translation_id": video_translation_id},
            cast_to=_models.VideoTranslationDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def delete(
        self,
        video_translation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationDeleteResponse:
        """Delete video translation.

        Permanently delete a video translation.

        Args:
            video_translation_id: Unique video translation identifier

        Returns:
            VideoTranslationDeleteResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-video-translation

        Example:
            result = client.video_translations.delete('string')
        """
        result: VideoTranslationDeleteResponse = self._client._request(
            _DELETE_VIDEO_TRANSLATION,
            path_params={"video_translation_id": video_translation_id},
            cast_to=_models.VideoTranslationDeleteResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def update(
        self,
        video_translation_id: str,
        *,
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationDetail:
        """Update video translation.

        Update a video translation's title.

        Args:
            video_translation_id: Unique video translation identifier
            title: New title for the video translation

        Returns:
            VideoTranslationDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-video-translation

        Example:
            result = client.video_translations.update(
                'string',
                title='My Generated Video',
            )
        """
        result: VideoTranslationDetail = self._client._request(
            _UPDATE_VIDEO_TRANSLATION,
            path_params={"video_translation_id": video_translation_id},
            json=model_body(_models.UpdateVideoTranslationRequest, {"title": title}),
            cast_to=_models.VideoTranslationDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def caption(
        self,
        video_translation_id: str,
        *,
        format_: Literal["vtt", "srt"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationCaptionResponse:
        """Get video translation caption.

        Get the caption file (SRT or VTT format) for a completed video translation. Requires
        enable_caption=true when creating the translation.

        Args:
            video_translation_id: Unique video translation identifier
            format_: Caption format: 'srt' or 'vtt'

        Returns:
            VideoTranslationCaptionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-translation-caption

        Example:
            result = client.video_translations.caption(
                'string',
                format_='vtt',
            )
        """
        result: VideoTranslationCaptionResponse = self._client._request(
            _GET_VIDEO_TRANSLATION_CAPTION,
            path_params={"video_translation_id": video_translation_id},
            query={"format": format_},
            cast_to=_models.VideoTranslationCaptionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def poll(
        self,
        video_translation_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> VideoTranslationDetail:
        """Wait until the video translation is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return poll(
            lambda: self.get(video_translation_id=video_translation_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="video translation",
            sleep=self._client._sleep,
        )


class VideoTranslationsWithRawResponse(_VideoTranslationsNamespaces, _RawNamespaces):
    """`VideoTranslations` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoTranslations) -> None:
        super().__init__(resource)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.caption = to_raw_response_wrapper(resource.caption)


class _AsyncVideoTranslationsNamespaces:
    """The resources nested in `AsyncVideoTranslations`, shared with its raw-response twin."""

    languages: _Namespace[
        AsyncVideoTranslationsLanguages, AsyncVideoTranslationsLanguagesWithRawResponse
    ] = _Namespace(".resources.video_translations.languages", "AsyncVideoTranslationsLanguages")
    """Translate videos into other languages"""
    proofreads: _Namespace[
        AsyncVideoTranslationsProofreads, AsyncVideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations.proofreads", "AsyncVideoTranslationsProofreads")
    """Translate videos into other languages"""


class AsyncVideoTranslations(_AsyncVideoTranslationsNamespaces, _AsyncResource):
    """Translate videos into other languages"""

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
    ) -> AsyncPager[VideoTranslationDetail]:
        """List video translations.

        List video translations with cursor-based pagination.

        Args:
            limit: Maximum number of items per page
            token: Opaque cursor token for the next page

        Returns:
            AsyncPager[VideoTranslationDetail]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-video-translations

        Example:
            async for item in client.video_translations.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_VIDEO_TRANSLATIONS,
            _LIST_VIDEO_TRANSLATIONS_PAGING,
            _models.VideoTranslationDetail,
            query={"limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def create(
        self,
        *,
        video: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        output_languages: builtins.list[str],
        title: str | None | NotGiven = NOT_GIVEN,
        audio: AssetUrl | AssetUrlParam | AssetId | AssetIdParam | None | NotGiven = NOT_GIVEN,
        input_language: str | None | NotGiven = NOT_GIVEN,
        translate_audio_only: bool | NotGiven = NOT_GIVEN,
        speaker_num: int | None | NotGiven = NOT_GIVEN,
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
        brand_voice_id: str | None | NotGiven = NOT_GIVEN,
        srt: AssetUrl | AssetUrlParam | AssetId | AssetIdParam | None | NotGiven = NOT_GIVEN,
        srt_role: Literal["input", "output"]
        | CreateVideoTranslationRequestSrtRole
        | None
        | NotGiven = NOT_GIVEN,
        fps_mode: str | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationCreateResponse:
        """Create video translation.

        Translate a video into one or more target languages. The translation runs asynchronously
        — the response contains an id (or ids for batch) which can be used to poll status.

        Use GET /v3/video-translations/languages to discover supported language codes.

        Args:
            video: Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            output_languages: Target language names (e.g. 'Chinese (Cantonese, Traditional)',
                'Spanish (Spain)', 'English'). Use GET /v3/video-translations/languages for valid
                values. Use one for single translation, multiple for batch.
            title: Title for the translation job
            audio: Custom audio for dubbing — provide as {type: 'url', url: '...'} or {type:
                'asset_id', asset_id: '...'}
            input_language: Source language code (auto-detected if omitted)
            translate_audio_only: Only translate audio, keep original video
            speaker_num: Number of speakers (improves speaker separation)
            mode: Translation quality mode: 'speed' (faster) or 'precision' (higher quality,
                uses avatar inference)
            callback_url: Webhook URL for completion notifications
            callback_id: ID included in webhook payload
            enable_caption: Generate captions for translated video
            keep_the_same_format: Preserve the source video's encoding specs (resolution,
                bitrate).
            enable_dynamic_duration: Allow dynamic duration adjustment
            disable_music_track: Remove background music
            enable_speech_enhancement: Enhance speech quality
            enable_watermark: Add watermark to output
            start_time: Start time in seconds for partial translation
            end_time: End time in seconds for partial translation
            brand_voice_id: Custom brand voice ID. Requires brand voice setup.
            srt: Custom subtitle file — provide as {type: 'url', url: '...'} or {type:
                'asset_id', asset_id: '...'}. Enterprise plan only.
            srt_role: Which video the subtitle applies to: 'input' (source) or 'output'
                (translated). Enterprise plan only.
            fps_mode: Frame rate mode: 'vfr', 'cfr', or 'passthrough'. Only valid with audio.
            folder_id: Project/folder ID to organize translation into

        Returns:
            VideoTranslationCreateResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-video-translation

        Example:
            result = await client.video_translations.create(
                video=AssetUrl(url='https://example.com/webhook'),
                output_languages=['string'],
            )
        """
        result: VideoTranslationCreateResponse = await self._client._request(
            _CREATE_VIDEO_TRANSLATION,
            json=model_body(
                _models.CreateVideoTranslationRequest,
                {
                    "video": video,
                    "title": title,
                    "output_languages": output_languages,
                    "audio": audio,
                    "input_language": input_language,
                    "translate_audio_only": translate_audio_only,
                    "speaker_num": speaker_num,
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
                    "brand_voice_id": brand_voice_id,
                    "srt": srt,
                    "srt_role": srt_role,
                    "fps_mode": fps_mode,
                    "folder_id": folder_id,
                },
            ),
            cast_to=_models.VideoTranslationCreateResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def get(
        self,
        video_translation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationDetail:
        """Get video translation details.

        Get detailed information about a video translation including status, URLs, and metadata.

        Args:
            video_translation_id: Unique video translation identifier

        Returns:
            VideoTranslationDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-translation-details

        Example:
            result = await client.video_translations.get('string')
        """
        result: VideoTranslationDetail = await self._client._request(
            _GET_VIDEO_TRANSLATION,
            path_params={"video_translation_id": video_translation_id},
            cast_to=_models.VideoTranslationDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def delete(
        self,
        video_translation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationDeleteResponse:
        """Delete video translation.

        Permanently delete a video translation.

        Args:
            video_translation_id: Unique video translation identifier

        Returns:
            VideoTranslationDeleteResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/delete-video-translation

        Example:
            result = await client.video_translations.delete('string')
        """
        result: VideoTranslationDeleteResponse = await self._client._request(
            _DELETE_VIDEO_TRANSLATION,
            path_params={"video_translation_id": video_translation_id},
            cast_to=_models.VideoTranslationDeleteResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def update(
        self,
        video_translation_id: str,
        *,
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationDetail:
        """Update video translation.

        Update a video translation's title.

        Args:
            video_translation_id: Unique video translation identifier
            title: New title for the video translation

        Returns:
            VideoTranslationDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/update-video-translation

        Example:
            result = await client.video_translations.update(
                'string',
                title='My Generated Video',
            )
        """
        result: VideoTranslationDetail = await self._client._request(
            _UPDATE_VIDEO_TRANSLATION,
            path_params={"video_translation_id": video_translation_id},
            json=model_body(_models.UpdateVideoTranslationRequest, {"title": title}),
            cast_to=_models.VideoTranslationDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def caption(
        self,
        video_translation_id: str,
        *,
        format_: Literal["vtt", "srt"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationCaptionResponse:
        """Get video translation caption.

        Get the caption file (SRT or VTT format) for a completed video translation. Requires
        enable_caption=true when creating the translation.

        Args:
            video_translation_id: Unique video translation identifier
            format_: Caption format: 'srt' or 'vtt'

        Returns:
            VideoTranslationCaptionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-translation-caption

        Example:
            result = await client.video_translations.caption(
                'string',
                format_='vtt',
            )
        """
        result: VideoTranslationCaptionResponse = await self._client._request(
            _GET_VIDEO_TRANSLATION_CAPTION,
            path_params={"video_translation_id": video_translation_id},
            query={"format": format_},
            cast_to=_models.VideoTranslationCaptionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def poll(
        self,
        video_translation_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> VideoTranslationDetail:
        """Wait until the video translation is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return await poll_async(
            lambda: self.get(video_translation_id=video_translation_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="video translation",
            sleep=self._client._sleep,
        )


class AsyncVideoTranslationsWithRawResponse(_AsyncVideoTranslationsNamespaces, _RawNamespaces):
    """`AsyncVideoTranslations` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoTranslations) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.caption = async_to_raw_response_wrapper(resource.caption)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_translations.proofreads`: Translate videos into other languages"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from ... import models as _models
from ..._base_client import Endpoint, model_body
from ..._client import _AsyncResource, _SyncResource
from ..._options import request_options
from ..._polling import poll, poll_async
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import (
        AssetId,
        AssetUrl,
        CreateProofreadResponse,
        DownloadSRTResponse,
        GenerateVideoResponse,
        ProofreadDetail,
        VideoTranslationMode,
    )
    from ...params import AssetIdParam, AssetUrlParam

_CREATE_PROOFREAD = Endpoint(
    "POST",
    "/v3/video-translations/proofreads",
    "createProofreadV3",
    idempotency_header="Idempotency-Key",
    idempotency_pattern="^[A-Za-z0-9_\\-:.]{1,255}$",
    timeout=60.0,
)
_GET_PROOFREAD = Endpoint(
    "GET", "/v3/video-translations/proofreads/{proofread_id}", "getProofreadV3", timeout=30.0
)
_GENERATE_FROM_PROOFREAD = Endpoint(
    "POST",
    "/v3/video-translations/proofreads/{proofread_id}/generate",
    "generateFromProofreadV3",
    timeout=60.0,
)
_DOWNLOAD_PROOFREAD_SRT = Endpoint(
    "GET",
    "/v3/video-translations/proofreads/{proofread_id}/srt",
    "downloadProofreadSrtV3",
    timeout=30.0,
)
_UPLOAD_PROOFREAD_SRT = Endpoint(
    "PUT",
    "/v3/video-translations/proofreads/{proofread_id}/srt",
    "uploadProofreadSrtV3",
    timeout=60.0,
)


class VideoTranslationsProofreads(_SyncResource):
    """Translate videos into other languages"""

    def create(
        self,
        *,
        video: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        output_languages: list[str],
        title: str,
        brand_voice_id: str | None | NotGiven = NOT_GIVEN,
        brand_glossary_id: str | None | NotGiven = NOT_GIVEN,
        speaker_num: int | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        enable_video_stretching: bool | NotGiven = NOT_GIVEN,
        disable_music_track: bool | NotGiven = NOT_GIVEN,
        enable_speech_enhancement: bool | NotGiven = NOT_GIVEN,
        srt: AssetUrl | AssetUrlParam | AssetId | AssetIdParam | None | NotGiven = NOT_GIVEN,
        mode: Literal["speed", "precision"] | VideoTranslationMode | NotGiven = NOT_GIVEN,
        keep_the_same_format: bool | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateProofreadResponse:
        """Create Proofread Session.

        Creates a proofread session that extracts editable subtitles from a video before final
        rendering.

        Args:
            video: Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            output_languages: Target language codes. Use one for single proofread, multiple for
                batch.
            title: Title for the proofread job
            brand_voice_id: Brand glossary ID for custom term translations. Legacy field name
                for `brand_glossary_id` — both are accepted and resolve to the same workspace
                record. Discover IDs via GET /v3/brand-glossaries.
            brand_glossary_id: Brand glossary ID for custom term translations (e.g. translate
                'Reformer' as 'Pilates equipment', not 'political activist'). Alias for the legacy
                `brand_voice_id` field. Discover IDs via GET /v3/brand-glossaries.
            speaker_num: Number of speakers (improves speaker separation)
            folder_id: Project/folder ID to organize proofread into
            enable_video_stretching: Allow dynamic duration adjustment
            disable_music_track: Remove background music
            enable_speech_enhancement: Enhance speech quality
            srt: Initial SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            mode: Translation quality mode: 'speed' (faster) or 'precision' (higher quality)
            keep_the_same_format: Preserve the source video's encoding specs (resolution,
                bitrate)
            idempotency_key: Key that makes retries of this call safe; a UUID4 is generated when
                omitted and reused for every retry of the call.

        Returns:
            CreateProofreadResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            ConflictError: 409 A prior request with this Idempotency-Key is still in progress.
            RateLimitError: 429 Rate limit exceeded

        Example:
            result = client.video_translations.proofreads.create(
                video=AssetUrl(url='https://example.com/webhook'),
                output_languages=['string'],
                title='My Generated Video',
            )
        """
        result: CreateProofreadResponse = self._client._request(
            _CREATE_PROOFREAD,
            headers={"Idempotency-Key": idempotency_key},
            json=model_body(
                _models.CreateProofreadRequest,
                {
                    "video": video,
                    "output_languages": output_languages,
                    "title": title,
                    "brand_voice_id": brand_voice_id,
                    "brand_glossary_id": brand_glossary_id,
                    "speaker_num": speaker_num,
                    "folder_id": folder_id,
                    "enable_video_stretching": enable_video_stretching,
                    "disable_music_track": disable_music_track,
                    "enable_speech_enhancement": enable_speech_enhancement,
                    "srt": srt,
                    "mode": mode,
                    "keep_the_same_format": keep_the_same_format,
                },
            ),
            cast_to=_models.CreateProofreadResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def get(
        self,
        proofread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProofreadDetail:
        """Get proofread details.

        Get status and details of a proofread session.

        Args:
            proofread_id: Unique proofread identifier

        Returns:
            ProofreadDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-proofread-details

        Example:
            result = client.video_translations.proofreads.get('string')
        """
        result: ProofreadDetail = self._client._request(
            _GET_PROOFREAD,
            path_params={"proofread_id": proofread_id},
            cast_to=_models.ProofreadDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def generate(
        self,
        proofread_id: str,
        *,
        captions: bool | NotGiven = NOT_GIVEN,
        translate_audio_only: bool | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GenerateVideoResponse:
        """Generate video from proofread.

        Generate a translated video from a completed proofread session.

        Args:
            proofread_id: Unique proofread identifier
            captions: Generate captions for the translated video
            translate_audio_only: Only translate audio, keep original video
            callback_id: ID included in webhook payload
            callback_url: Webhook URL for completion notifications

        Returns:
            GenerateVideoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/generate-video-from-proofread

        Example:
            result = client.video_translations.proofreads.generate('string')
        """
        result: GenerateVideoResponse = self._client._request(
            _GENERATE_FROM_PROOFREAD,
            path_params={"proofread_id": proofread_id},
            json=model_body(
                _models.GenerateVideoRequest,
                {
                    "captions": captions,
                    "translate_audio_only": translate_audio_only,
                    "callback_id": callback_id,
                    "callback_url": callback_url,
                },
            ),
            cast_to=_models.GenerateVideoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def download_srt(
        self,
        proofread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DownloadSRTResponse:
        """Download proofread SRT.

        Download the edited and original SRT files for a completed proofread.

        Args:
            proofread_id: Unique proofread identifier

        Returns:
            DownloadSRTResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/download-proofread-srt

        Example:
            result = client.video_translations.proofreads.download_srt('string')
        """
        result: DownloadSRTResponse = self._client._request(
            _DOWNLOAD_PROOFREAD_SRT,
            path_params={"proofread_id": proofread_id},
            cast_to=_models.DownloadSRTResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def upload_srt(
        self,
        proofread_id: str,
        *,
        srt: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProofreadDetail:
        """Upload proofread SRT.

        Upload an edited SRT file to update the proofread subtitles. Returns the updated
        proofread detail.

        Args:
            proofread_id: Unique proofread identifier
            srt: SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id:
                '...'}

        Returns:
            ProofreadDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/upload-proofread-srt

        Example:
            result = client.video_translations.proofreads.upload_srt(
                'string',
                srt=AssetUrl(url='https://example.com/webhook'),
            )
        """
        result: ProofreadDetail = self._client._request(
            _UPLOAD_PROOFREAD_SRT,
            path_params={"proofread_id": proofread_id},
            json=model_body(_models.UploadSRTRequest, {"srt": srt}),
            cast_to=_models.ProofreadDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def poll(
        self,
        proofread_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> ProofreadDetail:
        """Wait until the proofread is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return poll(
            lambda: self.get(proofread_id=proofread_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="proofread",
            sleep=self._client._sleep,
        )


class VideoTranslationsProofreadsWithRawResponse:
    """`VideoTranslationsProofreads` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoTranslationsProofreads) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.generate = to_raw_response_wrapper(resource.generate)
        self.download_srt = to_raw_response_wrapper(resource.download_srt)
        self.upload_srt = to_raw_response_wrapper(resource.upload_srt)


class AsyncVideoTranslationsProofreads(_AsyncResource):
    """Translate videos into other languages"""

    async def create(
        self,
        *,
        video: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        output_languages: list[str],
        title: str,
        brand_voice_id: str | None | NotGiven = NOT_GIVEN,
        brand_glossary_id: str | None | NotGiven = NOT_GIVEN,
        speaker_num: int | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        enable_video_stretching: bool | NotGiven = NOT_GIVEN,
        disable_music_track: bool | NotGiven = NOT_GIVEN,
        enable_speech_enhancement: bool | NotGiven = NOT_GIVEN,
        srt: AssetUrl | AssetUrlParam | AssetId | AssetIdParam | None | NotGiven = NOT_GIVEN,
        mode: Literal["speed", "precision"] | VideoTranslationMode | NotGiven = NOT_GIVEN,
        keep_the_same_format: bool | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateProofreadResponse:
        """Create Proofread Session.

        Creates a proofread session that extracts editable subtitles from a video before final
        rendering.

        Args:
            video: Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            output_languages: Target language codes. Use one for single proofread, multiple for
                batch.
            title: Title for the proofread job
            brand_voice_id: Brand glossary ID for custom term translations. Legacy field name
                for `brand_glossary_id` — both are accepted and resolve to the same workspace
                record. Discover IDs via GET /v3/brand-glossaries.
            brand_glossary_id: Brand glossary ID for custom term translations (e.g. translate
                'Reformer' as 'Pilates equipment', not 'political activist'). Alias for the legacy
                `brand_voice_id` field. Discover IDs via GET /v3/brand-glossaries.
            speaker_num: Number of speakers (improves speaker separation)
            folder_id: Project/folder ID to organize proofread into
            enable_video_stretching: Allow dynamic duration adjustment
            disable_music_track: Remove background music
            enable_speech_enhancement: Enhance speech quality
            srt: Initial SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id',
                asset_id: '...'}
            mode: Translation quality mode: 'speed' (faster) or 'precision' (higher quality)
            keep_the_same_format: Preserve the source video's encoding specs (resolution,
                bitrate)
            idempotency_key: Key that makes retries of this call safe; a UUID4 is generated when
                omitted and reused for every retry of the call.

        Returns:
            CreateProofreadResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            ConflictError: 409 A prior request with this Idempotency-Key is still in progress.
            RateLimitError: 429 Rate limit exceeded

        Example:
            result = await client.video_translations.proofreads.create(
                video=AssetUrl(url='https://example.com/webhook'),
                output_languages=['string'],
                title='My Generated Video',
            )
        """
        result: CreateProofreadResponse = await self._client._request(
            _CREATE_PROOFREAD,
            headers={"Idempotency-Key": idempotency_key},
            json=model_body(
                _models.CreateProofreadRequest,
                {
                    "video": video,
                    "output_languages": output_languages,
                    "title": title,
                    "brand_voice_id": brand_voice_id,
                    "brand_glossary_id": brand_glossary_id,
                    "speaker_num": speaker_num,
                    "folder_id": folder_id,
                    "enable_video_stretching": enable_video_stretching,
                    "disable_music_track": disable_music_track,
                    "enable_speech_enhancement": enable_speech_enhancement,
                    "srt": srt,
                    "mode": mode,
                    "keep_the_same_format": keep_the_same_format,
                },
            ),
            cast_to=_models.CreateProofreadResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def get(
        self,
        proofread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProofreadDetail:
        """Get proofread details.

        Get status and details of a proofread session.

        Args:
            proofread_id: Unique proofread identifier

        Returns:
            ProofreadDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-proofread-details

        Example:
            result = await client.video_translations.proofreads.get('string')
        """
        result: ProofreadDetail = await self._client._request(
            _GET_PROOFREAD,
            path_params={"proofread_id": proofread_id},
            cast_to=_models.ProofreadDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def generate(
        self,
        proofread_id: str,
        *,
        captions: bool | NotGiven = NOT_GIVEN,
        translate_audio_only: bool | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GenerateVideoResponse:
        """Generate video from proofread.

        Generate a translated video from a completed proofread session.

        Args:
            proofread_id: Unique proofread identifier
            captions: Generate captions for the translated video
            translate_audio_only: Only translate audio, keep original video
            callback_id: ID included in webhook payload
            callback_url: Webhook URL for completion notifications

        Returns:
            GenerateVideoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/generate-video-from-proofread

        Example:
            result = await client.video_translations.proofreads.generate('string')
        """
        result: GenerateVideoResponse = await self._client._request(
            _GENERATE_FROM_PROOFREAD,
            path_params={"proofread_id": proofread_id},
            json=model_body(
                _models.GenerateVideoRequest,
                {
                    "captions": captions,
                    "translate_audio_only": translate_audio_only,
                    "callback_id": callback_id,
                    "callback_url": callback_url,
                },
            ),
            cast_to=_models.GenerateVideoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def download_srt(
        self,
        proofread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DownloadSRTResponse:
        """Download proofread SRT.

        Download the edited and original SRT files for a completed proofread.

        Args:
            proofread_id: Unique proofread identifier

        Returns:
            DownloadSRTResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/download-proofread-srt

        Example:
            result = await client.video_translations.proofreads.download_srt('string')
        """
        result: DownloadSRTResponse = await self._client._request(
            _DOWNLOAD_PROOFREAD_SRT,
            path_params={"proofread_id": proofread_id},
            cast_to=_models.DownloadSRTResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def upload_srt(
        self,
        proofread_id: str,
        *,
        srt: AssetUrl | AssetUrlParam | AssetId | AssetIdParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProofreadDetail:
        """Upload proofread SRT.

        Upload an edited SRT file to update the proofread subtitles. Returns the updated
        proofread detail.

        Args:
            proofread_id: Unique proofread identifier
            srt: SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id:
                '...'}

        Returns:
            ProofreadDetail: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/upload-proofread-srt

        Example:
            result = await client.video_translations.proofreads.upload_srt(
                'string',
                srt=AssetUrl(url='https://example.com/webhook'),
            )
        """
        result: ProofreadDetail = await self._client._request(
            _UPLOAD_PROOFREAD_SRT,
            path_params={"proofread_id": proofread_id},
            json=model_body(_models.UploadSRTRequest, {"srt": srt}),
            cast_to=_models.ProofreadDetail,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def poll(
        self,
        proofread_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> ProofreadDetail:
        """Wait until the proofread is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return await poll_async(
            lambda: self.get(proofread_id=proofread_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="proofread",
            sleep=self._client._sleep,
        )


class AsyncVideoTranslationsProofreadsWithRawResponse:
    """`AsyncVideoTranslationsProofreads` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoTranslationsProofreads) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.generate = async_to_raw_response_wrapper(resource.generate)
        self.download_srt = async_to_raw_response_wrapper(resource.download_srt)
        self.upload_srt = async_to_raw_response_wrapper(resource.upload_srt)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_translations`: Operations of `video_translations`."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import httpx

from .._base_client import Endpoint, model_body
from .._client import _Namespace, _RawNamespaces, _Resource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    AssetId,
    AssetUrl,
    CreateProofreadRequest,
    CreateProofreadResponse,
    VideoTranslationMode,
)

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

_CREATE_PROOFREAD = Endpoint(
    "POST",
    "/v3/video-translations/proofreads",
    "createProofreadV3",
    idempotency_header="Idempotency-Key",
    idempotency_pattern="^[A-Za-z0-9_\\-:.]{1,255}$",
    timeout=60.0,
)


class VideoTranslations(_Resource):
    """Operations of `video_translations`."""

    proofreads: _Namespace[
        VideoTranslationsProofreads, VideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations", "VideoTranslationsProofreads")
    """Translate videos into other languages"""

    def __init__(self, client: HeyGen) -> None:
        self._client = client


class VideoTranslationsWithRawResponse(_RawNamespaces):
    """`VideoTranslations` whose methods return the raw `APIResponse`."""

    proofreads: _Namespace[
        VideoTranslationsProofreads, VideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations", "VideoTranslationsProofreads")

    def __init__(self, resource: VideoTranslations) -> None:
        super().__init__(resource)


class AsyncVideoTranslations(_Resource):
    """Operations of `video_translations`."""

    proofreads: _Namespace[
        AsyncVideoTranslationsProofreads, AsyncVideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations", "AsyncVideoTranslationsProofreads")
    """Translate videos into other languages"""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client


class AsyncVideoTranslationsWithRawResponse(_RawNamespaces):
    """`AsyncVideoTranslations` whose methods return the raw `APIResponse`."""

    proofreads: _Namespace[
        AsyncVideoTranslationsProofreads, AsyncVideoTranslationsProofreadsWithRawResponse
    ] = _Namespace(".resources.video_translations", "AsyncVideoTranslationsProofreads")

    def __init__(self, resource: AsyncVideoTranslations) -> None:
        super().__init__(resource)


class VideoTranslationsProofreads:
    """Translate videos into other languages"""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    def create(
        self,
        *,
        video: AssetUrl | AssetId,
        output_languages: list[str],
        title: str,
        brand_voice_id: str | None | NotGiven = NOT_GIVEN,
        brand_glossary_id: str | None | NotGiven = NOT_GIVEN,
        speaker_num: int | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        enable_video_stretching: bool | NotGiven = NOT_GIVEN,
        disable_music_track: bool | NotGiven = NOT_GIVEN,
        enable_speech_enhancement: bool | NotGiven = NOT_GIVEN,
        srt: AssetUrl | AssetId | None | NotGiven = NOT_GIVEN,
        mode: VideoTranslationMode | NotGiven = NOT_GIVEN,
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
                video=AssetUrl(url='string'),
                output_languages=['string'],
                title='string',
            )
        """
        result = self._client._request(
            _CREATE_PROOFREAD,
            headers={"Idempotency-Key": idempotency_key},
            json=model_body(
                CreateProofreadRequest,
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
            cast_to=CreateProofreadResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(CreateProofreadResponse, result)


class VideoTranslationsProofreadsWithRawResponse:
    """`VideoTranslationsProofreads` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoTranslationsProofreads) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncVideoTranslationsProofreads:
    """Translate videos into other languages"""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    async def create(
        self,
        *,
        video: AssetUrl | AssetId,
        output_languages: list[str],
        title: str,
        brand_voice_id: str | None | NotGiven = NOT_GIVEN,
        brand_glossary_id: str | None | NotGiven = NOT_GIVEN,
        speaker_num: int | None | NotGiven = NOT_GIVEN,
        folder_id: str | None | NotGiven = NOT_GIVEN,
        enable_video_stretching: bool | NotGiven = NOT_GIVEN,
        disable_music_track: bool | NotGiven = NOT_GIVEN,
        enable_speech_enhancement: bool | NotGiven = NOT_GIVEN,
        srt: AssetUrl | AssetId | None | NotGiven = NOT_GIVEN,
        mode: VideoTranslationMode | NotGiven = NOT_GIVEN,
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
                video=AssetUrl(url='string'),
                output_languages=['string'],
                title='string',
            )
        """
        result = await self._client._request(
            _CREATE_PROOFREAD,
            headers={"Idempotency-Key": idempotency_key},
            json=model_body(
                CreateProofreadRequest,
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
            cast_to=CreateProofreadResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(CreateProofreadResponse, result)


class AsyncVideoTranslationsProofreadsWithRawResponse:
    """`AsyncVideoTranslationsProofreads` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoTranslationsProofreads) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

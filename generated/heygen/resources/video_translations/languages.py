# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_translations.languages`: Translate videos into other languages"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ... import models as _models
from ..._base_client import Endpoint
from ..._client import _AsyncResource, _SyncResource
from ..._options import request_options
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import VideoTranslationLanguagesResponse

_LIST_VIDEO_TRANSLATION_LANGUAGES = Endpoint(
    "GET", "/v3/video-translations/languages", "listVideoTranslationLanguagesV3", timeout=30.0
)


class VideoTranslationsLanguages(_SyncResource):
    """Translate videos into other languages"""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationLanguagesResponse:
        """List supported languages.

        List all supported target language codes for video translation.

        Returns:
            VideoTranslationLanguagesResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-supported-languages

        Example:
            result = client.video_translations.languages.list()
        """
        result: VideoTranslationLanguagesResponse = self._client._request(
            _LIST_VIDEO_TRANSLATION_LANGUAGES,
            cast_to=_models.VideoTranslationLanguagesResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class VideoTranslationsLanguagesWithRawResponse:
    """`VideoTranslationsLanguages` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoTranslationsLanguages) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncVideoTranslationsLanguages(_AsyncResource):
    """Translate videos into other languages"""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VideoTranslationLanguagesResponse:
        """List supported languages.

        List all supported target language codes for video translation.

        Returns:
            VideoTranslationLanguagesResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-supported-languages

        Example:
            result = await client.video_translations.languages.list()
        """
        result: VideoTranslationLanguagesResponse = await self._client._request(
            _LIST_VIDEO_TRANSLATION_LANGUAGES,
            cast_to=_models.VideoTranslationLanguagesResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncVideoTranslationsLanguagesWithRawResponse:
    """`AsyncVideoTranslationsLanguages` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoTranslationsLanguages) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

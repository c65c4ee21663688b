# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.voices`: Text-to-speech and voice management"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import (
        AudioVoiceItem,
        DesignVoiceResponseData,
        TextToSpeechResponseData,
    )

_LIST_VOICES = Endpoint("GET", "/v3/voices", "listVoicesV3", timeout=30.0)
_LIST_VOICES_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)
_DESIGN_VOICE = Endpoint("POST", "/v3/voices", "designVoice", timeout=60.0)
_CREATE_SPEECH = Endpoint("POST", "/v3/voices/speech", "createSpeechV3", timeout=120.0)


class Voices(_SyncResource):
    """Text-to-speech and voice management"""

    def list(
        self,
        *,
        type_: Literal["public", "private"] | NotGiven = NOT_GIVEN,
        engine: str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AudioVoiceItem]:
        """List voices.

        List available voices with cursor-based pagination. Filter by type (public/private),
        engine, language, and gender. Use engine=starfish to get voices compatible with the
        text-to-speech endpoint.

        Args:
            type_: Voice type: 'public' for the shared library or 'private' for your cloned
                voices.
            engine: Filter by voice engine (e.g. 'starfish'). When set, only voices compatible
                with that engine are returned.
            language: Filter by language (e.g. 'English').
            gender: Filter by gender ('male' or 'female').
            limit: Results per page (1-100).
            token: Opaque cursor token for the next page.

        Returns:
            SyncPage[AudioVoiceItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-voices

        Example:
            for item in client.voices.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_VOICES,
            _LIST_VOICES_PAGING,
            _models.AudioVoiceItem,
            query={
                "type": type_,
                "engine": engine,
                "language": language,
                "gender": gender,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def design(
        self,
        *,
        prompt: str,
        gender: str | None | NotGiven = NOT_GIVEN,
        locale: str | None | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DesignVoiceResponseData:
        """Design a voice.

        Create a custom voice from a natural language description. Describe the voice you want —
        tone, gender, accent, personality — and receive up to 3 voice options to choose from.
        Use the seed parameter to generate different variations. The returned voice_id can be
        used directly in video creation endpoints.

        Args:
            prompt: Natural language description of the desired voice (e.g., 'warm, confident
                female narrator').
            gender: Filter by gender: 'male' or 'female'.
            locale: BCP-47 locale tag to filter by (e.g., 'en-US', 'pt-BR').
            seed: Controls which batch of results to return. seed=0 returns the top matches,
                seed=1 the next batch, etc. Same prompt + seed always returns the same voices.

        Returns:
            DesignVoiceResponseData: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/design-a-voice

        Example:
            result = client.voices.design(prompt='string')
        """
        result: DesignVoiceResponseData = self._client._request(
            _DESIGN_VOICE,
            json=model_body(
                _models.DesignVoiceRequest,
                {"prompt": prompt, "gender": gender, "locale": locale, "seed": seed},
            ),
            cast_to=_models.DesignVoiceResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def create_speech(
        self,
        *,
        text: str,
        voice_id: str,
        input_type: str | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        locale: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextToSpeechResponseData:
        """Create speech audio from text.

        Synthesize speech audio from text using a specified voice. Returns a URL to the
        generated audio file along with duration and optional word-level timestamps.

        Args:
            text: Text to synthesize (1-5000 characters).
            voice_id: Voice ID to use. Discover available voices via GET /v1/audio/voices.
            input_type: Type of the input: 'text' for plain text, 'ssml' for SSML markup.
                Defaults to 'text'.
            speed: Speed multiplier (0.5-2.0).
            language: Base language code (e.g. 'en', 'pt', 'zh'). Optional — auto-detected from
                text when omitted.
            locale: BCP-47 locale tag (e.g. 'en-US', 'pt-BR'). When set, language is inferred
                from locale.

        Returns:
            TextToSpeechResponseData: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-speech-audio-from-text

        Example:
            result = client.voices.create_speech(
                text='string',
                voice_id='1bd001e7e50f421d891986aad5c8bbd2',
            )
        """
        result: TextToSpeechResponseData = self._client._request(
            _CREATE_SPEECH,
            json=model_body(
                _models.TextToSpeechRequest,
                {
                    "text": text,
                    "voice_id": voice_id,
                    "input_type": input_type,
                    "speed": speed,
                    "language": language,
                    "locale": locale,
                },
            ),
            cast_to=_models.TextToSpeechResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class VoicesWithRawResponse:
    """`Voices` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Voices) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.design = to_raw_response_wrapper(resource.design)
        self.create_speech = to_raw_response_wrapper(resource.create_speech)


class AsyncVoices(_AsyncResource):
    """Text-to-speech and voice management"""

    def list(
        self,
        *,
        type_: Literal["public", "private"] | NotGiven = NOT_GIVEN,
        engine: str | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AudioVoiceItem]:
        """List voices.

        List available voices with cursor-based pagination. Filter by type (public/private),
        engine, language, and gender. Use engine=starfish to get voices compatible with the
        text-to-speech endpoint.

        Args:
            type_: Voice type: 'public' for the shared library or 'private' for your cloned
                voices.
            engine: Filter by voice engine (e.g. 'starfish'). When set, only voices compatible
                with that engine are returned.
            language: Filter by language (e.g. 'English').
            gender: Filter by gender ('male' or 'female').
            limit: Results per page (1-100).
            token: Opaque cursor token for the next page.

        Returns:
            AsyncPager[AudioVoiceItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-voices

        Example:
            async for item in client.voices.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_VOICES,
            _LIST_VOICES_PAGING,
            _models.AudioVoiceItem,
            query={
                "type": type_,
                "engine": engine,
                "language": language,
                "gender": gender,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def design(
        self,
        *,
        prompt: str,
        gender: str | None | NotGiven = NOT_GIVEN,
        locale: str | None | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DesignVoiceResponseData:
        """Design a voice.

        Create a custom voice from a natural language description. Describe the voice you want —
        tone, gender, accent, personality — and receive up to 3 voice options to choose from.
        Use the seed parameter to generate different variations. The returned voice_id can be
        used directly in video creation endpoints.

        Args:
            prompt: Natural language description of the desired voice (e.g., 'warm, confident
                female narrator').
            gender: Filter by gender: 'male' or 'female'.
            locale: BCP-47 locale tag to filter by (e.g., 'en-US', 'pt-BR').
            seed: Controls which batch of results to return. seed=0 returns the top matches,
                seed=1 the next batch, etc. Same prompt + seed always returns the same voices.

        Returns:
            DesignVoiceResponseData: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/design-a-voice

        Example:
            result = await client.voices.design(prompt='string')
        """
        result: DesignVoiceResponseData = await self._client._request(
            _DESIGN_VOICE,
            json=model_body(
                _models.DesignVoiceRequest,
                {"prompt": prompt, "gender": gender, "locale": locale, "seed": seed},
            ),
            cast_to=_models.DesignVoiceResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def create_speech(
        self,
        *,
        text: str,
        voice_id: str,
        input_type: str | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        locale: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TextToSpeechResponseData:
        """Create speech audio from text.

        Synthesize speech audio from text using a specified voice. Returns a URL to the
        generated audio file along with duration and optional word-level timestamps.

        Args:
            text: Text to synthesize (1-5000 characters).
            voice_id: Voice ID to use. Discover available voices via GET /v1/audio/voices.
            input_type: Type of the input: 'text' for plain text, 'ssml' for SSML markup.
                Defaults to 'text'.
            speed: Speed multiplier (0.5-2.0).
            language: Base language code (e.g. 'en', 'pt', 'zh'). Optional — auto-detected from
                text when omitted.
            locale: BCP-47 locale tag (e.g. 'en-US', 'pt-BR'). When set, language is inferred
                from locale.

        Returns:
            TextToSpeechResponseData: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-speech-audio-from-text

        Example:
            result = await client.voices.create_speech(
                text='string',
                voice_id='1bd001e7e50f421d891986aad5c8bbd2',
            )
        """
        result: TextToSpeechResponseData = await self._client._request(
            _CREATE_SPEECH,
            json=model_body(
                _models.TextToSpeechRequest,
                {
                    "text": text,
                    "voice_id": voice_id,
                    "input_type": input_type,
                    "speed": speed,
                    "language": language,
                    "locale": locale,
                },
            ),
            cast_to=_models.TextToSpeechResponseData,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncVoicesWithRawResponse:
    """`AsyncVoices` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVoices) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.design = async_to_raw_response_wrapper(resource.design)
        self.create_speech = async_to_raw_response_wrapper(resource.create_speech)

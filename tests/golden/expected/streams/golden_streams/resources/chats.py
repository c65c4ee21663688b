# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.chats`: Operations of `chats`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Chat, ChatChunk

_CREATE_CHAT = Endpoint("POST", "/chats", "createChat")


class Chats(_SyncResource):
    """Operations of `chats`."""

    def create(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Chat:
        """POST /chats

        Returns:
            Chat: The reply, whole or streamed

        Raises:
            RateLimitError: 429 slow down

        Example:
            result = client.chats.create(prompt='string')
        """
        result: Chat = self._client._request(
            _CREATE_CHAT,
            json=model_body(_models.ChatRequest, {"prompt": prompt, "stream": False}),
            cast_to=_models.Chat,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def create_stream(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatChunk]:
        """POST /chats

        Returns:
            Stream[ChatChunk]: The reply, whole or streamed

        Raises:
            RateLimitError: 429 slow down

        Example:
            for item in client.chats.create_stream(prompt='string'):
                print(item)
        """
        result: Stream[ChatChunk] = self._client._request(
            _CREATE_CHAT,
            json=model_body(_models.ChatRequest, {"prompt": prompt, "stream": True}),
            cast_to=_models.ChatChunk,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="text/event-stream",
        )
        return result


class ChatsWithRawResponse:
    """`Chats` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Chats) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.create_stream = to_raw_response_wrapper(resource.create_stream)


class AsyncChats(_AsyncResource):
    """Operations of `chats`."""

    async def create(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Chat:
        """POST /chats

        Returns:
            Chat: The reply, whole or streamed

        Raises:
            RateLimitError: 429 slow down

        Example:
            result = await client.chats.create(prompt='string')
        """
        result: Chat = await self._client._request(
            _CREATE_CHAT,
            json=model_body(_models.ChatRequest, {"prompt": prompt, "stream": False}),
            cast_to=_models.Chat,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def create_stream(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatChunk]:
        """POST /chats

        Returns:
            AsyncStream[ChatChunk]: The reply, whole or streamed

        Raises:
            RateLimitError: 429 slow down

        Example:
            async for item in await client.chats.create_stream(prompt='string'):
                print(item)
        """
        result: AsyncStream[ChatChunk] = await self._client._request(
            _CREATE_CHAT,
            json=model_body(_models.ChatRequest, {"prompt": prompt, "stream": True}),
            cast_to=_models.ChatChunk,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="text/event-stream",
        )
        return result


class AsyncChatsWithRawResponse:
    """`AsyncChats` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncChats) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_stream = async_to_raw_response_wrapper(resource.create_stream)

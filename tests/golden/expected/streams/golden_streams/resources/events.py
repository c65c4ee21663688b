# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.events`: Operations of `events`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Tick

_LISTEN_EVENTS = Endpoint("GET", "/events", "listenEvents")


class Events(_SyncResource):
    """Operations of `events`."""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[Tick]:
        """GET /events

        Returns:
            Stream[Tick]: events

        Example:
            for item in client.events.list():
                print(item)
        """
        result: Stream[Tick] = self._client._request(
            _LISTEN_EVENTS,
            cast_to=_models.Tick,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="text/event-stream",
        )
        return result


class EventsWithRawResponse:
    """`Events` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Events) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncEvents(_AsyncResource):
    """Operations of `events`."""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Tick]:
        """GET /events

        Returns:
            AsyncStream[Tick]: events

        Example:
            async for item in await client.events.list():
                print(item)
        """
        result: AsyncStream[Tick] = await self._client._request(
            _LISTEN_EVENTS,
            cast_to=_models.Tick,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="text/event-stream",
        )
        return result


class AsyncEventsWithRawResponse:
    """`AsyncEvents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.ticks`: Operations of `ticks`."""

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

_LIST_TICKS = Endpoint("GET", "/ticks", "listTicks")


class Ticks(_SyncResource):
    """Operations of `ticks`."""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[Tick]:
        """GET /ticks

        Returns:
            Stream[Tick]: ticks

        Example:
            for item in client.ticks.list():
                print(item)
        """
        result: Stream[Tick] = self._client._request(
            _LIST_TICKS,
            cast_to=_models.Tick,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/jsonl",
        )
        return result


class TicksWithRawResponse:
    """`Ticks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Ticks) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncTicks(_AsyncResource):
    """Operations of `ticks`."""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Tick]:
        """GET /ticks

        Returns:
            AsyncStream[Tick]: ticks

        Example:
            async for item in await client.ticks.list():
                print(item)
        """
        result: AsyncStream[Tick] = await self._client._request(
            _LIST_TICKS,
            cast_to=_models.Tick,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/jsonl",
        )
        return result


class AsyncTicksWithRawResponse:
    """`AsyncTicks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncTicks) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

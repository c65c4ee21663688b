# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.logs`: Operations of `logs`."""

from __future__ import annotations

import httpx

from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_TAIL_LOGS = Endpoint("GET", "/logs", "tailLogs")


class Logs(_SyncResource):
    """Operations of `logs`."""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[str]:
        """GET /logs

        Returns:
            Stream[str]: plain lines

        Example:
            for item in client.logs.list():
                print(item)
        """
        result: Stream[str] = self._client._request(
            _TAIL_LOGS,
            cast_to=str,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="text/event-stream",
        )
        return result


class LogsWithRawResponse:
    """`Logs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Logs) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncLogs(_AsyncResource):
    """Operations of `logs`."""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[str]:
        """GET /logs

        Returns:
            AsyncStream[str]: plain lines

        Example:
            async for item in await client.logs.list():
                print(item)
        """
        result: AsyncStream[str] = await self._client._request(
            _TAIL_LOGS,
            cast_to=str,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="text/event-stream",
        )
        return result


class AsyncLogsWithRawResponse:
    """`AsyncLogs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncLogs) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.exports`: Operations of `exports`."""

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
    from ..models import Record

_EXPORT_RECORDS = Endpoint("GET", "/exports", "exportRecords")


class Exports(_SyncResource):
    """Operations of `exports`."""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[Record]:
        """GET /exports

        Returns:
            Stream[Record]: records

        Example:
            for item in client.exports.list():
                print(item)
        """
        result: Stream[Record] = self._client._request(
            _EXPORT_RECORDS,
            cast_to=_models.Record,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/x-ndjson",
        )
        return result


class ExportsWithRawResponse:
    """`Exports` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Exports) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncExports(_AsyncResource):
    """Operations of `exports`."""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Record]:
        """GET /exports

        Returns:
            AsyncStream[Record]: records

        Example:
            async for item in await client.exports.list():
                print(item)
        """
        result: AsyncStream[Record] = await self._client._request(
            _EXPORT_RECORDS,
            cast_to=_models.Record,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/x-ndjson",
        )
        return result


class AsyncExportsWithRawResponse:
    """`AsyncExports` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncExports) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

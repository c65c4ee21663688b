# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.search_results`: Operations of `search_results`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Result

_LIST_SEARCH_RESULTS = Endpoint("GET", "/v2/search-results", "listSearchResultsV2")


class SearchResults(_SyncResource):
    """Operations of `search_results`."""

    def list(
        self,
        *,
        from_: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        x_request_source: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Result:
        """GET /v2/search-results

        Returns:
            Result: Results

        Example:
            result = client.search_results.list()
        """
        result: Result = self._client._request(
            _LIST_SEARCH_RESULTS,
            query={"from": from_, "type": type_, "pageSize": page_size},
            headers={"X-Request-Source": x_request_source},
            cast_to=_models.Result,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class SearchResultsWithRawResponse:
    """`SearchResults` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: SearchResults) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncSearchResults(_AsyncResource):
    """Operations of `search_results`."""

    async def list(
        self,
        *,
        from_: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        x_request_source: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Result:
        """GET /v2/search-results

        Returns:
            Result: Results

        Example:
            result = await client.search_results.list()
        """
        result: Result = await self._client._request(
            _LIST_SEARCH_RESULTS,
            query={"from": from_, "type": type_, "pageSize": page_size},
            headers={"X-Request-Source": x_request_source},
            cast_to=_models.Result,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncSearchResultsWithRawResponse:
    """`AsyncSearchResults` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncSearchResults) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

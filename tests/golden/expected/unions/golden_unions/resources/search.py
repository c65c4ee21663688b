# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.search`: Operations of `search`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import RangeFilter, SearchResult, TextFilter
    from ..params import RangeFilterParam, TextFilterParam

_SEARCH = Endpoint("POST", "/search", "search")


class Search(_SyncResource):
    """Operations of `search`."""

    def create(
        self,
        *,
        query: str | int,
        filter_: TextFilter
        | TextFilterParam
        | RangeFilter
        | RangeFilterParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchResult:
        """Search by text or by id.

        Args:
            query: Free text, or a numeric id.

        Returns:
            SearchResult: Search results

        Example:
            result = client.search.create(query='string')
        """
        result: SearchResult = self._client._request(
            _SEARCH,
            json=model_body(_models.SearchRequest, {"query": query, "filter": filter_}),
            cast_to=_models.SearchResult,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class SearchWithRawResponse:
    """`Search` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Search) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncSearch(_AsyncResource):
    """Operations of `search`."""

    async def create(
        self,
        *,
        query: str | int,
        filter_: TextFilter
        | TextFilterParam
        | RangeFilter
        | RangeFilterParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchResult:
        """Search by text or by id.

        Args:
            query: Free text, or a numeric id.

        Returns:
            SearchResult: Search results

        Example:
            result = await client.search.create(query='string')
        """
        result: SearchResult = await self._client._request(
            _SEARCH,
            json=model_body(_models.SearchRequest, {"query": query, "filter": filter_}),
            cast_to=_models.SearchResult,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncSearchWithRawResponse:
    """`AsyncSearch` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncSearch) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

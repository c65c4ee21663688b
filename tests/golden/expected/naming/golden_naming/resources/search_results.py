# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the search_results resource.

The `search_results` namespace of the client (`client.search_results.…`), sync and async, and its
raw-response twin (`client.with_raw_response.search_results.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import search_results as _api
from ..models import (
    Result,
)

if TYPE_CHECKING:
    from .._client import AsyncNaming, Naming


class SearchResults:
    """Operations of the search_results resource."""

    def __init__(self, client: Naming) -> None:
        self._client = client

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
        return _api.list_search_results(
            self._client,
            from_=from_,
            type_=type_,
            x_request_source=x_request_source,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class SearchResultsWithRawResponse:
    """`SearchResults` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: SearchResults) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncSearchResults:
    """Operations of the search_results resource."""

    def __init__(self, client: AsyncNaming) -> None:
        self._client = client

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
        return await _api.list_search_results_async(
            self._client,
            from_=from_,
            type_=type_,
            x_request_source=x_request_source,
            page_size=page_size,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSearchResultsWithRawResponse:
    """`AsyncSearchResults` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncSearchResults) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

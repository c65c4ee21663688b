# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the search_results resource.

One function per operation, sync and async; the client's `search_results` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Result,
)

_LIST_SEARCH_RESULTS = Endpoint(
    method="GET",
    path="/v2/search-results",
    operation_id="listSearchResultsV2",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def list_search_results(
    client: SyncAPIClient,
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
    result = client._request(
        _LIST_SEARCH_RESULTS,
        query={
            "from": from_,
            "type": type_,
            "pageSize": page_size,
        },
        headers={
            "X-Request-Source": x_request_source,
        },
        cast_to=Result,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Result, result)


async def list_search_results_async(
    client: AsyncAPIClient,
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
    result = await client._request(
        _LIST_SEARCH_RESULTS,
        query={
            "from": from_,
            "type": type_,
            "pageSize": page_size,
        },
        headers={
            "X-Request-Source": x_request_source,
        },
        cast_to=Result,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Result, result)

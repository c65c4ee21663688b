# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the search resource.

One function per operation, sync and async; the client's `search` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    RangeFilter,
    SearchRequest,
    SearchResult,
    TextFilter,
)

_SEARCH = Endpoint(
    method="POST",
    path="/search",
    operation_id="search",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def search(
    client: SyncAPIClient,
    *,
    query: str | int,
    filter_: TextFilter | RangeFilter | NotGiven = NOT_GIVEN,
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

        result = client.search.search(
            query='string',
        )
    """
    result = client._request(
        _SEARCH,
        json=model_body(
            SearchRequest,
            {
                "query": query,
                "filter": filter_,
            },
        ),
        cast_to=SearchResult,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(SearchResult, result)


async def search_async(
    client: AsyncAPIClient,
    *,
    query: str | int,
    filter_: TextFilter | RangeFilter | NotGiven = NOT_GIVEN,
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

        result = await client.search.search(
            query='string',
        )
    """
    result = await client._request(
        _SEARCH,
        json=model_body(
            SearchRequest,
            {
                "query": query,
                "filter": filter_,
            },
        ),
        cast_to=SearchResult,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(SearchResult, result)

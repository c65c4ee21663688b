# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the accounts resource.

One function per operation, sync and async; the client's `accounts` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._options import cookie_header, request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Item,
)

_LIST_ITEMS = Endpoint(
    method="GET",
    path="/accounts/{accountId}/items",
    operation_id="listItems",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def list_items(
    client: SyncAPIClient,
    *,
    account_id: str,
    limit: int,
    x_request_tag: str,
    x_region: str | NotGiven = NOT_GIVEN,
    ids: list[str] | NotGiven = NOT_GIVEN,
    session: str | NotGiven = NOT_GIVEN,
    theme: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> list[Item]:
    """List items.

    Args:
        limit: Overrides the path-level limit; required here.
        x_region: The region to read from.

    Returns:
        list[Item]: The items

    Example:

        result = client.accounts.list_items(
            account_id='string',
            limit=1,
            x_request_tag='string',
        )
    """
    result = client._request(
        _LIST_ITEMS,
        path_params={
            "accountId": account_id,
        },
        query={
            "limit": limit,
            "ids": ids,
        },
        headers={
            "X-Region": x_region,
            "X-Request-Tag": x_request_tag,
            "Cookie": cookie_header(
                {
                    "session": session,
                    "theme": theme,
                }
            ),
        },
        cast_to=list[Item],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(list[Item], result)


async def list_items_async(
    client: AsyncAPIClient,
    *,
    account_id: str,
    limit: int,
    x_request_tag: str,
    x_region: str | NotGiven = NOT_GIVEN,
    ids: list[str] | NotGiven = NOT_GIVEN,
    session: str | NotGiven = NOT_GIVEN,
    theme: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> list[Item]:
    """List items.

    Args:
        limit: Overrides the path-level limit; required here.
        x_region: The region to read from.

    Returns:
        list[Item]: The items

    Example:

        result = await client.accounts.list_items(
            account_id='string',
            limit=1,
            x_request_tag='string',
        )
    """
    result = await client._request(
        _LIST_ITEMS,
        path_params={
            "accountId": account_id,
        },
        query={
            "limit": limit,
            "ids": ids,
        },
        headers={
            "X-Region": x_region,
            "X-Request-Tag": x_request_tag,
            "Cookie": cookie_header(
                {
                    "session": session,
                    "theme": theme,
                }
            ),
        },
        cast_to=list[Item],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(list[Item], result)

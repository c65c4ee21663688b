# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the tokens resource.

One function per operation, sync and async; the client's `tokens` namespace calls these.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_CREATE_TOKEN = Endpoint(
    method="POST",
    path="/tokens",
    operation_id="createToken",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_token(
    client: SyncAPIClient,
    *,
    grant_type: str,
    scope: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> dict[str, Any]:
    """Exchange credentials for a token.

    Returns:
        dict[str, Any]: The token

    Example:

        result = client.tokens.create(
            grant_type='string',
        )
    """
    result = client._request(
        _CREATE_TOKEN,
        json={
            "grant_type": grant_type,
            "scope": scope,
        },
        form=True,
        cast_to=dict[str, Any],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(dict[str, Any], result)


async def create_token_async(
    client: AsyncAPIClient,
    *,
    grant_type: str,
    scope: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> dict[str, Any]:
    """Exchange credentials for a token.

    Returns:
        dict[str, Any]: The token

    Example:

        result = await client.tokens.create(
            grant_type='string',
        )
    """
    result = await client._request(
        _CREATE_TOKEN,
        json={
            "grant_type": grant_type,
            "scope": scope,
        },
        form=True,
        cast_to=dict[str, Any],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(dict[str, Any], result)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the tokens resource.

The `tokens` namespace of the client (`client.tokens.…`), sync and async, and its
raw-response twin (`client.with_raw_response.tokens.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import tokens as _api

if TYPE_CHECKING:
    from .._client import AsyncRequestBodies, RequestBodies


class Tokens:
    """Operations of the tokens resource."""

    def __init__(self, client: RequestBodies) -> None:
        self._client = client

    def create(
        self,
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
        return _api.create_token(
            self._client,
            grant_type=grant_type,
            scope=scope,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TokensWithRawResponse:
    """`Tokens` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Tokens) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncTokens:
    """Operations of the tokens resource."""

    def __init__(self, client: AsyncRequestBodies) -> None:
        self._client = client

    async def create(
        self,
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
        return await _api.create_token_async(
            self._client,
            grant_type=grant_type,
            scope=scope,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTokensWithRawResponse:
    """`AsyncTokens` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncTokens) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

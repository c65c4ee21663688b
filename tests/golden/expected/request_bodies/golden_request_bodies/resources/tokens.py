# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.tokens`: Operations of `tokens`."""

from __future__ import annotations

from typing import Any

import httpx

from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_CREATE_TOKEN = Endpoint("POST", "/tokens", "createToken")


class Tokens(_SyncResource):
    """Operations of `tokens`."""

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
            result = client.tokens.create(grant_type='string')
        """
        result: dict[str, Any] = self._client._request(
            _CREATE_TOKEN,
            json={"grant_type": grant_type, "scope": scope},
            form=True,
            cast_to=dict[str, Any],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class TokensWithRawResponse:
    """`Tokens` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Tokens) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncTokens(_AsyncResource):
    """Operations of `tokens`."""

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
            result = await client.tokens.create(grant_type='string')
        """
        result: dict[str, Any] = await self._client._request(
            _CREATE_TOKEN,
            json={"grant_type": grant_type, "scope": scope},
            form=True,
            cast_to=dict[str, Any],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncTokensWithRawResponse:
    """`AsyncTokens` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncTokens) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

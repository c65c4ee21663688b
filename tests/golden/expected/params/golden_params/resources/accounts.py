# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.accounts`: Operations of `accounts`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

import httpx

from .._base_client import Endpoint
from .._client import _Namespace, _RawNamespaces, _Resource
from .._options import cookie_header, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import Item

if TYPE_CHECKING:
    from .._client import AsyncParams, Params

_LIST_ITEMS = Endpoint("GET", "/accounts/{accountId}/items", "listItems")


class Accounts(_Resource):
    """Operations of `accounts`."""

    items: _Namespace[AccountsItems, AccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts", "AccountsItems"
    )
    """Operations of `accounts.items`."""

    def __init__(self, client: Params) -> None:
        self._client = client


class AccountsWithRawResponse(_RawNamespaces):
    """`Accounts` whose methods return the raw `APIResponse`."""

    items: _Namespace[AccountsItems, AccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts", "AccountsItems"
    )

    def __init__(self, resource: Accounts) -> None:
        super().__init__(resource)


class AsyncAccounts(_Resource):
    """Operations of `accounts`."""

    items: _Namespace[AsyncAccountsItems, AsyncAccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts", "AsyncAccountsItems"
    )
    """Operations of `accounts.items`."""

    def __init__(self, client: AsyncParams) -> None:
        self._client = client


class AsyncAccountsWithRawResponse(_RawNamespaces):
    """`AsyncAccounts` whose methods return the raw `APIResponse`."""

    items: _Namespace[AsyncAccountsItems, AsyncAccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts", "AsyncAccountsItems"
    )

    def __init__(self, resource: AsyncAccounts) -> None:
        super().__init__(resource)


class AccountsItems:
    """Operations of `accounts.items`."""

    def __init__(self, client: Params) -> None:
        self._client = client

    def list(
        self,
        account_id: str,
        *,
        limit: int,
        x_request_tag: str,
        x_region: str | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        theme: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Item]:
        """List items.

        Args:
            limit: Overrides the path-level limit; required here.
            x_region: The region to read from.

        Returns:
            builtins.list[Item]: The items

        Example:
            result = client.accounts.items.list(
                'string',
                limit=1,
                x_request_tag='string',
            )
        """
        result = self._client._request(
            _LIST_ITEMS,
            path_params={"accountId": account_id},
            query={"limit": limit, "ids": ids},
            headers={
                "X-Region": x_region,
                "X-Request-Tag": x_request_tag,
                "Cookie": cookie_header({"session": session, "theme": theme}),
            },
            cast_to=builtins.list[Item],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(builtins.list[Item], result)


class AccountsItemsWithRawResponse:
    """`AccountsItems` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AccountsItems) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAccountsItems:
    """Operations of `accounts.items`."""

    def __init__(self, client: AsyncParams) -> None:
        self._client = client

    async def list(
        self,
        account_id: str,
        *,
        limit: int,
        x_request_tag: str,
        x_region: str | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        theme: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Item]:
        """List items.

        Args:
            limit: Overrides the path-level limit; required here.
            x_region: The region to read from.

        Returns:
            builtins.list[Item]: The items

        Example:
            result = await client.accounts.items.list(
                'string',
                limit=1,
                x_request_tag='string',
            )
        """
        result = await self._client._request(
            _LIST_ITEMS,
            path_params={"accountId": account_id},
            query={"limit": limit, "ids": ids},
            headers={
                "X-Region": x_region,
                "X-Request-Tag": x_request_tag,
                "Cookie": cookie_header({"session": session, "theme": theme}),
            },
            cast_to=builtins.list[Item],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(builtins.list[Item], result)


class AsyncAccountsItemsWithRawResponse:
    """`AsyncAccountsItems` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncAccountsItems) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

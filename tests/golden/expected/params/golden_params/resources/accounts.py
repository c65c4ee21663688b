# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.accounts`: Operations of `accounts`."""

from __future__ import annotations

import builtins
from typing import cast

import httpx

from .._base_client import Endpoint
from .._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource
from .._options import cookie_header, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import Item

_LIST_ITEMS = Endpoint("GET", "/accounts/{accountId}/items", "listItems")


class _AccountsNamespaces:
    """The resources nested in `Accounts`, shared with its raw-response twin."""

    items: _Namespace[AccountsItems, AccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts", "AccountsItems"
    )
    """Operations of `accounts.items`."""


class Accounts(_AccountsNamespaces, _SyncResource):
    """Operations of `accounts`."""


class AccountsWithRawResponse(_AccountsNamespaces, _RawNamespaces):
    """`Accounts` whose methods return the raw `APIResponse`."""


class _AsyncAccountsNamespaces:
    """The resources nested in `AsyncAccounts`, shared with its raw-response twin."""

    items: _Namespace[AsyncAccountsItems, AsyncAccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts", "AsyncAccountsItems"
    )
    """Operations of `accounts.items`."""


class AsyncAccounts(_AsyncAccountsNamespaces, _AsyncResource):
    """Operations of `accounts`."""


class AsyncAccountsWithRawResponse(_AsyncAccountsNamespaces, _RawNamespaces):
    """`AsyncAccounts` whose methods return the raw `APIResponse`."""


class AccountsItems(_SyncResource):
    """Operations of `accounts.items`."""

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


class AsyncAccountsItems(_AsyncResource):
    """Operations of `accounts.items`."""

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

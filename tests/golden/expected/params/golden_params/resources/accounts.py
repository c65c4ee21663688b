# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of `accounts`.

The `accounts` namespace of the client (`client.accounts.…`), sync and async, and its
raw-response twin (`client.with_raw_response.accounts.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._client import _Namespace, _RawNamespaces, _Resource

if TYPE_CHECKING:
    from .._client import AsyncParams, Params
    from .accounts_items import (
        AccountsItems,
        AccountsItemsWithRawResponse,
        AsyncAccountsItems,
        AsyncAccountsItemsWithRawResponse,
    )


class Accounts(_Resource):
    """Operations of `accounts`."""

    items: _Namespace[AccountsItems, AccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts_items", "AccountsItems"
    )
    """Operations of `accounts.items`."""

    def __init__(self, client: Params) -> None:
        self._client = client


class AccountsWithRawResponse(_RawNamespaces):
    """`Accounts` whose methods return the raw `APIResponse`."""

    items: _Namespace[AccountsItems, AccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts_items", "AccountsItems"
    )

    def __init__(self, resource: Accounts) -> None:
        super().__init__(resource)


class AsyncAccounts(_Resource):
    """Operations of `accounts`."""

    items: _Namespace[AsyncAccountsItems, AsyncAccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts_items", "AsyncAccountsItems"
    )
    """Operations of `accounts.items`."""

    def __init__(self, client: AsyncParams) -> None:
        self._client = client


class AsyncAccountsWithRawResponse(_RawNamespaces):
    """`AsyncAccounts` whose methods return the raw `APIResponse`."""

    items: _Namespace[AsyncAccountsItems, AsyncAccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts_items", "AsyncAccountsItems"
    )

    def __init__(self, resource: AsyncAccounts) -> None:
        super().__init__(resource)

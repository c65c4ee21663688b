# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.accounts`: Operations of `accounts`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource

if TYPE_CHECKING:
    from .items import (
        AccountsItems,
        AccountsItemsWithRawResponse,
        AsyncAccountsItems,
        AsyncAccountsItemsWithRawResponse,
    )


class _AccountsNamespaces:
    """The resources nested in `Accounts`, shared with its raw-response twin."""

    items: _Namespace[AccountsItems, AccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts.items", "AccountsItems"
    )
    """Operations of `accounts.items`."""


class Accounts(_AccountsNamespaces, _SyncResource):
    """Operations of `accounts`."""


class AccountsWithRawResponse(_AccountsNamespaces, _RawNamespaces):
    """`Accounts` whose methods return the raw `APIResponse`."""


class _AsyncAccountsNamespaces:
    """The resources nested in `AsyncAccounts`, shared with its raw-response twin."""

    items: _Namespace[AsyncAccountsItems, AsyncAccountsItemsWithRawResponse] = _Namespace(
        ".resources.accounts.items", "AsyncAccountsItems"
    )
    """Operations of `accounts.items`."""


class AsyncAccounts(_AsyncAccountsNamespaces, _AsyncResource):
    """Operations of `accounts`."""


class AsyncAccountsWithRawResponse(_AsyncAccountsNamespaces, _RawNamespaces):
    """`AsyncAccounts` whose methods return the raw `APIResponse`."""

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.accounts`, whose classes `_accounts` holds.

Each resource nested in it has a module here, imported when its accessor is first read.
"""

from ._accounts import (
    Accounts,
    AccountsWithRawResponse,
    AsyncAccounts,
    AsyncAccountsWithRawResponse,
)

__all__ = [
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "Accounts",
    "AccountsWithRawResponse",
]

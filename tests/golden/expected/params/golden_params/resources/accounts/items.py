# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.accounts.items`: Operations of `accounts.items`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from ... import models as _models
from ..._base_client import Endpoint
from ..._client import _AsyncResource, _SyncResource
from ..._options import cookie_header, request_options
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import Item

_LIST_ITEMS = Endpoint("GET", "/accounts/{accountId}/items", "listItems")


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
        result: builtins.list[Item] = self._client._request(
            _LIST_ITEMS,
            path_params={"accountId": account_id},
            query={"limit": limit, "ids": ids},
            headers={
                "X-Region": x_region,
                "X-Request-Tag": x_request_tag,
                "Cookie": cookie_header({"session": session, "theme": theme}),
            },
            cast_to=builtins.list[_models.Item],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


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
        result: builtins.list[Item] = await self._client._request(
            _LIST_ITEMS,
            path_params={"accountId": account_id},
            query={"limit": limit, "ids": ids},
            headers={
                "X-Region": x_region,
                "X-Request-Tag": x_request_tag,
                "Cookie": cookie_header({"session": session, "theme": theme}),
            },
            cast_to=builtins.list[_models.Item],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncAccountsItemsWithRawResponse:
    """`AsyncAccountsItems` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncAccountsItems) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Cursor pagination: a page of items that also iterates lazily over every later page.

A list operation returns ``{items: [...], has_more: bool, next_cursor: str | null}`` (the key
names come from :class:`Paging`). Only a JSON ``true`` in ``has_more`` continues, and a cursor
the server already sent during one iteration raises ``PaginationError`` (a cycle would page
forever). ``SyncPage`` holds one page and fetches the next only when
iteration reaches its end; ``AsyncPager`` is what the async client returns: ``await`` it for the
first page, or ``async for`` over it for every item.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._exceptions import APIError, APIResponseValidationError, response_text
from ._parse import validate_response_data
from ._response import APIResponse, consume_raw_response_flag
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
    from ._types import HeaderParams, Query

T = TypeVar("T")

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "PaginationError",
    "Paging",
    "SyncPage",
    "get_page",
    "get_page_async",
]


@dataclass(frozen=True, slots=True)
class Paging:
    """Where the cursor goes in (``cursor_param``) and where items and the next cursor come out."""

    cursor_param: str
    items: str
    has_more: str
    next_cursor: str


class SyncPage(Generic[T]):
    """One page. ``data`` is this page's items; iterating yields every item of every page."""

    def __init__(
        self,
        data: list[T],
        *,
        has_more: bool,
        next_cursor: str | None,
        fetch: Callable[[str], SyncPage[T]],
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return bool(self.has_more and self.next_cursor)

    def next_page(self) -> SyncPage[T]:
        """Fetch the following page (``StopIteration``-free: check ``has_next_page()`` first)."""
        if not self.next_cursor:
            raise RuntimeError("this is the last page")
        return self._fetch(self.next_cursor)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every later one; ``PaginationError`` when a cursor comes back."""
        page: SyncPage[T] = self
        seen: set[str] = set()
        while True:
            yield page
            if not page.has_next_page():
                return
            _check_new_cursor(page.next_cursor, seen)
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class AsyncPage(Generic[T]):
    """The async twin of :class:`SyncPage`: ``async for`` yields every item of every page."""

    def __init__(
        self,
        data: list[T],
        *,
        has_more: bool,
        next_cursor: str | None,
        fetch: Callable[[str], Awaitable[AsyncPage[T]]],
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return bool(self.has_more and self.next_cursor)

    async def next_page(self) -> AsyncPage[T]:
        if not self.next_cursor:
            raise RuntimeError("this is the last page")
        return await self._fetch(self.next_cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every later one; ``PaginationError`` when a cursor comes back."""
        page: AsyncPage[T] = self
        seen: set[str] = set()
        while True:
            yield page
            if not page.has_next_page():
                return
            _check_new_cursor(page.next_cursor, seen)
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class AsyncPager(Generic[T]):
    """What an async list call returns: awaitable (the first page) and async-iterable (all items)."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item


class PaginationError(APIError):
    """The server sent a next cursor it had already sent during this iteration: following it would
    page forever."""


def _check_new_cursor(cursor: str | None, seen: set[str]) -> None:
    if cursor is None:
        return
    if cursor in seen:
        raise PaginationError(
            f"The server returned the next cursor {cursor[:64]!r} twice; stopping the iteration "
            "instead of paging forever."
        )
    seen.add(cursor)


def _with_cursor(
    options: RequestOptions | None, paging: Paging, cursor: str | None
) -> RequestOptions | None:
    """The call's options with the cursor as the top query layer: an ``extra_query`` that names
    the cursor parameter must not pin every page to one cursor."""
    if cursor is None:
        return options
    extra = {**((options or {}).get("extra_query") or {}), paging.cursor_param: cursor}
    return {**(options or {}), "extra_query": extra}


def _page_parts(
    response: APIResponse[Any], paging: Paging, item: Any, *, strict: bool
) -> tuple[list[Any], bool, str | None]:
    """Items (validated as ``item``), has-more flag and next cursor of one page's response. A body
    that is not an object, has no items member or holds invalid items raises
    ``APIResponseValidationError``, as any other response would."""
    body: dict[str, Any] = response.parse()
    http = response.http_response
    if paging.items not in body:
        raise APIResponseValidationError(
            response=http,
            body=response_text(http),
            message=f"Response body has no {paging.items!r} member.",
        )
    items = validate_response_data(http, body[paging.items] or [], list[item], strict=strict)
    cursor = body.get(paging.next_cursor)
    return (
        items,
        body.get(paging.has_more) is True,  # only a JSON true continues ("false" is truthy)
        cursor if isinstance(cursor, str) and cursor else None,
    )


def get_page(
    client: SyncAPIClient,
    endpoint: Endpoint,
    paging: Paging,
    item: Any,
    *,
    path_params: Mapping[str, object] | None = None,
    query: Query | None = None,
    headers: HeaderParams | None = None,
    options: RequestOptions | None = None,
) -> SyncPage[Any]:
    """Fetch the first page (the caller's own cursor, if any) and return it as a ``SyncPage``.
    Under a raw-response wrapper the first page's ``APIResponse`` is returned instead, its
    ``parse()`` giving the page."""
    raw = consume_raw_response_flag()

    def fetch_response(cursor: str | None) -> APIResponse[Any]:
        response: APIResponse[Any] = client._request(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cast_to=dict[str, Any],
            options=_with_cursor(options, paging, cursor),
            raw=True,
        )
        items, has_more, next_cursor = _page_parts(
            response, paging, item, strict=client.strict_response_validation
        )
        page = SyncPage(items, has_more=has_more, next_cursor=next_cursor, fetch=fetch)
        response._set_parsed(page)
        return response

    def fetch(cursor: str | None) -> SyncPage[Any]:
        page: SyncPage[Any] = fetch_response(cursor).parse()
        return page

    first = fetch_response(None)
    return cast(SyncPage[Any], first) if raw else first.parse()


def get_page_async(
    client: AsyncAPIClient,
    endpoint: Endpoint,
    paging: Paging,
    item: Any,
    *,
    path_params: Mapping[str, object] | None = None,
    query: Query | None = None,
    headers: HeaderParams | None = None,
    options: RequestOptions | None = None,
) -> AsyncPager[Any]:
    """The async twin of :func:`get_page`; nothing is sent until the pager is awaited or iterated."""
    raw = consume_raw_response_flag()

    async def fetch_response(cursor: str | None) -> APIResponse[Any]:
        response: APIResponse[Any] = await client._request(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cast_to=dict[str, Any],
            options=_with_cursor(options, paging, cursor),
            raw=True,
        )
        items, has_more, next_cursor = _page_parts(
            response, paging, item, strict=client.strict_response_validation
        )
        page = AsyncPage(items, has_more=has_more, next_cursor=next_cursor, fetch=fetch)
        response._set_parsed(page)
        return response

    async def fetch(cursor: str | None) -> AsyncPage[Any]:
        page: AsyncPage[Any] = (await fetch_response(cursor)).parse()
        return page

    async def first() -> AsyncPage[Any]:
        response = await fetch_response(None)
        return cast(AsyncPage[Any], response) if raw else response.parse()

    return AsyncPager(first)

"""Pages of a list operation: one page's items, and lazy iteration over every later page.

How a page is read and the next one asked for is the operation's ``Paging`` rule (``_paging``):
cursors in the body or a header, next-page URLs (``Link: <…>; rel="next"``), offsets or page
numbers, with their stop rules. ``SyncPage`` holds one page and fetches the next only when
iteration reaches its end: ``for item in page`` yields every item of every page,
``page.iter_pages()`` every page. ``AsyncPager`` is what the async client returns: ``await`` it
for the first page, ``async for`` over it for every item, or over ``.iter_pages()`` for every page.
A cursor or URL that comes back, or a next-page URL on another origin, raises
``PaginationError`` when that next page is asked for (the page before it is still returned).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ._paging import NextPage, PaginationError, Paging, first_request, origin, read_page
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


class _Page(Generic[T]):
    """What the sync and async pages share: the items and what the next request would be."""

    def __init__(self, data: list[T], next_request: NextPage | None) -> None:
        self.data = data
        self._next = next_request

    def has_next_page(self) -> bool:
        return self._next is not None

    @property
    def has_more(self) -> bool:
        """Whether another page follows (the rule's stop rules said not to stop)."""
        return self._next is not None

    @property
    def next_cursor(self) -> str | None:
        """The cursor (or next-page URL) the next page is asked for with; None for offsets and
        page numbers, and on the last page."""
        return self._next.cursor if self._next is not None else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class SyncPage(_Page[T]):
    """One page. ``data`` is this page's items; iterating yields every item of every page."""

    def __init__(
        self,
        data: list[T],
        next_request: NextPage | None,
        fetch: Callable[[NextPage], SyncPage[T]],
    ) -> None:
        super().__init__(data, next_request)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T]:
        """Fetch the following page (check ``has_next_page()`` first)."""
        if self._next is None:
            raise RuntimeError("this is the last page")
        return self._fetch(self._next)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every later one."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_Page[T]):
    """The async twin of :class:`SyncPage`: ``async for`` yields every item of every page."""

    def __init__(
        self,
        data: list[T],
        next_request: NextPage | None,
        fetch: Callable[[NextPage], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(data, next_request)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        if self._next is None:
            raise RuntimeError("this is the last page")
        return await self._fetch(self._next)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every later one."""
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPager(Generic[T]):
    """What an async list call returns: awaitable (the first page) and async-iterable (all
    items); ``iter_pages()`` iterates over the pages."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = await self._first()
        async for each in page.iter_pages():
            yield each

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item


def _origins(client_base_url: str, endpoint: Endpoint) -> tuple[tuple[str, str, int | None], ...]:
    """Where next-page URLs may point: the client's base URL and the operation's own server."""
    return tuple(origin(u) for u in (client_base_url, endpoint.base_url) if u)


def _request_parts(
    endpoint: Endpoint,
    path_params: Mapping[str, object] | None,
    query: Query | None,
    options: RequestOptions | None,
    request: NextPage,
) -> tuple[Endpoint, Mapping[str, object] | None, Query | None, RequestOptions | None]:
    """The ``_request`` arguments for one page. A next-page URL is sent as given: the endpoint
    moves to its origin and path (query included), and no query of the first call is added.
    Otherwise the rule's parameters (cursor, offset, page) are the top query layer: an
    ``extra_query`` naming them must not pin every page to one value."""
    if request.url is not None:
        url = httpx.URL(request.url)
        path = url.raw_path.decode("ascii").replace("{", "{{").replace("}", "}}")
        base = f"{url.scheme}://{url.netloc.decode('ascii')}"
        rest = {k: v for k, v in (options or {}).items() if k != "extra_query"}
        return endpoint.replace(base_url=base, path=path), None, None, cast(RequestOptions, rest)
    if not request.query:
        return endpoint, path_params, query, options
    extra = {**((options or {}).get("extra_query") or {}), **request.query}
    return endpoint, path_params, query, {**(options or {}), "extra_query": extra}


def _body_type(paging: Paging) -> Any:
    return dict[str, Any] if paging.items else list[Any]


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
    """Fetch the first page (with the caller's own cursor, offset or page, if any) and return it
    as a ``SyncPage``. Under a raw-response wrapper the first page's ``APIResponse`` is returned
    instead, its ``parse()`` giving the page."""
    raw = consume_raw_response_flag()
    origins = _origins(client.base_url, endpoint)

    def fetch_response(request: NextPage) -> APIResponse[Any]:
        if request.refused is not None:
            raise request.refused
        ep, params, q, opts = _request_parts(endpoint, path_params, query, options, request)
        response: APIResponse[Any] = client._request(
            ep,
            path_params=params,
            query=q,
            headers=headers,
            cast_to=_body_type(paging),
            options=opts,
            raw=True,
        )
        items, following = read_page(
            paging,
            response,
            item,
            request,
            strict=client.strict_response_validation,
            origins=origins,
        )
        response._set_parsed(SyncPage(items, following, fetch))
        return response

    def fetch(request: NextPage) -> SyncPage[Any]:
        page: SyncPage[Any] = fetch_response(request).parse()
        return page

    start = first_request(paging, query, (options or {}).get("extra_query"))
    first = fetch_response(start)
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
    origins = _origins(client.base_url, endpoint)

    async def fetch_response(request: NextPage) -> APIResponse[Any]:
        if request.refused is not None:
            raise request.refused
        ep, params, q, opts = _request_parts(endpoint, path_params, query, options, request)
        response: APIResponse[Any] = await client._request(
            ep,
            path_params=params,
            query=q,
            headers=headers,
            cast_to=_body_type(paging),
            options=opts,
            raw=True,
        )
        items, following = read_page(
            paging,
            response,
            item,
            request,
            strict=client.strict_response_validation,
            origins=origins,
        )
        response._set_parsed(AsyncPage(items, following, fetch))
        return response

    async def fetch(request: NextPage) -> AsyncPage[Any]:
        page: AsyncPage[Any] = (await fetch_response(request)).parse()
        return page

    async def first() -> AsyncPage[Any]:
        start = first_request(paging, query, (options or {}).get("extra_query"))
        response = await fetch_response(start)
        return cast(AsyncPage[Any], response) if raw else response.parse()

    return AsyncPager(first)

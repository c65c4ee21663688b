"""Paging rules as data, and reading one page's response into its items and the next request.

A list operation's ``Paging`` record says where the items are (a path into the JSON body; the
empty path is the body itself) and how the next page is asked for, exactly one of:

- a cursor sent in the query parameter ``cursor_param``, read from the body (``next_cursor``, a
  path such as ``("meta", "cursors", "next")``) or from a response header (``next_cursor_header``);
- a next-page URL, read from the body (``next_url``), from a header holding the URL
  (``next_url_header``) or from the RFC 8288 ``Link`` header's entry with ``rel=next_link``. The
  URL is followed as given (relative ones against the request's URL), with the same headers and
  credentials, and only to the origin of the client's base URL or of the operation's own server:
  any other origin raises ``PaginationError`` before anything is sent there;
- an offset (``offset_param``: the next one is this one plus the items received) or a page number
  (``page_param``, counting from ``first_page``).

Stop rules, any of which ends the iteration: no next cursor or URL; ``has_more`` (a path) is not a
JSON ``true``; ``total`` (a path to the total item count) is reached; with ``short_page``, a page
holds fewer items than the ``limit_param`` sent (the first page's size when none was sent); an
offset or page-number page is empty. A cursor or URL already followed, or an offset or page that
repeats the previous page's items, raises ``PaginationError`` instead of paging forever.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._exceptions import APIError, APIResponseValidationError, response_text
from ._parse import validate_response_data
from ._response import APIResponse
from ._types import NotGiven

__all__ = ["NextPage", "PaginationError", "Paging", "first_request", "read_page"]

Path = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Paging:
    """One operation's paging rule (see the module docstring); generated code passes it as data."""

    items: Path = ()
    cursor_param: str | None = None
    next_cursor: Path | None = None
    next_cursor_header: str | None = None
    next_url: Path | None = None
    next_url_header: str | None = None
    next_link: str | None = None
    offset_param: str | None = None
    page_param: str | None = None
    first_page: int = 1
    limit_param: str | None = None
    has_more: Path | None = None
    total: Path | None = None
    short_page: bool = False


@dataclass(frozen=True, slots=True)
class NextPage:
    """How to ask for a page: query parameters set over the first call's (``query``) or an absolute
    ``url`` fetched as given, and what the iteration knows at that point."""

    query: Mapping[str, str] = field(default_factory=dict)
    url: str | None = None
    cursor: str | None = None  # the cursor or URL this request follows
    position: int = 0  # the offset or page number this request asks for
    limit: int | None = None  # the page size asked for (short-page rule)
    seen_items: int = 0  # items on the pages before this one
    followed: frozenset[str] = frozenset()  # cursors and URLs followed so far
    previous: object = None  # the previous page's raw items (offset and page numbers)
    refused: PaginationError | None = None  # raised when this page is asked for


class PaginationError(APIError):
    """Following the next page would page forever (a cursor, URL or page came back) or send the
    credentials to another origin (a next-page URL elsewhere)."""


def _number(value: object) -> int | None:
    if isinstance(value, bool) or value is None or isinstance(value, NotGiven):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return None


def first_request(
    paging: Paging, query: Mapping[str, object] | None, extra_query: Mapping[str, object] | None
) -> NextPage:
    """The state of the first request: the caller's own offset, page number and limit, if any."""
    given = {**(query or {}), **(extra_query or {})}
    start = 0 if paging.offset_param else paging.first_page
    position_param = paging.offset_param or paging.page_param
    position = _number(given.get(position_param)) if position_param else None
    limit = _number(given.get(paging.limit_param)) if paging.limit_param else None
    return NextPage(position=start if position is None else position, limit=limit)


_MISSING: Any = object()


def _at(body: object, path: Path) -> Any:
    """The value at ``path`` in a JSON body, or ``_MISSING``."""
    value = body
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return _MISSING
        value = value[key]
    return value


def _text(value: object) -> str | None:
    """A cursor or URL as text: a non-empty string, or an integer (not a boolean)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


_LINK_VALUE = re.compile(
    r'<([^>]*)>((?:\s*;\s*[^;,="\s]+(?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^;,"\s]*))?)*)'
)
_LINK_PARAM = re.compile(r';\s*([^;,="\s]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^;,"\s]*))?')


def link_target(headers: httpx.Headers, rel: str) -> str | None:
    """The target of the first ``Link`` header entry whose ``rel`` includes ``rel`` (RFC 8288:
    relation types are space-separated and case-insensitive; entries may span several headers)."""
    wanted = rel.lower()
    for header in headers.get_list("link"):
        for match in _LINK_VALUE.finditer(header):
            for name, raw in _LINK_PARAM.findall(match.group(2)):
                value = raw[1:-1].replace('\\"', '"') if raw.startswith('"') else raw
                if name.lower() == "rel" and wanted in value.lower().split():
                    return match.group(1).strip() or None
    return None


def origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in."""
    parsed = httpx.URL(url)
    scheme = parsed.scheme.lower()
    port = parsed.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, parsed.host.lower(), port


def _follow(
    target: str, response: httpx.Response, origins: tuple[tuple[str, str, int | None], ...]
) -> str:
    """The absolute next-page URL, refused unless it is on one of ``origins``."""
    try:
        url = response.request.url.join(target)
        allowed = origin(url) in origins
    except (httpx.InvalidURL, ValueError, TypeError):
        allowed, url = False, httpx.URL()
    if not allowed or url.scheme.lower() not in ("http", "https"):
        shown = target[:120]
        raise PaginationError(
            f"The next-page URL {shown!r} is not on the API's origin; it is not followed (the "
            "request would carry the credentials elsewhere)."
        )
    return str(url)


def _repeat(key: str, state: NextPage) -> None:
    if key in state.followed:
        raise PaginationError(
            f"The server returned the next cursor {key[:64]!r} twice; stopping the iteration "
            "instead of paging forever."
        )


def _invalid(http: httpx.Response, message: str) -> APIResponseValidationError:
    return APIResponseValidationError(response=http, body=response_text(http), message=message)


def read_page(
    paging: Paging,
    response: APIResponse[Any],
    item: Any,
    state: NextPage,
    *,
    strict: bool,
    origins: tuple[tuple[str, str, int | None], ...],
) -> tuple[list[Any], NextPage | None]:
    """The items of one page (validated as ``item``) and the request for the next page, None
    when a stop rule ends the iteration. A body without the items (or not of the rule's shape)
    raises ``APIResponseValidationError``, as any other response would."""
    body = response.parse()
    http = response.http_response
    raw = _at(body, paging.items)
    if raw is _MISSING:
        raise _invalid(http, f"Response body has no {'.'.join(paging.items)!r} member.")
    items: list[Any] = validate_response_data(http, raw or [], list[item], strict=strict)
    count = len(items)
    done = (
        (paging.has_more is not None and _at(body, paging.has_more) is not True)
        or (paging.total is not None and _reached(_at(body, paging.total), state, count, paging))
        or (paging.short_page and state.limit is not None and count < state.limit)
    )
    if done:
        return items, None
    try:
        return items, _following(paging, body, raw, http, state, count, origins)
    except PaginationError as exc:
        return items, NextPage(refused=exc)


def _following(
    paging: Paging,
    body: object,
    raw: object,
    http: httpx.Response,
    state: NextPage,
    count: int,
    origins: tuple[tuple[str, str, int | None], ...],
) -> NextPage | None:
    """The request for the page after one with ``count`` items (stop rules already applied)."""
    seen = state.seen_items + count
    limit = state.limit if state.limit is not None else (count or None)
    if paging.cursor_param is not None:
        cursor = _text(
            http.headers.get(paging.next_cursor_header)
            if paging.next_cursor_header
            else _at(body, paging.next_cursor or ())
        )
        if cursor is None:
            return None
        _repeat(cursor, state)
        query = {paging.cursor_param: cursor}
        followed = state.followed | {cursor}
        return NextPage(query, cursor=cursor, limit=limit, seen_items=seen, followed=followed)
    if paging.next_url is not None or paging.next_url_header or paging.next_link:
        target = _text(
            link_target(http.headers, paging.next_link)
            if paging.next_link
            else http.headers.get(paging.next_url_header)
            if paging.next_url_header
            else _at(body, paging.next_url or ())
        )
        if target is None:
            return None
        url = _follow(target, http, origins)
        _repeat(url, state)
        followed = state.followed | {url}
        return NextPage(url=url, cursor=url, limit=limit, seen_items=seen, followed=followed)
    # offsets and page numbers: an empty page ends; the same page twice is a server ignoring us
    if count == 0:
        return None
    if state.previous is not None and raw == state.previous:
        raise PaginationError(
            "The server returned the same page twice; stopping the iteration instead of paging "
            "forever."
        )
    param, position = (
        (paging.offset_param, state.position + count)
        if paging.offset_param
        else (paging.page_param, state.position + 1)
    )
    assert param is not None  # the rule has exactly one way forward (checked at generation)
    query = {param: str(position)}
    return NextPage(query, position=position, limit=limit, seen_items=seen, previous=raw)


def _reached(total: object, state: NextPage, count: int, paging: Paging) -> bool:
    """Whether the total item count is reached: by the offset after this page, else by the items
    received in this iteration. A total that is not an integer stops nothing."""
    number = None if isinstance(total, str) else _number(total)
    if number is None:
        return False
    end = state.position + count if paging.offset_param else state.seen_items + count
    return end >= number

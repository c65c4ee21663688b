"""The paging runtime in place (``templates/runtime/_paging.py``, ``_pagination.py``): Link header
parsing, origins, stop rules and the loop guards, over ``httpx.MockTransport``; the generated
clients' tests (tests/functional/test_paging_shapes.py) cover the real wire."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pydantic import BaseModel
from runtime._pagination import get_page
from runtime._paging import PaginationError, Paging, link_target, origin
from runtime_testkit import GET_VIDEO, mock_client

LIST = GET_VIDEO.replace(path="/v1/items", operation_id="list_items")


class Item(BaseModel):
    id: str


def _serve(
    pages: dict[str, tuple[Any, dict[str, str]]],
) -> tuple[Callable[[httpx.Request], httpx.Response], list[str]]:
    """A handler answering the exact URLs of ``pages``; the URLs asked for, in order."""
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        body, headers = pages.get(str(request.url), ({"missing": str(request.url)}, {}))
        return httpx.Response(200 if str(request.url) in pages else 404, json=body, headers=headers)

    return handler, asked


def _ids(*names: str) -> list[dict[str, str]]:
    return [{"id": n} for n in names]


@pytest.mark.parametrize(
    ("header", "rel", "expected"),
    [
        ('<https://a.test/x?page=2>; rel="next"', "next", "https://a.test/x?page=2"),
        (
            '<https://a.test/1>; rel="prev", <https://a.test/3>; rel="next"',
            "next",
            "https://a.test/3",
        ),
        ('<https://a.test/3>; rel="next last"', "last", "https://a.test/3"),
        ("<https://a.test/3>; REL=NEXT", "next", "https://a.test/3"),
        ('<https://a.test/3>; title="a, b; rel=next"; rel="prev"', "next", None),
        ('<https://a.test/a,b>; rel="next"', "next", "https://a.test/a,b"),
        ('<https://a.test/3>; rel="nextish"', "next", None),
        ("garbage", "next", None),
        ("", "next", None),
    ],
)
def test_link_header_entries_are_read_as_rfc_8288_says(
    header: str, rel: str, expected: str | None
) -> None:
    assert link_target(httpx.Headers({"Link": header}), rel) == expected


def test_link_entries_may_span_several_headers() -> None:
    headers = httpx.Headers(
        [("Link", '<https://a.test/1>; rel="prev"'), ("Link", '</2>; rel="next"')]
    )
    assert link_target(headers, "next") == "/2"


def test_origins_fill_in_the_default_port() -> None:
    assert origin("https://API.test/v1") == origin("https://api.test:443/other")
    assert origin("http://api.test") != origin("https://api.test")
    assert origin("http://api.test:8080") != origin("http://api.test")


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.test/v1/items?page=2",
        "http://api.test/v1/items?page=2",  # https -> http is another origin
        "https://api.test:8443/v1/items?page=2",
        "//evil.test/v1/items",
        "ftp://api.test/v1/items",
    ],
)
def test_a_next_url_off_the_origin_is_refused_before_it_is_sent(target: str) -> None:
    handler, asked = _serve(
        {"https://api.test/v1/items": (_ids("a"), {"Link": f'<{target}>; rel="next"'})}
    )
    page = get_page(mock_client(handler), LIST, Paging(next_link="next"), Item)
    assert [i.id for i in page.data] == ["a"]  # this page is fine; following it is not
    with pytest.raises(PaginationError, match="not on the API's origin"):
        page.next_page()
    with pytest.raises(PaginationError, match="not on the API's origin"):
        list(page)
    assert asked == ["https://api.test/v1/items"]


def test_the_operations_own_server_is_an_allowed_origin() -> None:
    own = LIST.replace(base_url="https://uploads.test")
    handler, asked = _serve(
        {
            "https://uploads.test/v1/items": (
                _ids("a"),
                {"X-Next": "https://uploads.test/v1/items?p=2"},
            ),
            "https://uploads.test/v1/items?p=2": (_ids("b"), {}),
        }
    )
    page = get_page(mock_client(handler), own, Paging(next_url_header="X-Next"), Item)
    assert [i.id for i in page] == ["a", "b"]
    assert asked == ["https://uploads.test/v1/items", "https://uploads.test/v1/items?p=2"]


def test_a_next_url_drops_the_first_calls_query_and_extra_query() -> None:
    handler, asked = _serve(
        {
            "https://api.test/v1/items?q=x&extra=1": (
                _ids("a"),
                {"Link": '</v1/items?after=a>; rel="next"'},
            ),
            "https://api.test/v1/items?after=a": (_ids("b"), {}),
        }
    )
    page = get_page(
        mock_client(handler),
        LIST,
        Paging(next_link="next"),
        Item,
        query={"q": "x"},
        options={"extra_query": {"extra": "1"}},
    )
    assert [i.id for i in page] == ["a", "b"]
    assert asked[1] == "https://api.test/v1/items?after=a"


@pytest.mark.parametrize(
    ("paging", "bodies", "requests"),
    [
        # has_more must be a JSON true at its path
        (
            Paging(items=("d",), cursor_param="c", next_cursor=("n",), has_more=("m", "more")),
            [{"d": _ids("a"), "n": "x", "m": {"more": "true"}}],
            1,
        ),
        # a total that is not an integer stops nothing; the empty page does (offsets)
        (
            Paging(items=("d",), offset_param="o", total=("t",)),
            [{"d": _ids("a"), "t": "2"}, {"d": _ids("b"), "t": None}, {"d": []}],
            3,
        ),
        # a total of items reached on a full page: no further request
        (
            Paging(items=("d",), page_param="p", total=("t",)),
            [{"d": _ids("a", "b"), "t": 2}],
            1,
        ),
        # short page: the first page's size stands for the limit the caller did not send
        (
            Paging(items=("d",), page_param="p", limit_param="n", short_page=True),
            [{"d": _ids("a", "b")}, {"d": _ids("c")}],
            2,
        ),
        # a null items member is an empty page
        (Paging(items=("d",), page_param="p"), [{"d": None}], 1),
    ],
)
def test_stop_rules(paging: Paging, bodies: list[Any], requests: int) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(200, json=bodies[len(calls) - 1])

    list(get_page(mock_client(handler), LIST, paging, Item))
    assert len(calls) == requests


def test_page_numbers_count_from_first_page_and_the_callers_page() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.query.decode())
        return httpx.Response(200, json={"d": _ids(str(len(calls))) if len(calls) < 3 else []})

    paging = Paging(items=("d",), page_param="page", first_page=0)
    list(get_page(mock_client(handler), LIST, paging, Item))
    assert calls == ["", "page=1", "page=2"]
    calls.clear()
    list(get_page(mock_client(handler), LIST, paging, Item, query={"page": 5}))
    assert calls == ["page=5", "page=6", "page=7"]


def test_a_server_ignoring_the_offset_is_caught() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"d": _ids("same")})

    page = get_page(mock_client(handler), LIST, Paging(items=("d",), offset_param="o"), Item)
    with pytest.raises(PaginationError, match="same page twice"):
        list(page)


def test_integer_cursors_are_sent_as_text_and_booleans_are_no_cursor() -> None:
    bodies = [{"d": _ids("a"), "n": 7}, {"d": _ids("b"), "n": True}]
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.query.decode())
        return httpx.Response(200, json=bodies[len(calls) - 1])

    paging = Paging(items=("d",), cursor_param="c", next_cursor=("n",))
    assert [i.id for i in get_page(mock_client(handler), LIST, paging, Item)] == ["a", "b"]
    assert calls == ["", "c=7"]


def test_a_body_without_the_items_path_is_a_validation_error() -> None:
    from runtime._exceptions import APIResponseValidationError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"rows": []}})

    paging = Paging(items=("data", "items"), page_param="p")
    with pytest.raises(APIResponseValidationError, match=r"no 'data\.items' member"):
        get_page(mock_client(handler), LIST, paging, Item)

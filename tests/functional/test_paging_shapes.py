"""Paging of every common shape (issue 13 item 3), configured in an overrides file: a spec with one
list operation per shape (tests/functional/paging_fixtures.py) is generated, imported,
type-checked with ``mypy --strict`` and iterated, sync and async, against a real server on
127.0.0.1 that answers only the exact request targets of its pages. Each case asserts the items,
their type, every request target (path and query string) and that nothing more was asked for.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.output.write import write
from codegen.pipeline import generate
from tests.functional.paging_fixtures import OVERRIDES, SPEC, Page, PageServer, ids

PACKAGE = "paging_shapes"


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with PageServer().running() as running:
        yield running


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, server: PageServer) -> tuple[Any, Path]:
    tmp = tmp_path_factory.mktemp("paging")
    spec = {**SPEC, "servers": [{"url": server.url}]}
    (tmp / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    (tmp / "overrides.toml").write_text(OVERRIDES, encoding="utf-8")
    result = generate(tmp / "spec.json", package=PACKAGE, overrides_path=tmp / "overrides.toml")
    write(result.files, tmp / "out")
    sys.path.insert(0, str(tmp / "out"))
    yield importlib.import_module(PACKAGE), tmp / "out"
    sys.path.remove(str(tmp / "out"))
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]


@dataclass
class Case:
    name: str
    resource: str
    kwargs: dict[str, Any]
    pages: dict[str, Page]
    items: list[str]  # the ids every item of every page, in order
    targets: list[str]  # every request, in order: nothing more
    model: str
    sizes: list[int] = field(default_factory=list)  # items per page


def _cursor_body(items: list[dict[str, str]], following: str | None) -> dict[str, Any]:
    return {"data": items, "meta": {"cursors": {"previous": None, "next": following}}}


def _link(*entries: tuple[str, str]) -> dict[str, str]:
    return {"Link": ", ".join(f'<{{origin}}{url}>; rel="{rel}"' for url, rel in entries)}


CASES = [
    Case(
        "body cursor at meta.cursors.next (the default rule)",
        "contacts",
        {"limit": 2},
        {
            "/contacts?limit=2": Page(_cursor_body(ids("c", 1, 2), "n2")),
            "/contacts?limit=2&cursor=n2": Page(_cursor_body(ids("c", 3, 4), "n3")),
            "/contacts?limit=2&cursor=n3": Page(_cursor_body(ids("c", 5), None)),
        },
        ["c1", "c2", "c3", "c4", "c5"],
        ["/contacts?limit=2", "/contacts?limit=2&cursor=n2", "/contacts?limit=2&cursor=n3"],
        "Contact",
        [2, 2, 1],
    ),
    Case(
        "Link header rel=next, followed as given",
        "repos",
        {"per_page": 2},
        {
            "/repos?per_page=2": Page(
                ids("r", 1, 2), _link(("/repos?per_page=2&page=2", "next"), ("/x", "last"))
            ),
            "/repos?per_page=2&page=2": Page(
                ids("r", 3, 4),
                _link(("/repos?per_page=2&page=1", "prev"), ("/repos?per_page=2&page=3", "next")),
            ),
            "/repos?per_page=2&page=3": Page(
                ids("r", 5), _link(("/repos?per_page=2&page=2", "prev"), ("/x", "first"))
            ),
        },
        ["r1", "r2", "r3", "r4", "r5"],
        ["/repos?per_page=2", "/repos?per_page=2&page=2", "/repos?per_page=2&page=3"],
        "Repo",
        [2, 2, 1],
    ),
    Case(
        "cursor in a response header",
        "events",
        {},
        {
            "/events": Page({"items": ids("e", 1, 2)}, {"X-Next-Cursor": "c+2"}),
            "/events?after=c%2B2": Page({"items": ids("e", 3)}),
        },
        ["e1", "e2", "e3"],
        ["/events", "/events?after=c%2B2"],
        "Event",
        [2, 1],
    ),
    Case(
        "offset/limit, a short page ends",
        "logs",
        {"limit": 2},
        {
            "/logs?limit=2": Page({"results": ids("l", 1, 2)}),
            "/logs?limit=2&offset=2": Page({"results": ids("l", 3, 4)}),
            "/logs?limit=2&offset=4": Page({"results": ids("l", 5)}),
        },
        ["l1", "l2", "l3", "l4", "l5"],
        ["/logs?limit=2", "/logs?limit=2&offset=2", "/logs?limit=2&offset=4"],
        "Log",
        [2, 2, 1],
    ),
    Case(
        "offset from the caller's own, an empty page ends",
        "audits",
        {"skip": 10},
        {
            "/audits?skip=10": Page({"entries": ids("a", 1, 2)}),
            "/audits?skip=12": Page({"entries": ids("a", 3)}),
            "/audits?skip=13": Page({"entries": []}),
        },
        ["a1", "a2", "a3"],
        ["/audits?skip=10", "/audits?skip=12", "/audits?skip=13"],
        "Audit",
        [2, 1, 0],
    ),
    Case(
        "page numbers, the total count ends (after a full page)",
        "orders",
        {"per_page": 2},
        {
            "/orders?per_page=2": Page({"orders": ids("o", 1, 2), "total_count": 4}),
            "/orders?per_page=2&page=2": Page({"orders": ids("o", 3, 4), "total_count": 4}),
        },
        ["o1", "o2", "o3", "o4"],
        ["/orders?per_page=2", "/orders?per_page=2&page=2"],
        "Order",
        [2, 2],
    ),
    Case(
        "has_more at page.has_more ends though a cursor is there",
        "tasks",
        {},
        {
            "/tasks": Page(
                {"data": {"items": ids("t", 1, 2)}, "page": {"has_more": True, "next": "p2"}}
            ),
            "/tasks?token=p2": Page(
                {"data": {"items": ids("t", 3)}, "page": {"has_more": False, "next": "p3"}}
            ),
        },
        ["t1", "t2", "t3"],
        ["/tasks", "/tasks?token=p2"],
        "Task",
        [2, 1],
    ),
    Case(
        "a relative next-page URL in a header, encoding kept",
        "files",
        {},
        {
            "/files": Page(
                {"files": ids("f", 1)}, {"X-Next-Page": "/files?page_token=ab%3D%3D&x=1"}
            ),
            "/files?page_token=ab%3D%3D&x=1": Page({"files": ids("f", 2)}),
        },
        ["f1", "f2"],
        ["/files", "/files?page_token=ab%3D%3D&x=1"],
        "File",
        [1, 1],
    ),
]


def _run(pkg: Any, server: PageServer, case: Case, mode: str) -> tuple[list[Any], list[int]]:
    """Every item (``for``/``async for``) and, from a second iteration, every page's size."""
    server.pages = case.pages
    options = {"api_key": "secret", "base_url": server.url, "max_retries": 0}
    headers = {"X-Trace": "t1"}
    if mode == "sync":
        client = pkg.Shapes(**options)
        method = getattr(client, case.resource).list
        items = list(method(**case.kwargs, extra_headers=headers))
        sizes = [len(p.data) for p in method(**case.kwargs, extra_headers=headers).iter_pages()]
        return items, sizes

    async def main() -> tuple[list[Any], list[int]]:
        client = pkg.AsyncShapes(**options)
        method = getattr(client, case.resource).list
        items = [item async for item in method(**case.kwargs, extra_headers=headers)]
        pages = method(**case.kwargs, extra_headers=headers).iter_pages()
        return items, [len(p.data) async for p in pages]

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_page_is_asked_for_exactly_and_iteration_ends_there(
    built: tuple[Any, Path], server: PageServer, case: Case, mode: str
) -> None:
    pkg = built[0]
    server.seen.clear()
    items, sizes = _run(pkg, server, case, mode)
    assert [i.id for i in items] == case.items
    assert all(type(i) is getattr(pkg.models, case.model) for i in items)
    assert server.targets() == case.targets * 2  # the items, then the pages: nothing else
    assert sizes == case.sizes
    for seen in server.seen:  # credentials and the caller's headers on every page
        assert seen.headers["x-api-key"] == "secret"
        assert seen.headers["x-trace"] == "t1"


def test_a_page_is_one_request_until_iterated(built: tuple[Any, Path], server: PageServer) -> None:
    pkg = built[0]
    server.pages, server.seen = CASES[0].pages, []
    page = pkg.Shapes(api_key="secret", base_url=server.url).contacts.list(limit=2)
    assert [c.id for c in page.data] == ["c1", "c2"]
    assert page.has_next_page()
    assert page.next_cursor == "n2"
    assert server.targets() == ["/contacts?limit=2"]
    second = page.next_page()
    assert [c.id for c in second.data] == ["c3", "c4"]
    assert server.targets() == ["/contacts?limit=2", "/contacts?limit=2&cursor=n2"]


def test_the_default_rule_leaves_other_operations_alone(built: tuple[Any, Path]) -> None:
    api = (built[1] / PACKAGE / "api.md").read_text(encoding="utf-8")
    assert "def retrieve(id: str) -> Contact" in api or "-> Contact\n" in api
    assert api.count("Pages: ") == 8
    assert "cursor in `cursor` from `meta.cursors.next`, items at `data` (the default rule)" in api


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_next_page_url_on_another_origin_is_refused(
    built: tuple[Any, Path], server: PageServer, mode: str
) -> None:
    pkg = built[0]
    with PageServer().running() as elsewhere:
        elsewhere.pages = {"/repos?page=2": Page(ids("x", 1))}
        link = {"Link": f'<{elsewhere.url}/repos?page=2>; rel="next"'}
        server.pages = {"/repos?per_page=1": Page(ids("r", 1), link)}
        server.seen.clear()
        options = {"api_key": "secret", "base_url": server.url}

        async def drain() -> None:
            async for _ in pkg.AsyncShapes(**options).repos.list(per_page=1):
                pass

        def sync() -> None:
            list(pkg.Shapes(**options).repos.list(per_page=1))

        with pytest.raises(pkg.APIError, match="not on the API's origin") as info:
            sync() if mode == "sync" else asyncio.run(drain())
        assert type(info.value).__name__ == "PaginationError"
        assert elsewhere.seen == []  # nothing, credentials least of all, went there
        assert server.targets() == ["/repos?per_page=1"]


def test_a_link_that_comes_back_stops_the_iteration(
    built: tuple[Any, Path], server: PageServer
) -> None:
    pkg = built[0]
    again = _link_to("/repos?per_page=1&page=2")
    server.pages = {
        "/repos?per_page=1": Page(ids("r", 1), again),
        "/repos?per_page=1&page=2": Page(ids("r", 2), again),
    }
    with pytest.raises(pkg.APIError, match="twice"):
        list(pkg.Shapes(api_key="secret", base_url=server.url).repos.list(per_page=1))


def _link_to(url: str) -> dict[str, str]:
    return {"Link": f'<{{origin}}{url}>; rel="next"'}


def test_the_generated_package_is_mypy_strict_clean(built: tuple[Any, Path]) -> None:
    usage = built[1] / "paging_usage.py"
    usage.write_text(
        "from typing import assert_type\n\n"
        "from paging_shapes import AsyncShapes, Shapes\n"
        "from paging_shapes._pagination import AsyncPager, SyncPage\n"
        "from paging_shapes.models import Contact, Event, Repo\n\n\n"
        "def names(client: Shapes) -> list[str]:\n"
        "    assert_type(client.repos.list(per_page=2), SyncPage[Repo])\n"
        "    found: list[Contact] = list(client.contacts.list(limit=2))\n"
        "    return [c.id for c in found] + [p.data[0].id for p in client.repos.list().iter_pages()]\n\n\n"
        "async def names_async(client: AsyncShapes) -> list[str]:\n"
        "    assert_type(client.events.list(), AsyncPager[Event])\n"
        "    first = await client.logs.list(limit=2)\n"
        "    pages = [len(p.data) async for p in client.orders.list().iter_pages()]\n"
        "    return [e.id async for e in client.events.list()] + [first.data[0].id] + [str(pages)]\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", PACKAGE, usage.name],
        cwd=built[1],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def _generate_with(tmp_path: Path, overrides: str) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    (tmp_path / "overrides.toml").write_text(overrides, encoding="utf-8")
    generate(tmp_path / "spec.json", package=PACKAGE, overrides_path=tmp_path / "overrides.toml")


_OP = '[operations."GET /logs"]\nreason = "testing a bad rule"\n'
BAD = [
    (
        '[paging]\nreason = "no way on"\nitems = "data"\ncursor_param = "cursor"\n',
        "no way to the next page",
        "#/paging",
    ),
    ('[paging]\nitems = "data"\nnext_link = "next"\n', "Field required", "#/paging/reason"),
    (
        _OP + 'paging = { items = "results", offset_param = "offset", short_page = true }',
        "`short_page` needs `limit_param`",
        "#/operations/GET ~1logs/paging/short_page",
    ),
    (
        _OP + 'paging = { items = "results", offset_param = "start" }',
        "`start` is no query parameter of the operation",
        "#/operations/GET ~1logs/paging/offset_param",
    ),
    (
        _OP + 'paging = { items = "data.rows", offset_param = "offset" }',
        "the response has no array at `data.rows`",
        "#/operations/GET ~1logs/paging/items",
    ),
    (
        _OP + 'paging = { items = "results", next_link = "next", offset_param = "offset" }',
        "`next_link` and `offset_param` are two ways to the next page",
        "#/operations/GET ~1logs/paging/offset_param",
    ),
    (
        _OP + 'paging = { items = "results", next_cursor = "next" }',
        "`next_cursor` needs `cursor_param`",
        "#/operations/GET ~1logs/paging/next_cursor",
    ),
    (
        _OP + 'paging = { items = "results", cursor = "next" }',
        "Extra inputs are not permitted",
        "#/operations/GET ~1logs/paging/cursor",
    ),
    (_OP + "paging = true", "Input should be", "#/operations/GET ~1logs/paging"),
]


@pytest.mark.parametrize(
    ("overrides", "message", "where"), BAD, ids=[b[2] + " " + b[1] for b in BAD]
)
def test_a_bad_rule_is_an_error_naming_its_key(
    tmp_path: Path, overrides: str, message: str, where: str
) -> None:
    with pytest.raises(CodegenError) as info:
        _generate_with(tmp_path, overrides)
    text = str(info.value)
    assert message in text
    assert f"overrides.toml{where}\n" in text + "\n"

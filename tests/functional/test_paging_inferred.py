"""Paging inferred from the spec (codegen/build/paging_infer.py), only where it is unambiguous:
Apideck CRM, with no overrides file, pages its lists through ``meta.cursors.next`` against a real
server on 127.0.0.1; small inline specs show what is inferred, what is not, and that an override
(``paging = false``, ``[paging] infer = false``) switches it off.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import generate
from tests.conftest import shared_spec
from tests.functional.paging_fixtures import Page, PageServer

INFERRED = "(inferred from the spec)"


@pytest.fixture(scope="module")
def crm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    tmp = tmp_path_factory.mktemp("crm")
    result = generate(shared_spec("corpus/apideck-crm.yml"), package="crm_paged")
    write(result.files, tmp / "out")
    sys.path.insert(0, str(tmp / "out"))
    yield importlib.import_module("crm_paged"), result.files["crm_paged/api.md"]
    sys.path.remove(str(tmp / "out"))
    for name in [m for m in sys.modules if m.split(".")[0] == "crm_paged"]:
        del sys.modules[name]


def test_apideck_lists_are_inferred_to_page_through_meta_cursors_next(crm: tuple[Any, str]) -> None:
    api = crm[1]
    lines = {line for line in api.splitlines() if line.startswith("Pages: ")}
    rule = "Pages: cursor in `cursor` from `meta.cursors.next`, items at `data` " + INFERRED + "."
    assert lines == {rule}
    assert api.count(rule) == api.count("-> SyncPage[") >= 12
    assert "### `client.crm.contacts.list` — `GET /crm/contacts`\nList contacts\n" + rule in api


def _client(cls: Any, url: str) -> Any:
    """The client with its credentials, whichever way the generator asks for them (all three
    schemes together, or one of them)."""
    try:
        return cls(api_key="k", application_id="app", consumer_id="me", base_url=url)
    except Exception:
        return cls(api_key="k", base_url=url)


def _required(method: Any) -> dict[str, str]:
    return {
        name: "x"
        for name, p in inspect.signature(method).parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }


def _page(ids: list[str], following: str | None) -> dict[str, Any]:
    return {
        "status_code": 200,
        "status": "OK",
        "service": "hubspot",
        "resource": "contacts",
        "operation": "all",
        "data": [{"id": i, "name": f"Contact {i}"} for i in ids],
        "meta": {
            "items_on_page": len(ids),
            "cursors": {"previous": None, "current": None, "next": following},
        },
        "links": {"previous": None, "current": "x", "next": "https://unify.apideck.com/elsewhere"},
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_crm_contacts_page_through_a_local_server(crm: tuple[Any, str], mode: str) -> None:
    pkg = crm[0]
    with PageServer().running() as server:
        server.pages = {
            "/crm/contacts?limit=2": Page(_page(["1", "2"], "em9vbTox")),
            "/crm/contacts?limit=2&cursor=em9vbTox": Page(_page(["3"], None)),
        }
        if mode == "sync":
            method = _client(pkg.CrmApi, server.url).crm.contacts.list
            ids = [c.id for c in method(limit=2, **_required(method))]
        else:

            async def main() -> list[str]:
                method = _client(pkg.AsyncCrmApi, server.url).crm.contacts.list
                return [c.id async for c in method(limit=2, **_required(method))]

            ids = asyncio.run(main())
    assert ids == ["1", "2", "3"]
    assert server.targets() == ["/crm/contacts?limit=2", "/crm/contacts?limit=2&cursor=em9vbTox"]


def _spec(props: dict[str, Any], params: list[str]) -> dict[str, Any]:
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    body = {"type": "object", "properties": {"items": {"type": "array", "items": item}, **props}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Infer", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {"name": n, "in": "query", "schema": {"type": "string"}} for n in params
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": body}},
                        }
                    },
                }
            }
        },
    }


def _pages_line(tmp_path: Path, spec: dict[str, Any], overrides: str | None = None) -> str:
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    path = None
    if overrides is not None:
        path = tmp_path / "overrides.toml"
        path.write_text(overrides, encoding="utf-8")
    api = generate(tmp_path / "spec.json", package="infer", overrides_path=path).files[
        "infer/api.md"
    ]
    return next((line for line in api.splitlines() if line.startswith("Pages: ")), "")


STRING = {"type": "string"}
CASES = [
    (
        {"next_page_token": STRING, "has_more": {"type": "boolean"}},
        ["page_token"],
        "Pages: cursor in `page_token` from `next_page_token`, items at `items`; also stops when "
        "`has_more` is not true " + INFERRED + ".",
    ),
    ({"nextCursor": {"type": "string", "nullable": True}}, ["cursor"], "from `nextCursor`"),
    # the parameter says "token" only in another case (the walk is skipped when none says so)
    ({"nextPageToken": STRING}, ["pageToken"], "from `nextPageToken`"),
    (
        {"paging": {"type": "object", "properties": {"next_token": STRING}}},
        ["token"],
        "from `paging.next_token`",
    ),
    ({"next_cursor": STRING}, ["after"], ""),  # the cursor goes back in no parameter it names
    ({"next": STRING}, ["next"], ""),  # `next` may be a URL, a page, a cursor
    ({"next_page": STRING}, ["page"], ""),  # a page number or a URL, not said to be a cursor
    ({"next_cursor": {"type": "string", "format": "uri"}}, ["cursor"], ""),
    ({"next_cursor": {"type": "integer"}}, ["cursor"], ""),
    (
        {"next_cursor": STRING, "meta": {"type": "object", "properties": {"next_cursor": STRING}}},
        ["cursor"],
        "",
    ),
    (
        {"next_cursor": STRING, "others": {"type": "array", "items": STRING}},
        ["cursor"],
        "",
    ),  # two arrays
]


@pytest.mark.parametrize(("props", "params", "expected"), CASES)
def test_only_an_unambiguous_shape_is_inferred(
    tmp_path: Path, props: dict[str, Any], params: list[str], expected: str
) -> None:
    line = _pages_line(tmp_path, _spec(props, params))
    if expected:
        assert expected in line
        assert line.endswith(INFERRED + ".")
    else:
        assert line == ""


@pytest.mark.parametrize(
    "overrides",
    [
        '[operations."GET /things"]\nreason = "it does not really page"\npaging = false\n',
        '[paging]\nreason = "we name every rule ourselves"\ninfer = false\n',
    ],
)
def test_an_override_switches_inference_off(tmp_path: Path, overrides: str) -> None:
    spec = _spec({"next_cursor": STRING}, ["cursor"])
    assert INFERRED in _pages_line(tmp_path, spec)
    assert _pages_line(tmp_path, spec, overrides) == ""


def test_the_corpus_report_counts_paged_and_inferred_list_operations(crm: tuple[Any, str]) -> None:
    from bench.corpus import Row, markdown, paging_report

    lists, paged = paging_report(crm[1])
    assert len(paged) == lists >= 12
    assert ("GET /crm/contacts", paged[0][1]) in paged
    row = Row("apideck-crm.yml", exit=0, list_ops=lists, paged=paged)
    text = markdown([row], 1.0, 1)
    assert f"| {lists}/{lists} ({lists}) |" in text
    assert "### apideck-crm.yml\n- cursor in `cursor` from `meta.cursors.next`" in text
    assert (
        f"- paged list operations: {lists} of {lists} GETs returning a list or a page, {lists} of them inferred"
        in text
    )

"""The spec, overrides and page server of the paging tests (test_paging_shapes.py).

One small spec has a list operation per paging shape; the overrides file gives the default rule
(Apideck's body cursor at ``meta.cursors.next``) and each other operation its own rule.
``PageServer`` is a real HTTP server on 127.0.0.1 that answers only the exact request targets
(path and query string, byte for byte) of its fixture pages, 404 otherwise, and records every
target and its headers.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def _obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def _list_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}


def _query(*names: str, integer: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    return [
        {"name": n, "in": "query", "schema": {"type": "integer" if n in integer else "string"}}
        for n in names
    ]


def _get(op_id: str, params: list[dict[str, Any]], schema: dict[str, Any]) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {
        "get": {
            "operationId": op_id,
            "parameters": params,
            "responses": {"200": {"description": "a page", "content": content}},
        }
    }


NULLABLE_STRING = {"type": "string", "nullable": True}
SCHEMAS = {
    name: {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    for name in ("Contact", "Repo", "Event", "Log", "Audit", "Order", "Task", "File")
}

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Shapes", "version": "1"},
    "servers": [{"url": "http://127.0.0.1:1"}],  # the test's server replaces it
    "security": [{"key": []}],
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
        "schemas": SCHEMAS,
    },
    "paths": {
        "/contacts": _get(
            "listContacts",
            _query("cursor", "limit", integer=("limit",)),
            _obj(
                data=_list_of("Contact"),
                meta=_obj(cursors=_obj(previous=NULLABLE_STRING, next=NULLABLE_STRING)),
            ),
        ),
        "/repos": _get(
            "listRepos", _query("per_page", "page", integer=("per_page", "page")), _list_of("Repo")
        ),
        "/events": _get("listEvents", _query("after"), _obj(items=_list_of("Event"))),
        "/logs": _get(
            "listLogs",
            _query("offset", "limit", integer=("offset", "limit")),
            _obj(results=_list_of("Log")),
        ),
        "/audits": _get(
            "listAudits", _query("skip", integer=("skip",)), _obj(entries=_list_of("Audit"))
        ),
        "/orders": _get(
            "listOrders",
            _query("page", "per_page", integer=("page", "per_page")),
            _obj(orders=_list_of("Order"), total_count={"type": "integer"}),
        ),
        "/tasks": _get(
            "listTasks",
            _query("token"),
            _obj(
                data=_obj(items=_list_of("Task")),
                page=_obj(has_more={"type": "boolean"}, next=NULLABLE_STRING),
            ),
        ),
        "/files": _get("listFiles", _query("page_token"), _obj(files=_list_of("File"))),
        # not a list: the default rule must leave it alone
        "/contacts/{id}": {
            "get": {
                "operationId": "getContact",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "one",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Contact"}}
                        },
                    }
                },
            }
        },
    },
}

OVERRIDES = """
[paging]
reason = "Apideck's shape: items in data, the next cursor at meta.cursors.next, sent back in cursor."
items = "data"
cursor_param = "cursor"
next_cursor = "meta.cursors.next"

[operations."GET /repos"]
reason = "GitHub's shape: the body is the array, the next page's URL is the Link header's rel=next."
paging = { next_link = "next" }

[operations."GET /events"]
reason = "The next cursor comes in a response header and goes back in `after`."
paging = { items = "items", cursor_param = "after", next_cursor_header = "X-Next-Cursor" }

[operations."GET /logs"]
reason = "Offsets; a page shorter than the limit is the last."
paging = { items = "results", offset_param = "offset", limit_param = "limit", short_page = true }

[operations."GET /audits"]
reason = "Offsets in `skip`; only an empty page says the end."
paging = { items = "entries", offset_param = "skip" }

[operations."GET /orders"]
reason = "Page numbers; total_count is the number of orders."
paging = { items = "orders", page_param = "page", total = "total_count" }

[operations."GET /tasks"]
reason = "Nested items, a cursor with a has_more flag beside it."
paging = { items = "data.items", cursor_param = "token", next_cursor = "page.next", has_more = "page.has_more" }

[operations."GET /files"]
reason = "The next page's URL (maybe relative) is in a header."
paging = { items = "files", next_url_header = "X-Next-Page" }
"""


@dataclass
class Page:
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    target: str  # the request target: path and query string as sent
    headers: dict[str, str]


class PageServer:
    """Serves ``pages`` (request target → page); ``{origin}`` in a header is this server's URL."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.seen: list[Seen] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                owner.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
                page = owner.pages.get(self.path)
                status, body = (200, page.body) if page else (404, {"missing": self.path})
                payload = json.dumps(body).encode()
                self.send_response(status)
                for key, value in (page.headers if page else {}).items():
                    self.send_header(key, value.replace("{origin}", owner.url))
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def targets(self) -> list[str]:
        return [s.target for s in self.seen]

    @contextmanager
    def running(self) -> Iterator[PageServer]:
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()


def ids(prefix: str, *numbers: int) -> list[dict[str, str]]:
    return [{"id": f"{prefix}{n}"} for n in numbers]

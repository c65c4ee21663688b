"""Wire constructs real specs use (issue 12 item 2), each generated from a small inline spec,
imported, type-checked with ``mypy --strict`` and called against real servers on 127.0.0.1:

- ``servers`` on an operation or a path item (absolute, and relative to the document's server),
  while ``base_url=`` still moves only the document-level server;
- ``application/x-www-form-urlencoded`` bodies with declared fields, an empty schema, a
  free-form object and a ``$ref``;
- parameters described by ``content`` (sent as the JSON text of the value);
- header parameters of non-string types in OpenAPI's ``simple`` style, cookies in ``form``;
- an OpenAPI 3.2 document: the QUERY method, ``in: querystring``, ``itemSchema`` (streamed)
  and ``additionalOperations`` (a warning with its pointer).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from codegen.output.write import write
from codegen.pipeline import Result, generate
from tests.support.fault_server import FaultServer, Reply

OK = {"ok": True}
_RESULT = {
    "200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ok"}}},
    }
}

WIRE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Wire", "version": "1"},
    "servers": [{"url": "http://127.0.0.1:1/v1"}],  # replaced by the test with the main server
    "paths": {
        "/items": {
            "get": {"operationId": "listItems", "responses": _RESULT},
        },
        "/uploads": {
            "servers": [{"url": "UPLOAD_SERVER"}],  # replaced: another host
            "post": {"operationId": "upload", "responses": _RESULT},
            "get": {
                "operationId": "uploadStatus",
                "servers": [{"url": "/status-api"}],  # relative: against the document's host
                "responses": _RESULT,
            },
        },
        "/forms/fields": {
            "post": {
                "operationId": "formFields",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "count": {"type": "integer"},
                                },
                            }
                        }
                    },
                },
                "responses": _RESULT,
            }
        },
        "/forms/empty": {
            "post": {
                "operationId": "formEmpty",
                "requestBody": {"content": {"application/x-www-form-urlencoded": {}}},
                "responses": _RESULT,
            }
        },
        "/forms/free": {
            "post": {
                "operationId": "formFree",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"type": "object", "additionalProperties": {"type": "string"}}
                        }
                    },
                },
                "responses": _RESULT,
            }
        },
        "/forms/ref": {
            "post": {
                "operationId": "formRef",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"$ref": "#/components/schemas/Login"}
                        }
                    },
                },
                "responses": _RESULT,
            }
        },
        "/search": {
            "get": {
                "operationId": "search",
                "parameters": [
                    {
                        "name": "filter",
                        "in": "query",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "tag": {"type": "string"},
                                        "max": {"type": "integer"},
                                    },
                                }
                            }
                        },
                    }
                ],
                "responses": _RESULT,
            }
        },
        "/headers": {
            "get": {
                "operationId": "headers",
                "parameters": [
                    {"name": "X-Count", "in": "header", "schema": {"type": "integer"}},
                    {"name": "X-Flag", "in": "header", "schema": {"type": "boolean"}},
                    {
                        "name": "X-Ids",
                        "in": "header",
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                    {
                        "name": "X-Obj",
                        "in": "header",
                        "schema": {"type": "object", "additionalProperties": {"type": "integer"}},
                    },
                    {
                        "name": "X-Exploded",
                        "in": "header",
                        "explode": True,
                        "schema": {"type": "object", "additionalProperties": {"type": "integer"}},
                    },
                    {
                        "name": "X-When",
                        "in": "header",
                        "schema": {"type": "string", "format": "date-time"},
                    },
                    {
                        "name": "tags",
                        "in": "cookie",
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                    {"name": "n", "in": "cookie", "schema": {"type": "integer"}},
                ],
                "responses": _RESULT,
            }
        },
    },
    "components": {
        "schemas": {
            "Ok": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
            "Login": {"type": "object", "additionalProperties": True},
        }
    },
}

V32: dict[str, Any] = {
    "openapi": "3.2.0",
    "info": {"title": "Three Two", "version": "1"},
    "servers": [{"url": "http://127.0.0.1:1"}],
    "paths": {
        "/reports": {
            "query": {
                "operationId": "queryReports",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"where": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": _RESULT,
            },
            "additionalOperations": {
                "COPY": {"operationId": "copyReports", "responses": _RESULT},
            },
        },
        "/find": {
            "get": {
                "operationId": "find",
                "parameters": [
                    {
                        "name": "criteria",
                        "in": "querystring",
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "color": {"type": "string"},
                                        "size": {"type": "integer"},
                                    },
                                }
                            }
                        },
                    },
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": _RESULT,
            }
        },
        "/raw": {
            "get": {
                "operationId": "raw",
                "parameters": [
                    {
                        "name": "q",
                        "in": "querystring",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                ],
                "responses": _RESULT,
            }
        },
        "/events": {
            "get": {
                "operationId": "events",
                "responses": {
                    "200": {
                        "description": "a stream",
                        "content": {
                            "application/jsonl": {"itemSchema": {"$ref": "#/components/schemas/Ok"}}
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {"Ok": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}
    },
}


def _build(tmp: Path, spec: dict[str, Any], package: str) -> tuple[Any, Result]:
    path = tmp / f"{package}.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    result = generate(path, package=package)
    write(result.files, tmp / package)
    sys.path.insert(0, str(tmp / package))
    return importlib.import_module(package), result


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[FaultServer, FaultServer]]:
    with (
        FaultServer(default=Reply(200, json=OK)) as main,
        FaultServer(default=Reply(200, json=OK)) as uploads,
    ):
        yield main, uploads


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, servers: tuple[FaultServer, FaultServer]
) -> dict[str, tuple[Any, Result, Path]]:
    main, uploads = servers
    tmp = tmp_path_factory.mktemp("wire")
    wire = json.loads(json.dumps(WIRE))
    wire["servers"] = [{"url": main.url + "/v1"}]
    wire["paths"]["/uploads"]["servers"] = [{"url": uploads.url + "/up"}]
    v32 = json.loads(json.dumps(V32))
    v32["servers"] = [{"url": main.url}]
    out = {}
    for spec, package in ((wire, "wire_pkg"), (v32, "v32_pkg")):
        module, result = _build(tmp, spec, package)
        out[package] = (module, result, tmp / package)
    return out


def _requests(server: FaultServer, before: int) -> list[Any]:
    return server.requests[before:]


@pytest.mark.parametrize("package", ["wire_pkg", "v32_pkg"])
def test_generated_package_is_mypy_strict_clean(
    built: dict[str, tuple[Any, Result, Path]], package: str
) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", package],
        cwd=built[package][2],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_operation_and_path_item_servers_win_over_the_document_server(
    built: dict[str, tuple[Any, Result, Path]], servers: tuple[FaultServer, FaultServer]
) -> None:
    main, uploads = servers
    client = built["wire_pkg"][0].Wire()
    m0, u0 = len(main.requests), len(uploads.requests)
    client.items.list()
    client.uploads.create()
    client.uploads.list()
    assert [(r.method, r.path) for r in _requests(uploads, u0)] == [("POST", "/up/uploads")]
    assert [(r.method, r.path) for r in _requests(main, m0)] == [
        ("GET", "/v1/items"),
        ("GET", "/status-api/uploads"),  # relative server resolved against the document's host
    ]


def test_base_url_moves_only_the_document_server(
    built: dict[str, tuple[Any, Result, Path]], servers: tuple[FaultServer, FaultServer]
) -> None:
    _main, uploads = servers
    u0 = len(uploads.requests)
    with FaultServer(default=Reply(200, json=OK)) as other:
        client = built["wire_pkg"][0].Wire(base_url=other.url + "/elsewhere")
        client.items.list()
        client.uploads.create()
        assert [r.path for r in other.requests] == ["/elsewhere/items"]
    assert [r.path for r in _requests(uploads, u0)] == ["/up/uploads"]


def test_form_bodies_are_urlencoded_whatever_their_schema(
    built: dict[str, tuple[Any, Result, Path]], servers: tuple[FaultServer, FaultServer]
) -> None:
    main, _ = servers
    client = built["wire_pkg"][0].Wire()
    m0 = len(main.requests)
    client.forms.fields.create(name="a b", count=3)
    client.forms.empty(body={"x": "1"})
    client.forms.free(body={"k": "v&w"})
    client.forms.ref(body={"user": "ann", "pin": "12"})
    sent = _requests(main, m0)
    assert [r.body for r in sent] == [
        b"name=a+b&count=3",
        b"x=1",
        b"k=v%26w",
        b"user=ann&pin=12",
    ]
    for r in sent:
        assert r.headers["content-type"] == "application/x-www-form-urlencoded"


def test_content_described_query_parameter_is_sent_as_json_text(
    built: dict[str, tuple[Any, Result, Path]], servers: tuple[FaultServer, FaultServer]
) -> None:
    main, _ = servers
    m0 = len(main.requests)
    built["wire_pkg"][0].Wire().search.get(filter_={"tag": "ä", "max": 2})
    (sent,) = _requests(main, m0)
    assert sent.query == {"filter": ['{"tag":"ä","max":2}']}


def test_non_string_headers_use_simple_style_and_cookies_form(
    built: dict[str, tuple[Any, Result, Path]], servers: tuple[FaultServer, FaultServer]
) -> None:
    main, _ = servers
    m0 = len(main.requests)
    built["wire_pkg"][0].Wire().headers.list(
        x_count=7,
        x_flag=False,
        x_ids=["a", "b"],
        x_obj={"r": 1, "g": 2},
        x_exploded={"r": 1, "g": 2},
        x_when=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        tags=["x", "y"],
        n=5,
    )
    (sent,) = _requests(main, m0)
    h = sent.headers
    assert (h["x-count"], h["x-flag"], h["x-ids"]) == ("7", "false", "a,b")
    assert (h["x-obj"], h["x-exploded"]) == ("r,1,g,2", "r=1,g=2")
    assert h["x-when"] == "2025-01-02T03:04:05+00:00"
    assert h["cookie"] == "tags=x; tags=y; n=5"  # cookie form explodes: a pair per item


def test_openapi_32_query_method_sends_its_body(
    built: dict[str, tuple[Any, Result, Path]], servers: tuple[FaultServer, FaultServer]
) -> None:
    main, _ = servers
    m0 = len(main.requests)
    built["v32_pkg"][0].ThreeTwo().reports.query(body={"where": "x > 1"})
    (sent,) = _requests(main, m0)
    assert (sent.method, sent.path, sent.json) == ("QUERY", "/reports", {"where": "x > 1"})


def test_openapi_32_querystring_parameter_is_the_whole_query(
    built: dict[str, tuple[Any, Result, Path]], servers: tuple[FaultServer, FaultServer]
) -> None:
    main, _ = servers
    m0 = len(main.requests)
    built["v32_pkg"][0].ThreeTwo().find.get(criteria={"color": "red", "size": 3}, limit=2)
    (sent,) = _requests(main, m0)
    assert sent.query == parse_qs("color=red&size=3&limit=2")


def test_openapi_32_unsupported_constructs_are_warnings_with_pointers(
    built: dict[str, tuple[Any, Result, Path]],
) -> None:
    warnings = {w.pointer: w for w in built["v32_pkg"][1].diagnostics.warnings}
    copy = warnings["#/paths/~1reports/additionalOperations/COPY"]
    assert "not generated" in copy.message
    # JSON Lines with an itemSchema are read item by item now (tests/functional/test_streams.py)
    assert "#/paths/~1events/get/responses/200/content/application~1jsonl" not in warnings
    raw = warnings["#/paths/~1raw/get/parameters/0/content"]
    assert "'application/json' is not supported" in raw.message

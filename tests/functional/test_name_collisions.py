"""Issue 12: names that collide are resolved (never fatal) and both wire names are still sent.

Generates an inline spec whose operation has a path ``id``, a query ``id``, a query and a header
``timeout`` and a body with ``id``, ``user_id``, ``userId``, ``user-id``, ``café``/``cafe``…, calls a
real server on 127.0.0.1 and checks the request; the petstore of the shared corpus generates."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.fault_server import FaultServer, Reply

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "specs" / "corpus"
PROPS = ["id", "user_id", "userId", "user-id", "café", "cafe", "ﬁ", "fi", "", "  ",
         "StartTime", "StartTime<", "StartTime>", "extra_body", "self"]  # fmt: skip
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Clash", "version": "1"},
    "servers": [{"url": "http://127.0.0.1"}],
    "paths": {
        "/u/{id}": {
            "put": {
                "operationId": "putU",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "id", "in": "query", "schema": {"type": "string"}},
                    {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    {"name": "timeout", "in": "header", "schema": {"type": "integer"}},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "properties": {p: {"type": "string"} for p in PROPS}}
        }
    },
}


def _generate(spec: Path, out: Path, package: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--spec", str(spec), "--out", str(out),
         "--package", package],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def clash(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp("clash")
    (tmp / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    done = _generate(tmp / "spec.json", tmp / "out", "clash_sdk")
    assert done.returncode == 0, done.stderr
    assert '[operations."PUT /u/{id}".params] "path.id"' in done.stderr
    sys.path.insert(0, str(tmp / "out"))
    try:
        yield importlib.import_module("clash_sdk")
    finally:
        sys.path.remove(str(tmp / "out"))


def test_both_wire_names_are_sent(clash: Any) -> None:
    body = {p: f"v{i}" for i, p in enumerate(PROPS)}
    with FaultServer() as server:
        server.script(Reply(200, json=body))
        client = clash.Clash(base_url=server.url, max_retries=0)
        got = client.u.put(
            id_path="p1", id_query="q1", timeout_=5, timeout_header=7, id_="b1", user_id="a",
            userId="b", user_dash_id="c", caf_e_acute="d", cafe="e", ligature_fi="f", fi="g",
            start_time="h", start_time_lt="i", start_time_gt="j", extra_body_="k", self_="l",
        )  # fmt: skip
        [request] = server.requests
    assert request.path.split("?")[0] == "/u/p1"
    assert request.query == {"id": ["q1"], "timeout": ["5"]}
    assert request.headers["timeout"] == "7"
    assert request.json == {
        "id": "b1", "user_id": "a", "userId": "b", "user-id": "c", "café": "d", "cafe": "e",
        "ﬁ": "f", "fi": "g", "StartTime": "h", "StartTime<": "i", "StartTime>": "j",
        "extra_body": "k", "self": "l",
    }  # fmt: skip
    # The response model round-trips every wire name, the colliding ones included.
    assert got.model_dump(by_alias=True, exclude_none=True) == body
    assert (got.user_dash_id, got.caf_e_acute, got.ligature_fi, got.cafe) == (
        "v3",
        "v4",
        "v6",
        "v5",
    )


def test_petstore_generates(tmp_path: Path) -> None:
    done = _generate(CORPUS / "oas-3.0-petstore.json", tmp_path / "out", "petstore")
    assert done.returncode == 0, done.stderr
    assert "'username_path'" in done.stderr
    source = (tmp_path / "out" / "petstore" / "resources" / "user.py").read_text(encoding="utf-8")
    assert "username_path: str," in source

"""Issue 12: names that collide are resolved (never fatal) and both wire names are still sent.

Generates an inline spec whose operation has a path ``id``, a query ``id``, a query and a header
``timeout`` and a body with ``id``, ``user_id``, ``userId``, ``user-id``, ``café``/``cafe``…, calls a
real server on 127.0.0.1 and checks the request; the petstore of the shared corpus generates."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pydantic
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
        got = client.u.update(
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


# Operations that want one method name and schemas whose names differ only in spelling (issue
# 12): each operation answers with its own schema, so a call proves both the method and the
# class went to the right place. Resources follow the path, so the clashes are of the path's
# verbs: `get` on an item, `list` on a collection (and an action segment spelled like a verb).
SCHEMAS = {"User": "string", "user": "integer", "USER": "boolean", "café": "string",
           "cafe": "string", "Foo-Bar": "string", "FooBar": "string"}  # fmt: skip
OPS = {"/users/{id}": ("getUser", "User"), "/users/{id}/{rev}": ("get_user", "user"),
       "/v2/users/{id}": ("GetUser", "USER"), "/users/{id}/{rev}/{n}": ("get_user_", "café"),
       "/things": ("listThings", "cafe"), "/v2/things": ("list_things", "Foo-Bar"),
       "/things/list": ("list-things", "FooBar")}  # fmt: skip


def _op(path: str, op_id: str, schema: str) -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    params = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in re.findall(r"{(\w+)}", path)
    ]
    return {
        "operationId": op_id,
        "responses": {"200": {"description": "ok", "content": content}},
        **({"parameters": params} if params else {}),
    }


SAME_NAMES: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Same", "version": "1"},
    "servers": [{"url": "http://127.0.0.1"}],
    "paths": {path: {"get": _op(path, *o)} for path, o in OPS.items()},
    "components": {
        "schemas": {
            name: {"type": "object", "required": ["v"], "properties": {"v": {"type": kind}}}
            for name, kind in SCHEMAS.items()
        }
    },
}


def test_same_names_generate_with_warnings_and_each_call_hits_its_own_path(
    tmp_path: Path,
) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(SAME_NAMES), encoding="utf-8")
    done = _generate(tmp_path / "spec.json", tmp_path / "out", "same_sdk")
    assert done.returncode == 0, done.stderr
    for override in ('[operations."GET /users/{id}/{rev}"] name = "..."',
                     '[operations."GET /users/{id}/{rev}/{n}"] name = "..."',
                     '[operations."GET /things/list"] name = "..."',
                     '[schemas."#/components/schemas/user"] name = "..."',
                     '[schemas."#/components/schemas/USER"] name = "..."',
                     '[schemas."#/components/schemas/café"] name = "..."',
                     '[schemas."#/components/schemas/Foo-Bar"] name = "..."'):  # fmt: skip
        assert override in done.stderr
    assert "#/paths/~1users~1{id}/get" in done.stderr
    assert "#/paths/~1users~1{id}~1{rev}/get" in done.stderr
    # A newer version is told apart by its version, which needs no warning.
    assert '[operations."GET /v2/users/{id}"]' not in done.stderr
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        sdk = importlib.import_module("same_sdk")
        models = importlib.import_module("same_sdk.models")
    finally:
        sys.path.remove(str(tmp_path / "out"))
    values = {"string": "s", "integer": 7, "boolean": True}
    with FaultServer() as server:
        client = sdk.Same(base_url=server.url, max_retries=0)
        calls = {
            "/users/1": (lambda: client.users.get("1"), "User"),  # the shortest path keeps it
            "/users/1/r": (lambda: client.users.get_by_rev("1", "r"), "user"),
            "/v2/users/1": (lambda: client.users.get_v2("1"), "USER"),
            "/users/1/r/2": (lambda: client.users.get_by_rev_by_n("1", "r", "2"), "café"),
            "/things": (client.things.list, "cafe"),
            "/v2/things": (client.things.list_v2, "Foo-Bar"),
            "/things/list": (client.things.list_list, "FooBar"),
        }
        classes = {"User": "User", "user": "UserLowerCase", "USER": "UserUpperCase",
                   "café": "CafEAcute", "cafe": "Cafe", "Foo-Bar": "FooDashBar",
                   "FooBar": "FooBar"}  # fmt: skip
        for path, (method, schema) in calls.items():
            server.script(Reply(200, json={"v": values[SCHEMAS[schema]]}))
            got = method()
            assert server.requests[-1].path == path
            assert type(got) is getattr(models, classes[schema])
            assert got.v == values[SCHEMAS[schema]]
    # Each schema has its own class, which parses (only) a payload of its own shape.
    for cls, ok, bad in [("User", "s", 1.5), ("UserLowerCase", 7, "x"), ("UserUpperCase", True, "x"),
                         ("CafEAcute", "s", 1), ("Cafe", "s", 1), ("FooDashBar", "s", 1),
                         ("FooBar", "s", 1)]:  # fmt: skip
        model = getattr(models, cls)
        assert model.model_validate({"v": ok}).v == ok
        with pytest.raises(pydantic.ValidationError):
            model.model_validate({"v": bad})


def test_fields_override_renames_model_fields_and_keeps_the_wire_names(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    (tmp_path / "overrides.toml").write_text(
        '[schemas."#/components/schemas/Thing"]\n'
        'reason = "readable names for the clashing fields"\n'
        'fields = { "user-id" = "uid", "café" = "cafe_accented" }\n',
        encoding="utf-8",
    )
    done = _generate(tmp_path / "spec.json", tmp_path / "out", "fields_sdk")
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        models = importlib.import_module("fields_sdk.models")
    finally:
        sys.path.remove(str(tmp_path / "out"))
    thing = models.Thing.model_validate({"user-id": "a", "café": "b", "user_id": "c"})
    assert (thing.uid, thing.cafe_accented, thing.user_id) == ("a", "b", "c")
    assert thing.model_dump(by_alias=True, exclude_none=True) == {
        "user-id": "a", "café": "b", "user_id": "c"}  # fmt: skip
    # A key that is no field of the schema is an error that lists the fields.
    (tmp_path / "overrides.toml").write_text(
        '[schemas."#/components/schemas/Thing"]\nreason = "typo"\nfields = { "usr" = "u" }\n',
        encoding="utf-8",
    )
    done = _generate(tmp_path / "spec.json", tmp_path / "out2", "fields_sdk")
    assert done.returncode == 1
    assert (
        "renames field 'usr' of #/components/schemas/Thing, which has no such field" in done.stderr
    )

"""Parameter styles on the wire (issue 13 item 1): for every style × explode × type (primitive,
array, object) of every location, a small inline spec, the generated client, and a real server on
127.0.0.1 that records the request line's raw target and the headers as sent.

The values are the specification's (``blue``, ``[blue, black, brown]``, ``{R: 100, G: 200, B:
150}``); the expected bytes are its style examples table (3.1.0 with the label and delimited-name
errata of 3.1.1), with the parameters' own names. Also: ``deepObject`` with a pydantic model (wire
aliases, unset and ``None`` fields left out) and with nested dicts, ``allowReserved``, a JSON
``content`` parameter, and the generated package under ``mypy --strict``; then the Apideck CRM
corpus spec: no warning about its parameters, and ``contacts.list(filter_={"name": "Elon"})``
sends ``filter[name]=Elon``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import Result, generate
from tests.conftest import shared_spec
from tests.support.fault_server import FaultServer, RecordedRequest, Reply

OK: dict[str, Any] = {"200": {"description": "ok"}}
PRIMITIVE: dict[str, Any] = {"type": "string"}
ARRAY: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
OBJECT: dict[str, Any] = {"type": "object", "additionalProperties": {"type": "integer"}}
BLUE, COLORS, RGB = "blue", ["blue", "black", "brown"], {"R": 100, "G": 200, "B": 150}


def _param(name: str, where: str, schema: dict[str, Any], **style: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "required": where == "path", "schema": schema, **style}


def _three(where: str, names: tuple[str, str, str], **style: Any) -> list[dict[str, Any]]:
    return [
        _param(n, where, s, **style) for n, s in zip(names, (PRIMITIVE, ARRAY, OBJECT), strict=True)
    ]


def _op(op_id: str, params: list[dict[str, Any]]) -> dict[str, Any]:
    return {"get": {"operationId": op_id, "parameters": params, "responses": OK}}


QUERY_STYLES = [
    ("form", True),
    ("form", False),
    ("spaceDelimited", False),
    ("pipeDelimited", False),
]
PATH_STYLES = [(s, e) for s in ("simple", "label", "matrix") for e in (True, False)]
EXPLODES = (True, False)


def _spec() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for style, explode in QUERY_STYLES:
        names = ("p", "a", "o") if style == "form" else ("a", "o")
        schemas = (PRIMITIVE, ARRAY, OBJECT) if style == "form" else (ARRAY, OBJECT)
        params = [
            _param(n, "query", s, style=style, explode=explode)
            for n, s in zip(names, schemas, strict=True)
        ]
        paths[f"/query-{style}-{str(explode).lower()}"] = _op(f"q_{style}_{explode}", params)
    for style, explode in PATH_STYLES:
        params = _three("path", ("p", "a", "o"), style=style, explode=explode)
        paths[f"/path-{style}-{str(explode).lower()}/{{p}}/{{a}}/{{o}}"] = _op(
            f"p_{style}_{explode}", params
        )
    for explode in EXPLODES:
        params = _three("header", ("X-P", "X-A", "X-O"), style="simple", explode=explode)
        paths[f"/header-{str(explode).lower()}"] = _op(f"h_{explode}", params)
        params = _three("cookie", ("cp", "ca", "co"), style="form", explode=explode)
        paths[f"/cookie-{str(explode).lower()}"] = _op(f"c_{explode}", params)
    paths["/defaults/{p}/{a}"] = _op(
        "defaults",
        [
            _param("p", "path", PRIMITIVE),
            _param("a", "path", ARRAY),
            _param("qa", "query", ARRAY),
            _param("qo", "query", OBJECT),
            _param("X-A", "header", ARRAY),
            _param("X-O", "header", OBJECT),
            _param("ca", "cookie", ARRAY),
            _param("flag", "query", {"type": "boolean"}),
        ],
    )
    paths["/deep"] = _op(
        "deep",
        [
            _param("filter", "query", {"$ref": "#/components/schemas/Filter"}, style="deepObject",
                   explode=True),
            _param("raw", "query", {"type": "object"}, style="deepObject", explode=True),
            _param("q", "query", PRIMITIVE, allowReserved=True),
            {"name": "json", "in": "query", "content": {"application/json": {"schema": OBJECT}}},
        ],
    )  # fmt: skip
    return {
        "openapi": "3.1.0",
        "info": {"title": "Styles", "version": "1"},
        "servers": [{"url": "http://127.0.0.1:1"}],
        "paths": paths,
        "components": {
            "schemas": {
                "Filter": {
                    "type": "object",
                    "properties": {
                        "first-name": {"type": "string"},
                        "last_name": {"type": ["string", "null"]},
                        "owner": {"type": "object", "properties": {"id": {"type": "string"}}},
                        "since": {"type": "string", "format": "date"},
                    },
                }
            }
        },
    }


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(default=Reply(204)) as s:
        yield s


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Result, Path]:
    tmp = tmp_path_factory.mktemp("styles")
    spec = tmp / "styles.json"
    spec.write_text(json.dumps(_spec()), encoding="utf-8")
    result = generate(spec, package="styles_pkg")
    write(result.files, tmp / "out")
    sys.path.insert(0, str(tmp / "out"))
    importlib.invalidate_caches()
    return importlib.import_module("styles_pkg"), result, tmp / "out"


@pytest.fixture
def client(built: tuple[Any, Result, Path], server: FaultServer) -> Any:
    return built[0].Styles(base_url=server.url)


def _sent(server: FaultServer, call: Any) -> RecordedRequest:
    before = len(server.requests)
    call()
    (request,) = server.requests[before:]
    return request


@pytest.fixture
def methods(built: tuple[Any, Result, Path], client: Any) -> dict[str, Any]:
    """``"GET /path"`` -> the bound method, read from the generated api.md (the names the
    generator chose: ``client.query_form_true.list`` ...)."""
    api_md = next((built[2] / "styles_pkg").glob("api.md")).read_text(encoding="utf-8")
    found: dict[str, Any] = {}
    for line in api_md.splitlines():
        if not line.startswith("### `client.") or "`GET /" not in line:
            continue  # ### `client.query_form_true.list` — `GET /query-form-true`
        dotted = line.split("client.", 1)[1].split("`", 1)[0]
        route = line.split("`GET ", 1)[1].split("`", 1)[0]
        target: Any = client
        for part in dotted.split("."):
            target = getattr(target, part)
        found[route] = target
    return found


QUERY_CASES = [
    ("form", True, "p=blue&a=blue&a=black&a=brown&R=100&G=200&B=150"),
    ("form", False, "p=blue&a=blue,black,brown&o=R,100,G,200,B,150"),
    ("spaceDelimited", False, "a=blue%20black%20brown&o=R%20100%20G%20200%20B%20150"),
    ("pipeDelimited", False, "a=blue|black|brown&o=R|100|G|200|B|150"),
]


@pytest.mark.parametrize(("style", "explode", "query"), QUERY_CASES)
def test_query_styles(
    methods: dict[str, Any], server: FaultServer, style: str, explode: bool, query: str
) -> None:
    method = methods[f"/query-{style}-{str(explode).lower()}"]
    args = {"a": COLORS, "o": RGB} | ({"p": BLUE} if style == "form" else {})
    sent = _sent(server, lambda: method(**args))
    assert sent.target == f"/query-{style}-{str(explode).lower()}?{query}"


PATH_CASES = [
    ("simple", False, "blue/blue,black,brown/R,100,G,200,B,150"),
    ("simple", True, "blue/blue,black,brown/R=100,G=200,B=150"),
    ("label", False, ".blue/.blue,black,brown/.R,100,G,200,B,150"),
    ("label", True, ".blue/.blue.black.brown/.R=100.G=200.B=150"),
    ("matrix", False, ";p=blue/;a=blue,black,brown/;o=R,100,G,200,B,150"),
    ("matrix", True, ";p=blue/;a=blue;a=black;a=brown/;R=100;G=200;B=150"),
]


@pytest.mark.parametrize(("style", "explode", "segments"), PATH_CASES)
def test_path_styles(
    methods: dict[str, Any], server: FaultServer, style: str, explode: bool, segments: str
) -> None:
    prefix = f"/path-{style}-{str(explode).lower()}"
    method = methods[prefix + "/{p}/{a}/{o}"]
    sent = _sent(server, lambda: method(BLUE, COLORS, RGB))
    assert sent.target == f"{prefix}/{segments}"


@pytest.mark.parametrize(
    ("explode", "obj"), [(False, "R,100,G,200,B,150"), (True, "R=100,G=200,B=150")]
)
def test_header_simple_style(
    methods: dict[str, Any], server: FaultServer, explode: bool, obj: str
) -> None:
    method = methods[f"/header-{str(explode).lower()}"]
    sent = _sent(server, lambda: method(x_p=BLUE, x_a=COLORS, x_o=RGB))
    assert (sent.headers["x-p"], sent.headers["x-a"], sent.headers["x-o"]) == (
        "blue",
        "blue,black,brown",
        obj,
    )


@pytest.mark.parametrize(
    ("explode", "cookie"),
    [
        (True, "cp=blue; ca=blue; ca=black; ca=brown; R=100; G=200; B=150"),
        (False, "cp=blue; ca=blue,black,brown; co=R,100,G,200,B,150"),
    ],
)
def test_cookie_form_style(
    methods: dict[str, Any], server: FaultServer, explode: bool, cookie: str
) -> None:
    method = methods[f"/cookie-{str(explode).lower()}"]
    sent = _sent(server, lambda: method(cp=BLUE, ca=COLORS, co=RGB))
    assert sent.headers["cookie"] == cookie


def test_defaults_per_location(methods: dict[str, Any], server: FaultServer) -> None:
    method = methods["/defaults/{p}/{a}"]
    sent = _sent(
        server,
        lambda: method(
            "a b", ["x", "y/z"], qa=COLORS, qo={"R": 1}, x_a=COLORS, x_o=RGB, ca=["u", "v"],
            flag=False,
        ),
    )  # fmt: skip
    assert sent.target == "/defaults/a%20b/x,y%2Fz?qa=blue&qa=black&qa=brown&R=1&flag=false"
    assert (sent.headers["x-a"], sent.headers["x-o"]) == ("blue,black,brown", "R,100,G,200,B,150")
    assert sent.headers["cookie"] == "ca=u; ca=v"


def test_deep_object_model_dicts_allow_reserved_and_json_content(
    built: tuple[Any, Result, Path], methods: dict[str, Any], server: FaultServer
) -> None:
    method = methods["/deep"]
    models = importlib.import_module(f"{built[0].__name__}.models")
    model = models.Filter.model_validate(
        {"first-name": "Elon", "last_name": None, "owner": {"id": "7"}}
    )
    sent = _sent(
        server,
        lambda: method(
            filter_=model,
            raw={"name": "Elon", "owner": {"id": "a&b"}, "ids": [1, 2]},
            q="a/b?c=d",
            json={"k": 1},
        ),
    )
    assert sent.target == (
        "/deep?filter[first-name]=Elon&filter[owner][id]=7"
        "&raw[name]=Elon&raw[owner][id]=a%26b&raw[ids]=1&raw[ids]=2"
        "&q=a/b?c=d&json=%7B%22k%22%3A1%7D"
    )


def test_no_style_warnings_and_styles_passed_as_data(built: tuple[Any, Result, Path]) -> None:
    _module, result, out = built
    assert [w for w in result.diagnostics.warnings if "style" in w.message] == []
    source = "".join(p.read_text() for p in (out / "styles_pkg" / "resources").rglob("*.py"))
    assert 'Styled(filter_, "deepObject", explode=True)' in source
    assert 'Styled(q, "form", explode=True, allow_reserved=True)' in source
    assert "quote(" not in source  # no serialization code per endpoint


def test_generated_package_is_mypy_strict_clean(built: tuple[Any, Result, Path]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "styles_pkg"],
        cwd=built[2],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


# ------------------------------------------------------------------ the Apideck CRM corpus spec

CONTACTS = {
    "status_code": 200,
    "status": "OK",
    "service": "x",
    "resource": "contacts",
    "operation": "all",
    "data": [],
}


@pytest.fixture(scope="module")
def crm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Result, Path]:
    spec = shared_spec("corpus/apideck-crm.yml")
    out = tmp_path_factory.mktemp("crm")
    result = generate(spec, package="apideck_crm")
    write(result.files, out)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    return importlib.import_module("apideck_crm"), result, out


def test_apideck_crm_generates_without_parameter_style_warnings(
    crm: tuple[Any, Result, Path],
) -> None:
    words = ("style", "explode", "allowReserved", "deepObject", "content of media type")
    assert [w for w in crm[1].diagnostics.warnings if any(x in w.message for x in words)] == []


def test_apideck_crm_sends_deep_object_filters(
    crm: tuple[Any, Result, Path], server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    module, _result, out = crm
    # Every credential the client reads, from the environment (however many it needs at once).
    client_source = (out / "apideck_crm" / "_client.py").read_text(encoding="utf-8")
    for env in re.findall(r'env="([A-Z0-9_]+)"', client_source):
        monkeypatch.setenv(env, "x")
    client = next(
        getattr(module, n)
        for n in module.__all__
        if n.endswith("Api") and not n.startswith("Async")
    )(base_url=server.url)
    method = client.crm.contacts.list
    required = {
        name: "x"
        for name, p in inspect.signature(method).parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty
    }
    server.script(Reply(200, json=CONTACTS))
    sent = _sent(
        server,
        lambda: method(
            **required,
            filter_={"name": "Elon", "email": "elon@tesla.com"},
            sort={"by": "name", "direction": "asc"},
            pass_through={"search": "San Francisco"},
        ),
    )
    path, _, query = sent.target.partition("?")
    assert path == "/crm/contacts"
    assert query.split("&") == [
        "filter[name]=Elon",
        "filter[email]=elon%40tesla.com",
        "sort[by]=name",
        "sort[direction]=asc",
        "pass_through[search]=San%20Francisco",
    ]

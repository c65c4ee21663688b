"""Security requirements as the spec writes them (issue 13 item 2), generated from one inline spec,
imported, type-checked and called against a real server on 127.0.0.1 that records the exact
headers, query and cookies:

- two schemes in one requirement (both sent), alternatives (the first satisfied), an OAuth2
  scheme as a bearer token, a callable token refreshed for every request (sync and async);
- API keys in a header, the query and a cookie; HTTP basic;
- an operation's own ``security`` winning over the document's, ``[]`` (nothing sent) and
  ``{}`` (optional);
- a header parameter that is an API key scheme's: no method argument, sent from the
  credential, with a warning naming the parameter;
- missing credentials named before any request; environment variables.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import Result, generate
from tests.support.fault_server import FaultServer, RecordedRequest, Reply

OK = {"ok": True}
_RESULT = {
    "200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ok"}}},
    }
}
AUTH_HEADERS = ("x-api-key", "x-app-id", "authorization", "cookie")


def _get(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"get": {"operationId": op_id, "responses": _RESULT, **extra}}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Secure", "version": "1"},
    "servers": [{"url": "http://127.0.0.1:1"}],  # replaced by the test's server
    "security": [{"apiKey": [], "appId": []}, {"oauth": ["read"]}],
    "paths": {
        "/combined": _get("combined"),
        "/query": _get("queryKey", security=[{"queryKey": []}]),
        "/cookie": _get(
            "cookieKey",
            security=[{"session": []}],
            parameters=[{"name": "theme", "in": "cookie", "schema": {"type": "string"}}],
        ),
        "/basic": _get("basic", security=[{"basicAuth": []}]),
        "/public": _get("public", security=[]),
        "/optional": _get("optional", security=[{"apiKey": []}, {}]),
        "/covered": _get(
            "covered",
            security=[{"apiKey": []}],
            parameters=[{"$ref": "#/components/parameters/appIdHeader"}],
        ),
    },
    "components": {
        "schemas": {"Ok": {"type": "object", "properties": {"ok": {"type": "boolean"}}}},
        "parameters": {
            "appIdHeader": {
                "name": "x-app-id",
                "in": "header",
                "required": True,
                "schema": {"type": "string"},
            }
        },
        "securitySchemes": {
            "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            "appId": {"type": "apiKey", "in": "header", "name": "X-App-Id"},
            "queryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
            "session": {"type": "apiKey", "in": "cookie", "name": "SESSION"},
            "basicAuth": {"type": "http", "scheme": "basic"},
            "oauth": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {
                        "tokenUrl": "https://auth.example/token",
                        "scopes": {"read": "read"},
                    }
                },
            },
        },
    },
}
ENV = ("API_KEY", "APP_ID", "QUERY_KEY", "SESSION", "USERNAME", "PASSWORD", "BEARER_TOKEN")


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(default=Reply(200, json=OK)) as s:
        yield s


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, server: FaultServer
) -> tuple[Any, Result, Path]:
    tmp = tmp_path_factory.mktemp("security")
    spec = json.loads(json.dumps(SPEC))
    spec["servers"] = [{"url": server.url}]
    path = tmp / "secure.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    result = generate(path, package="secure_pkg")
    write(result.files, tmp / "out")
    sys.path.insert(0, str(tmp / "out"))
    return importlib.import_module("secure_pkg"), result, tmp / "out"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(f"SECURE_PKG_{name}", raising=False)


def _sent(server: FaultServer, call: Any) -> RecordedRequest:
    before = len(server.requests)
    call()
    (request,) = server.requests[before:]
    return request


def _auth(request: RecordedRequest) -> dict[str, str]:
    """The credential-carrying headers the server saw (absent ones left out)."""
    return {h: request.headers[h] for h in AUTH_HEADERS if h in request.headers}


def test_generated_package_is_mypy_strict_clean(built: tuple[Any, Result, Path]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "secure_pkg"],
        cwd=built[2],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]


def test_the_constructor_takes_one_named_credential_per_scheme(
    built: tuple[Any, Result, Path],
) -> None:
    params = inspect.signature(built[0].Secure).parameters
    # by scheme name (the spec is read in a canonical order), so reordering
    # securitySchemes does not reorder the constructor
    assert list(params)[:7] == [
        "api_key",
        "app_id",
        "username",
        "password",
        "bearer_token",
        "query_key",
        "session",
    ]
    text = (built[2] / "secure_pkg" / "_client.py").read_text()
    assert 'security=(("api_key", "app_id"), ("bearer_token",)),' in text


def test_two_schemes_of_one_requirement_are_both_sent(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    client = built[0].Secure(api_key="k-1", app_id="app-1")
    request = _sent(server, client.combined.get)
    assert _auth(request) == {"x-api-key": "k-1", "x-app-id": "app-1"}
    assert request.query == {}


def test_the_alternative_requirement_sends_an_oauth2_bearer_token(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    client = built[0].Secure(bearer_token="tok-1")
    assert _auth(_sent(server, client.combined.get)) == {"authorization": "Bearer tok-1"}


def test_a_missing_credential_is_named_before_any_request(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    before = len(server.requests)
    with pytest.raises(built[0].APIError) as info:
        built[0].Secure(api_key="k-1")
    assert str(info.value) == (
        "Missing credentials: pass either `app_id=` (or set the SECURE_PKG_APP_ID environment "
        "variable); or `bearer_token=` (or set the SECURE_PKG_BEARER_TOKEN environment "
        "variable)."
    )
    client = built[0].Secure(bearer_token="t")
    with pytest.raises(built[0].APIError, match=r"^Missing credentials for GET /query: pass `qu"):
        client.query.get()
    assert len(server.requests) == before


def test_environment_variables_supply_the_credentials(
    built: tuple[Any, Result, Path], server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECURE_PKG_API_KEY", "env-key")
    monkeypatch.setenv("SECURE_PKG_APP_ID", "env-app")
    request = _sent(server, built[0].Secure().combined.get)
    assert _auth(request) == {"x-api-key": "env-key", "x-app-id": "env-app"}


def test_api_keys_in_the_query_and_a_cookie_and_basic(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    client = built[0].Secure(
        api_key="k", app_id="a", query_key="q&1", session="s 1", username="ann", password="p:w"
    )
    request = _sent(server, client.query.get)
    assert (request.query, _auth(request)) == ({"api_key": ["q&1"]}, {})
    request = _sent(server, lambda: client.cookie.get(theme="dark"))
    assert _auth(request) == {"cookie": "theme=dark; SESSION=s%201"}
    request = _sent(server, client.basic.get)
    assert _auth(request) == {"authorization": "Basic " + base64.b64encode(b"ann:p:w").decode()}


def test_operation_security_wins_including_none_and_optional(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    client = built[0].Secure(api_key="k", app_id="a", query_key="q", session="s")
    request = _sent(server, client.public.get)
    assert (_auth(request), request.query) == ({}, {})
    assert _auth(_sent(server, client.optional.get)) == {"x-api-key": "k"}
    # optional auth without the credential: nothing sent, and no error
    assert _auth(_sent(server, built[0].Secure(bearer_token="t").optional.get)) == {}


def test_a_header_parameter_of_an_api_key_scheme_is_the_credential(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    module, result, _ = built
    signature = inspect.signature(module.Secure(bearer_token="t").covered.get)
    assert "x_app_id" not in signature.parameters
    client = module.Secure(api_key="k", app_id="a")
    assert _auth(_sent(server, client.covered.get)) == {"x-api-key": "k", "x-app-id": "a"}
    # the request is what the spec asks for, so there is nothing to warn about
    assert "#/components/parameters/appIdHeader" not in {
        w.pointer for w in result.diagnostics.warnings
    }
    with pytest.raises(module.APIError, match=r"GET /covered: pass `api_key=`.* and `app_id=`"):
        module.Secure(bearer_token="t").covered.get()


def test_a_bearer_callable_is_called_for_every_request(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    issued: list[str] = []

    def token() -> str:
        issued.append(f"tok-{len(issued) + 1}")
        return issued[-1]

    client = built[0].Secure(bearer_token=token)
    assert issued == []  # not called up front
    first = _sent(server, client.combined.get)
    second = _sent(server, client.combined.get)
    assert [_auth(first), _auth(second)] == [
        {"authorization": "Bearer tok-1"},
        {"authorization": "Bearer tok-2"},
    ]


def test_the_async_client_awaits_an_async_token_callable(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    issued: list[str] = []

    async def token() -> str:
        issued.append(f"async-{len(issued) + 1}")
        return issued[-1]

    async def main() -> None:
        async with built[0].AsyncSecure(bearer_token=token) as client:
            await client.combined.get()
            await client.combined.get()

    before = len(server.requests)
    asyncio.run(main())
    assert [_auth(r) for r in server.requests[before:]] == [
        {"authorization": "Bearer async-1"},
        {"authorization": "Bearer async-2"},
    ]


def test_credentials_stay_out_of_reprs_and_errors(
    built: tuple[Any, Result, Path], server: FaultServer
) -> None:
    client = built[0].Secure(api_key="sk-SECRET-1", app_id="app-SECRET-2", query_key="q-SECRET-3")
    server.script(Reply(401, json={"echo": "sk-SECRET-1 app-SECRET-2 q-SECRET-3"}))
    with pytest.raises(built[0].APIError) as info:
        client.query.get()
    text = f"{info.value} {info.value!r} {client!r} {client.default_headers!r}"
    assert "SECRET" not in text
    # (the httpx request object itself keeps the URL it sent, query key included)

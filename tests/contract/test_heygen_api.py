"""Contract: every non-excluded operation of the product, sync and async, through Prism.

The committed `heygen` package (generated/, the whole API) is called against Prism serving the
spec it was generated from (openapi/external-api.json); each operation is called with values
built from the spec (required fields only, then every field). A test passes when Prism answered
2xx without a single violation and the client returned the type its signature declares. Paged
operations also fetch their next page, which exercises the cursor parameter. Methods are reached
through the manifest's names, so renaming them does not touch this module.
"""

from __future__ import annotations

import importlib
import inspect
import json
import operator
import sys
import types
import typing
from collections.abc import Iterator
from typing import Any, NamedTuple
from urllib.parse import quote

import httpx
import pytest

from codegen.ir.naming import param_name
from tests.conftest import ROOT, SPEC
from tests.contract.prism import Recorder, prism_server, requires_prism
from tests.contract.values import Spec

pytestmark = requires_prism

PACKAGE = "heygen"
MANIFEST = ROOT / "generated" / ".codegen-manifest.json"
API_KEY = "contract-test-key"
CURSOR_PARAM = "token"

# Operations whose request the generator gets wrong: "METHOD /path" -> what Prism said. Each
# becomes a strict xfail, so fixing the generator turns it into a failure to remove the entry.
GENERATOR_BUGS: dict[str, str] = {}
# Operations Prism cannot accept or answer because of the spec itself, not the client.
SPEC_FAULTS: dict[str, str] = {}


def _operation_keys() -> list[str]:
    spec = Spec(json.loads(SPEC.read_text(encoding="utf-8")))
    return [f"{method} {route}" for method, route, _ in spec.operations()]


class Case(NamedTuple):
    key: str  # "METHOD /path"
    full: bool  # every optional parameter and body field too, not just the required ones
    generated: bool  # Prism generates the response from its schema instead of the examples


def _cases() -> list[Any]:
    """Per operation: required arguments and all arguments against the spec's examples (parsed
    strictly: every documented field must be in the model), and all arguments against generated
    responses (parsed leniently, as users do: the generator invents extra members)."""
    cases = []
    for key in _operation_keys():
        for full, generated in ((False, False), (True, False), (True, True)):
            marks = []
            if key in GENERATOR_BUGS:
                marks.append(pytest.mark.xfail(reason=GENERATOR_BUGS[key], strict=True))
            if key in SPEC_FAULTS:
                marks.append(pytest.mark.skip(reason=SPEC_FAULTS[key]))
            variant = ("all-fields" if full else "required") + (
                ", generated response" if generated else ""
            )
            cases.append(
                pytest.param(Case(key, full, generated), marks=marks, id=f"{key} [{variant}]")
            )
    return cases


class Generated(NamedTuple):
    module: types.ModuleType
    spec: Spec
    names: dict[str, str]
    examples_url: str  # Prism answering with the spec's examples
    generated_url: str  # Prism answering with responses generated from the schemas


@pytest.fixture(scope="session")
def heygen_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """The committed package, with Prism serving the product's spec (examples and generated)."""
    work = tmp_path_factory.mktemp("contract_heygen")
    names = json.loads(MANIFEST.read_text(encoding="utf-8"))["names"]
    module = importlib.import_module(PACKAGE)
    spec = Spec(json.loads(SPEC.read_text(encoding="utf-8")))
    with (
        prism_server(SPEC, work / "prism-examples.log") as examples_url,
        prism_server(SPEC, work / "prism-generated.log", dynamic=True) as generated_url,
    ):
        yield Generated(module, spec, names, examples_url, generated_url)


class Call(NamedTuple):
    """The keyword arguments for a generated method, and what they must put on the wire."""

    kwargs: dict[str, Any]
    path: str
    query: dict[str, Any]
    media: str | None
    body: Any


def _call(api: Generated, key: str, method: Any, *, full: bool) -> Call:
    """Arguments for the generated method, from the spec's parameters and body."""
    verb, route = key.split(" ", 1)
    operation = api.spec.deref(api.spec.document["paths"][route])[verb.lower()]
    accepted = inspect.signature(method).parameters
    kwargs: dict[str, Any] = {}
    path = route
    query: dict[str, Any] = {}
    for param in api.spec.parameters(route, operation):
        if param["in"] == "header" or not (param.get("required") or full):
            continue  # headers (Idempotency-Key…) are the client's own business
        value = api.spec.parameter_value(param, full=full)
        kwargs[param_name(param["name"])] = value
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
        elif param["in"] == "query":
            query[param["name"]] = value
    media: str | None = None
    body: Any = None
    body_spec = api.spec.deref(operation.get("requestBody", {}))
    for media, content in body_spec.get("content", {}).items():
        body = api.spec.value(content.get("schema", {}), full=full)
        if media.startswith("multipart/") or media == "application/x-www-form-urlencoded":
            assert isinstance(body, dict)
            kwargs.update({param_name(k): v for k, v in body.items()})
        elif "body" in accepted and (not isinstance(body, dict) or "body" not in body):
            kwargs["body"] = body
        else:
            assert isinstance(body, dict), f"{key}: a non-object body needs a `body=` argument"
            kwargs.update({param_name(k): v for k, v in body.items()})
        break
    unknown = set(kwargs) - set(accepted)
    assert not unknown, f"{key}: the generated method has no argument(s) {sorted(unknown)}"
    return Call(kwargs, path, query, media, body)


def _check_wire(key: str, call: Call, recorder: Recorder) -> None:
    """The first request went to the operation's path with exactly the parameters and the JSON
    body given: Prism ignores undeclared query parameters and, where a schema allows additional
    properties, unknown body fields, so a wrong wire name would otherwise go unnoticed."""
    sent = recorder.exchanges[0]
    url = httpx.URL(sent.url)
    assert (sent.method, url.raw_path.decode().split("?")[0]) == (key.split()[0], call.path)
    query = {name: url.params.get_list(name) for name in url.params}
    expected = {name: [_query_text(value)] for name, value in call.query.items()}
    assert query == expected, f"{key}: query sent {query}, expected {expected}"
    if call.media == "application/json":
        assert sent.headers.get("content-type", "").startswith("application/json"), (
            sent.headers.get("content-type", "")
        )
        assert json.loads(sent.content) == call.body, f"{key}: JSON body differs from arguments"
    elif call.media is not None:
        assert sent.headers.get("content-type", "").startswith(call.media), (
            f"{key}: sent {sent.headers.get('content-type', '')}"
        )


def _check_cursor(cursor: str, recorder: Recorder) -> None:
    """The next page was asked for with the previous page's cursor, under the cursor parameter."""
    assert httpx.URL(recorder.exchanges[-1].url).params.get_list(CURSOR_PARAM) == [cursor]


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _method(api: Generated, client: Any, key: str) -> Any:
    assert key in api.names, f"{key} is missing from the manifest's names"
    return operator.attrgetter(api.names[key])(client)  # "video_translations.proofreads.create"


def _conforms(value: Any, annotation: Any) -> bool:
    """Whether ``value`` is of the (resolved) return annotation of a generated method."""
    if annotation is Any:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, arg) for arg in args)
    if origin is typing.Literal:
        return value in args
    if origin is list:
        return isinstance(value, list) and all(_conforms(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if origin is not None and getattr(origin, "__name__", "") in ("SyncPage", "AsyncPager"):
        page_type = getattr(sys.modules[origin.__module__], "AsyncPage", origin)
        expected = origin if origin.__name__ == "SyncPage" else page_type
        return isinstance(value, expected) and all(_conforms(v, args[0]) for v in value.data)
    return isinstance(value, origin or annotation)  # a model, str, bytes…


def _return_type(method: Any) -> Any:
    # The request TypedDicts (``params``) are imported for type checkers only, so the
    # signature's names are resolved with them in scope.
    package = method.__module__.split(".")[0]

    class Scope(dict[str, Any]):
        def __missing__(self, name: str) -> Any:
            for module in ("params", "models"):
                found = getattr(importlib.import_module(f"{package}.{module}"), name, None)
                if found is not None:
                    return found
            raise KeyError(name)

    return typing.get_type_hints(method, localns=Scope())["return"]


def _check_result(key: str, method: Any, result: Any) -> None:
    expected = _return_type(method)
    assert _conforms(result, expected), (
        f"{key}: returned {type(result).__name__}, declared {expected}"
    )


def _client_options(api: Generated, case: Case) -> dict[str, Any]:
    return {
        "api_key": API_KEY,
        "base_url": api.generated_url if case.generated else api.examples_url,
        "max_retries": 0,
        "strict_response_validation": not case.generated,
    }


@pytest.mark.parametrize("case", _cases())
def test_sync(heygen_api: Generated, case: Case) -> None:
    recorder = Recorder()
    options = _client_options(heygen_api, case)
    with (
        recorder.sync_client() as http,
        heygen_api.module.HeyGen(**options, http_client=http) as client,
    ):
        method = _method(heygen_api, client, case.key)
        call = _call(heygen_api, case.key, method, full=case.full)
        try:
            result = method(**call.kwargs)
            _check_result(case.key, method, result)
            if hasattr(result, "has_next_page") and result.has_next_page():
                _check_result(case.key, method, result.next_page())
                _check_cursor(result.next_cursor, recorder)
        except heygen_api.module.APIError:
            recorder.assert_accepted()  # names Prism's violations; raises if there were any
            raise
    recorder.assert_accepted()
    _check_wire(case.key, call, recorder)


@pytest.mark.parametrize("case", _cases())
async def test_async(heygen_api: Generated, case: Case) -> None:
    recorder = Recorder()
    options = _client_options(heygen_api, case)
    async with (
        recorder.async_client() as http,
        heygen_api.module.AsyncHeyGen(**options, http_client=http) as client,
    ):
        method = _method(heygen_api, client, case.key)
        call = _call(heygen_api, case.key, method, full=case.full)
        try:
            result = await method(**call.kwargs)
            _check_result(case.key, method, result)
            if hasattr(result, "has_next_page") and result.has_next_page():
                _check_result(case.key, method, await result.next_page())
                _check_cursor(result.next_cursor, recorder)
        except heygen_api.module.APIError:
            recorder.assert_accepted()
            raise
    recorder.assert_accepted()
    _check_wire(case.key, call, recorder)


def test_every_operation_is_covered(heygen_api: Generated) -> None:
    """The manifest names exactly the operations this module calls: none is left out."""
    assert sorted(heygen_api.names) == sorted(_operation_keys())


def test_bearer_token_is_accepted(heygen_api: Generated) -> None:
    """The spec's second security scheme: `bearer_token=` sends what Prism accepts."""
    recorder = Recorder()
    with (
        recorder.sync_client() as http,
        heygen_api.module.HeyGen(
            bearer_token="contract-token", base_url=heygen_api.examples_url, http_client=http
        ) as client,
    ):
        _method(heygen_api, client, "GET /v3/users/me")()
    recorder.assert_accepted()
    assert recorder.exchanges[0].headers["authorization"] == "Bearer contract-token"
    assert "x-api-key" not in recorder.exchanges[0].headers


def test_wire_check_catches_an_undeclared_query_parameter(heygen_api: Generated) -> None:
    """The harness itself: Prism lets an undeclared query parameter through, which is why every
    call's query and body are also compared with its arguments."""
    recorder = Recorder()
    key = "GET /v3/videos"
    with (
        recorder.sync_client() as http,
        heygen_api.module.HeyGen(
            api_key=API_KEY, base_url=heygen_api.examples_url, http_client=http
        ) as client,
    ):
        method = _method(heygen_api, client, key)
        call = _call(heygen_api, key, method, full=False)
        method(**call.kwargs, extra_query={"tokn": "misspelt"})
    recorder.assert_accepted()
    with pytest.raises(AssertionError, match="query sent"):
        _check_wire(key, call, recorder)

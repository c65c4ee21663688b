"""Errors carry the API's fields: every non-excluded operation of the committed `heygen` package,
answered by a real server on 127.0.0.1 with each error status the spec documents for it.

The body is the spec's example for that status (the API's standard error under `error`), with
every null filled in, so `code`, `message`, `param` and `doc_url` must all come through, and
`request_id` from the `x-request-id` header; the exception's class is the status's. Operations are
reached through the manifest's names and called with arguments built from the spec, so neither
method renames nor spec edits need this module changed.
"""

from __future__ import annotations

import inspect
import json
import operator
from typing import Any, NamedTuple

import heygen
import pytest

from codegen.ir.naming import param_name
from tests.conftest import ROOT, SPEC
from tests.contract.values import Spec
from tests.support.fault_server import FaultServer, Reply

NAMES: dict[str, str] = json.loads(
    (ROOT / "generated" / ".codegen-manifest.json").read_text(encoding="utf-8")
)["names"]
SPEC_DOC = Spec(json.loads(SPEC.read_text(encoding="utf-8")))
# By status, what users catch; any other documented status is a class of its own under APIStatusError.
CLASSES: dict[int, type[heygen.APIStatusError]] = {
    400: heygen.BadRequestError,
    401: heygen.AuthenticationError,
    403: heygen.PermissionDeniedError,
    404: heygen.NotFoundError,
    409: heygen.ConflictError,
    422: heygen.UnprocessableEntityError,
    429: heygen.RateLimitError,
}


class ErrorCase(NamedTuple):
    key: str  # "METHOD /path"
    status: int
    model: str  # the schema under `error` in the documented response
    example: dict[str, Any]  # the documented example's `error`, or {}


def _cases() -> list[Any]:
    cases = []
    for method, path, op in SPEC_DOC.operations():
        for code, raw in op.get("responses", {}).items():
            if not code.isdigit() or int(code) < 400:
                continue
            content = SPEC_DOC.deref(raw).get("content", {}).get("application/json", {})
            error = SPEC_DOC.deref(content.get("schema", {})).get("properties", {}).get("error")
            if not isinstance(error, dict) or "$ref" not in error:
                continue
            example = (content.get("example") or {}).get("error") or {}
            case = ErrorCase(f"{method} {path}", int(code), error["$ref"].split("/")[-1], example)
            cases.append(pytest.param(case, id=f"{case.key} {code}"))
    return cases


def _arguments(key: str, method: Any) -> dict[str, Any]:
    """The required arguments of an operation, as values the spec allows."""
    verb, path = key.split(" ", 1)
    operation = SPEC_DOC.deref(SPEC_DOC.document["paths"][path])[verb.lower()]
    kwargs = {
        param_name(p["name"]): SPEC_DOC.parameter_value(p, full=False)
        for p in SPEC_DOC.parameters(path, operation)
        if p.get("required") and p["in"] != "header"
    }
    for content in SPEC_DOC.deref(operation.get("requestBody", {})).get("content", {}).values():
        body = SPEC_DOC.value(content.get("schema", {}), full=False)
        accepted = inspect.signature(method).parameters
        if "body" in accepted and (not isinstance(body, dict) or "body" not in body):
            kwargs["body"] = body  # a union or free-form body is one argument
        else:
            kwargs.update({param_name(k): v for k, v in body.items()})
        break
    return kwargs


def _method(client: Any, key: str) -> Any:
    return operator.attrgetter(NAMES[key])(client)  # "video_translations.proofreads.create"


def test_there_is_a_case_for_every_operation() -> None:
    keys = {f"{m} {p}" for m, p, _ in SPEC_DOC.operations()}
    assert {c.values[0].key for c in _cases()} == keys
    assert keys <= set(NAMES), "every non-excluded operation is generated"


@pytest.mark.parametrize("case", _cases())
def test_each_documented_error_carries_every_field(
    fault_server: FaultServer, case: ErrorCase
) -> None:
    code = case.example.get("code") or f"error_{case.status}"
    error = {
        "code": code,
        "message": case.example.get("message") or f"failed with {case.status}",
        "param": case.example.get("param") or "some_param",
        "doc_url": case.example.get("doc_url") or f"https://docs.heygen.com/errors/{code}",
    }
    fault_server.script(
        Reply(case.status, json={"error": error}, headers={"x-request-id": f"req_{case.status}"})
    )
    with heygen.HeyGen(api_key="hg-key-1234", base_url=fault_server.url, max_retries=0) as client:
        method = _method(client, case.key)
        arguments = _arguments(case.key, method)
        with pytest.raises(heygen.APIStatusError) as info:
            method(**arguments)
    err = info.value
    assert (fault_server.requests[0].method, err.status_code) == (case.key.split()[0], case.status)
    expected_class = CLASSES.get(case.status, heygen.APIStatusError)
    assert isinstance(err, expected_class), type(err)
    if case.status not in CLASSES:
        assert type(err) is not heygen.APIStatusError or case.status < 500
    assert type(err.error).__name__ == case.model
    assert (err.code, err.message, err.param, err.doc_url, err.request_id) == (
        error["code"],
        error["message"],
        error["param"],
        error["doc_url"],
        f"req_{case.status}",
    )

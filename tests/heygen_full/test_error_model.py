"""The rule that picks the error model: the schema most operations' error responses put under the
envelope's error key (excluded operations do not count), not the first one found."""

from __future__ import annotations

from typing import Any

from codegen.overrides import EnvelopeSettings, Overrides
from tests.unit.test_build import make_api, spec_of

LEGACY = {
    "type": "object",
    "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
}
STANDARD = {
    "type": "object",
    "properties": {n: {"type": "string"} for n in ("code", "message", "param", "doc_url")},
}


def _op(op_id: str, error: str, **extra: Any) -> dict[str, Any]:
    wrapped = {"type": "object", "properties": {"error": {"$ref": f"#/components/schemas/{error}"}}}
    return {
        "operationId": op_id,
        "responses": {
            "200": {"description": "ok"},
            "400": {"description": "bad", "content": {"application/json": {"schema": wrapped}}},
            "401": {"description": "no", "content": {"application/json": {"schema": wrapped}}},
        },
        **extra,
    }


def _error_model(paths: dict[str, Any]) -> str | None:
    spec = spec_of(paths, components={"schemas": {"LegacyError": LEGACY, "StdError": STANDARD}})
    api = make_api(spec, Overrides(envelope=EnvelopeSettings(success="data", error="error")))
    return api.error_model.name if api.error_model else None


def test_the_most_used_error_schema_wins_over_the_first_one() -> None:
    paths = {
        "/v1/a": {"get": _op("legacyA", "LegacyError")},
        "/v3/b": {"get": _op("getB", "StdError")},
        "/v3/c": {"get": _op("getC", "StdError")},
    }
    assert _error_model(paths) == "StdError"


def test_excluded_operations_do_not_vote() -> None:
    paths = {
        "/v1/a": {"get": _op("legacyA", "LegacyError", **{"x-excluded": True})},
        "/v1/b": {"get": _op("legacyB", "LegacyError", **{"x-excluded": True})},
        "/v3/c": {"get": _op("getC", "StdError")},
    }
    assert _error_model(paths) == "StdError"


def test_a_tie_goes_to_the_first_found() -> None:
    paths = {"/a": {"get": _op("a", "LegacyError")}, "/b": {"get": _op("b", "StdError")}}
    assert _error_model(paths) == "LegacyError"

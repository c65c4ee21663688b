"""Schemas nested 200 deep generate, import and validate (issue 12, item 2.6)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.robust.support import build_all, generate_spec, imported

DEPTH = 200


def _objects() -> tuple[dict[str, Any], Any]:
    schema: dict[str, Any] = {"type": "string"}
    value: Any = "leaf"
    for i in range(DEPTH):
        schema = {"type": "object", "properties": {f"level{i}": schema}}
        value = {f"level{i}": value}
    return schema, value


def _arrays() -> tuple[dict[str, Any], Any]:
    schema: dict[str, Any] = {"type": "integer"}
    value: Any = 7
    for _ in range(DEPTH):
        schema = {"type": "array", "items": schema}
        value = [value]
    return {"type": "object", "properties": {"grid": schema}}, {"grid": value}


def _all_of() -> tuple[dict[str, Any], Any]:
    schema: dict[str, Any] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    for i in range(DEPTH):
        extra = {"type": "object", "properties": {f"p{i}": {"type": "integer"}}}
        schema = {"allOf": [schema, extra]}
    return schema, {"leaf": "x", "p0": 0, f"p{DEPTH - 1}": DEPTH - 1}


def _spec(root: dict[str, Any], chain: bool) -> dict[str, Any]:
    schemas: dict[str, Any] = {"Deep": root}
    if chain:  # an allOf chain through 200 named components as well
        for i in range(DEPTH):
            own = {"type": "object", "properties": {f"c{i}": {"type": "integer"}}}
            schemas[f"Chain{i}"] = {"allOf": [{"$ref": f"#/components/schemas/Chain{i + 1}"}, own]}
        schemas[f"Chain{DEPTH}"] = {"type": "object", "properties": {"end": {"type": "string"}}}
        schemas["Deep"] = {"allOf": [{"$ref": "#/components/schemas/Chain0"}, root]}
    ref = {"schema": {"$ref": "#/components/schemas/Deep"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Deep", "version": "1"},
        "paths": {
            "/d": {
                "post": {
                    "operationId": "postDeep",
                    "requestBody": {"content": {"application/json": ref}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": ref}}
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }


@pytest.mark.parametrize("shape", ["objects", "arrays", "all_of"])
def test_schemas_nested_200_deep_generate_and_validate(shape: str, tmp_path: Path) -> None:
    root, value = {"objects": _objects, "arrays": _arrays, "all_of": _all_of}[shape]()
    chain = shape == "all_of"
    if chain:
        value = {**value, "c0": 1, f"c{DEPTH - 1}": 2, "end": "e"}
    package = f"deep_{shape}"
    limit = sys.getrecursionlimit()
    out = tmp_path / "out"
    generate_spec(_spec(root, chain), out, package)
    assert sys.getrecursionlimit() == limit  # raised only while the library runs
    with imported(out, package):
        models = importlib.import_module(f"{package}.models")
        assert "Deep" in build_all(models)
        parsed = models.Deep.model_validate(value)
        assert parsed.model_dump(mode="json", exclude_none=True) == value

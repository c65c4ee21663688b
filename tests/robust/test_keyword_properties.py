"""Properties named after schema keywords are properties, never keywords (issue 12, item 2.1)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pydantic
import pytest

from codegen.spec import schemawalk
from tests.robust.support import build_all, generate_spec, imported, mypy_strict

KEYWORDS = [
    "type", "format", "enum", "items", "properties", "required", "$ref", "default", "example",
    "examples", "nullable", "allOf", "anyOf", "oneOf", "not", "description", "title", "const",
    "discriminator", "additionalProperties", "pattern", "readOnly", "writeOnly", "minimum",
    "maximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "multipleOf",
    "patternProperties", "$defs", "definitions", "dependentSchemas", "prefixItems", "contains",
    "propertyNames", "if", "then", "else", "deprecated", "xml", "externalDocs", "mapping",
    "propertyName", "schema", "content", "in", "name", "x-extension", "$id",
]  # fmt: skip


def _spec() -> dict[str, Any]:
    props: dict[str, Any] = {k: {"type": "string"} for k in KEYWORDS}
    props["format"] = {"type": "string", "format": "email"}  # the corpus crash
    props["items"] = {"type": "array", "items": {"type": "integer"}}
    props["properties"] = {"$ref": "#/components/schemas/Inner"}
    props["anyOf"] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Keywords", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": props,
                    "required": ["format", "type", "$ref"],
                },
                "Inner": {
                    "type": "object",
                    "properties": {k: {"type": "integer"} for k in ("type", "format", "required")},
                },
            }
        },
    }


def test_the_walk_never_enters_data_or_reads_names_as_keywords() -> None:
    spec = _spec()
    spec["components"]["schemas"]["Thing"]["example"] = {"properties": {"x": {"type": "no"}}}
    found = {at for at, _ in schemawalk.walk(spec)}
    thing = ("components", "schemas", "Thing")
    assert (*thing, "properties", "format") in found
    assert (*thing, "properties", "items", "items") in found
    assert (*thing, "properties", "anyOf", "anyOf", 0) in found
    assert not any(at[3:4] == ("example",) for at in found)
    # A keyword-named property is not taken for the keyword of its parent.
    assert (*thing, "properties", "properties", "x") not in found


def test_keyword_properties_generate_build_round_trip_and_type_check(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate_spec(_spec(), out, "kwprops")
    with imported(out, "kwprops"):
        models = importlib.import_module("kwprops.models")
        assert "Thing" in build_all(models)
        wire: dict[str, Any] = {k: f"v-{i}" for i, k in enumerate(KEYWORDS)}
        wire["format"] = "a@example.com"
        wire["items"] = [1, 2]
        wire["properties"] = {"type": 1, "format": 2, "required": 3}
        wire["anyOf"] = None
        thing = models.Thing.model_validate(wire)
        assert thing.model_dump(by_alias=True, mode="json") == wire
        assert set(type(thing).model_fields) >= {"format", "type", "items"}
        with pytest.raises(pydantic.ValidationError, match="format"):
            models.Thing.model_validate({"type": "t", "$ref": "r"})
    mypy_strict(out, "kwprops")

"""The lint step: each kind of mistake gives exactly its warning at its pointer; valid look-alikes
give none."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import CodegenErrors, Diagnostics
from codegen.spec.lint import lint
from codegen.spec.load import load
from codegen.spec.resolve import Resolver, bundle, reachable
from codegen.spec.validate import validate


def _doc(schemas: dict[str, Any], version: str = "3.0.3", **extra: Any) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": extra.pop("paths", {}),
        "components": {"schemas": schemas, **extra},
    }


def _warnings(doc: dict[str, Any]) -> list[tuple[str, str]]:
    diags = Diagnostics()
    lint(doc, diags)
    return sorted((w.pointer, w.message) for w in diags.warnings)


def _pointers(doc: dict[str, Any]) -> list[str]:
    return [p for p, _ in _warnings(doc)]


@pytest.mark.parametrize(
    ("kind", "hint_part"), [("interger", '"integer"'), ("datetime", '"format": "date-time"')]
)
def test_unknown_type(kind: str, hint_part: str) -> None:
    diags = Diagnostics()
    lint(_doc({"A": {"type": "object", "properties": {"n": {"type": kind}}}}), diags)
    [w] = diags.warnings
    assert w.pointer == "#/components/schemas/A/properties/n/type"
    assert repr(kind) in w.message
    assert "Any" in w.did
    assert hint_part in w.hint
    assert "array, boolean, integer" in w.hint


def test_unknown_member_of_a_31_type_list() -> None:
    doc = _doc({"A": {"type": ["string", "nul"]}}, "3.1.0")
    assert _pointers(doc) == ["#/components/schemas/A/type/1"]


def test_31_type_lists_and_null_are_fine() -> None:
    doc = _doc(
        {"A": {"type": ["string", "null"], "default": None, "examples": ["x", None]}}, "3.1.0"
    )
    assert _warnings(doc) == []


def test_required_names_a_missing_property() -> None:
    doc = _doc({"A": {"type": "object", "properties": {"name": {}}, "required": ["name", "nmae"]}})
    diags = Diagnostics()
    lint(doc, diags)
    [w] = diags.warnings
    assert w.pointer == "#/components/schemas/A/required/1"
    assert "'nmae'" in w.message
    assert "Did you mean 'name'?" in w.hint


def test_required_on_an_array_points_at_items() -> None:
    doc = _doc({"A": {"type": "array", "items": {}, "required": ["a"]}})
    diags = Diagnostics()
    lint(doc, diags)
    [w] = diags.warnings
    assert w.pointer == "#/components/schemas/A/required"
    assert "items" in w.hint


def test_required_from_allof_members_and_parents_is_fine() -> None:
    doc = _doc(
        {
            "Base": {"type": "object", "properties": {"id": {}}},
            "Child": {
                "allOf": [{"$ref": "#/components/schemas/Base"}, {"required": ["id", "extra"]}],
                "properties": {"extra": {}},
            },
            "Either": {"properties": {"a": {}, "b": {}}, "oneOf": [{"required": ["a"]}]},
            "Map": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "required": ["k"],
            },
        }
    )
    assert _warnings(doc) == []


def test_required_missing_in_every_allof_member() -> None:
    doc = _doc(
        {
            "Base": {"type": "object", "properties": {"id": {}}},
            "Child": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"required": ["idd"]}]},
        }
    )
    assert _pointers(doc) == ["#/components/schemas/Child/allOf/1/required/0"]


@pytest.mark.parametrize(
    ("schema", "key", "value", "part"),
    [
        ({"type": "integer"}, "default", "1", "not of type 'integer'"),
        ({"type": "string", "enum": ["a", "b"]}, "example", "c", "is not one of"),
        ({"type": "integer", "minimum": 1, "maximum": 5}, "default", 9, "maximum"),
        ({"type": "string", "maxLength": 2}, "example", "abc", "too long"),
        ({"type": "string", "pattern": "^[a-z]+$"}, "example", "ABC", "does not match"),
        (
            {"type": "object", "properties": {"a": {}}, "required": ["a"]},
            "example",
            {"b": 1},
            "'a' is a required property",
        ),
        ({"type": "string"}, "default", None, "None is not of type 'string'"),
    ],
)
def test_default_or_example_that_its_schema_rejects(
    schema: dict[str, Any], key: str, value: Any, part: str
) -> None:
    diags = Diagnostics()
    lint(_doc({"A": {**schema, key: value}}), diags)
    [w] = diags.warnings
    assert w.pointer == f"#/components/schemas/A/{key}"
    assert part in w.message
    assert w.hint


def test_values_follow_refs_and_media_type_examples() -> None:
    paths = {
        "/a": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/A"},
                                "examples": {
                                    "good": {"value": {"n": 1}},
                                    "text": {"value": '{"n": 2}'},
                                    "bad": {"$ref": "#/components/examples/Bad"},
                                },
                            }
                        },
                    }
                }
            }
        }
    }
    content = paths["/a"]["get"]["responses"]["200"]["content"]
    content["text/json"] = content["application/json"]  # one bad example shared: warned at both
    doc = _doc(
        {"A": {"type": "object", "properties": {"n": {"type": "integer"}}}},
        paths=paths,
        examples={"Bad": {"value": {"n": "one"}}},
    )
    assert _pointers(doc) == [
        "#/paths/~1a/get/responses/200/content/application~1json/examples/bad/value",
        "#/paths/~1a/get/responses/200/content/text~1json/examples/bad/value",
    ]


def test_30_nullable_values_and_31_examples_lists_are_fine() -> None:
    doc30 = _doc(
        {
            "A": {"type": "string", "nullable": True, "default": None, "enum": ["a"]},
            "B": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/A"}], "default": None},
            "C": {"type": "integer", "example": 1.0, "exclusiveMinimum": True, "minimum": 0},
        }
    )
    assert _warnings(doc30) == []
    doc31 = _doc({"A": {"type": "integer", "examples": [1, 2], "exclusiveMinimum": 0}}, "3.1.0")
    assert _warnings(doc31) == []
    doc31["components"]["schemas"]["A"]["examples"].append("three")
    assert _pointers(doc31) == ["#/components/schemas/A/examples/2"]


def test_a_javascript_pattern_or_a_malformed_keyword_does_not_crash() -> None:
    doc = _doc({"A": {"type": "string", "pattern": "^\\p{L}+(?<!x$", "example": "abc"}})
    assert _warnings(doc) == []
    js = {"$schema": "https://json-schema.org/draft/2019-09/schema", "pattern": "\\p{L}"}
    doc = _doc(
        {
            "A": {**js, "type": "string", "examples": ["a"]},
            "B": {"maxLength": "2", "example": "abc"},
        },
        "3.1.0",
    )
    doc["components"]["schemas"]["B"]["examples"] = ["abc"]
    assert _warnings(doc) == []


def test_dialect_mixups_of_exclusive_bounds() -> None:
    doc = _doc({"A": {"type": "number", "exclusiveMaximum": True, "maximum": 5}}, "3.1.0")
    assert _pointers(doc) == ["#/components/schemas/A/exclusiveMaximum"]
    doc = _doc({"A": {"type": "number", "exclusiveMaximum": 5}})
    assert _pointers(doc) == ["#/components/schemas/A/exclusiveMaximum"]


def test_each_warning_once_and_strict_lists_all() -> None:
    diags = Diagnostics()
    doc = _doc({"A": {"type": "interger"}, "B": {"type": "strin"}})
    lint(doc, diags)
    lint(doc, diags)
    assert [w.pointer for w in diags.warnings] == [
        "#/components/schemas/A/type",
        "#/components/schemas/B/type",
    ]
    with pytest.raises(CodegenErrors) as info:
        diags.raise_warnings()
    text = info.value.render()
    assert text.count("error: unknown type") == 2
    assert "hint: Without --strict" in text


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "specs"


def _resolved(path: Path) -> dict[str, Any]:
    diags = Diagnostics()
    checked = validate(load(path).document, diags, base_dir=path.parent, root_file=path)
    return reachable(bundle(checked, Resolver(checked, path.parent, root_file=path)))


@pytest.mark.skipif(not (SHARED / "github-rest-api-3.0.json").exists(), reason="no shared specs")
def test_fast_on_github_and_quiet_on_heygen() -> None:
    heygen = _resolved(SHARED / "heygen-external-api-2026-04.json")
    assert _warnings(heygen) == []
    github = _resolved(SHARED / "github-rest-api-3.0.json")
    start = time.process_time()
    found = _warnings(github)
    assert time.process_time() - start < 5  # 0.6 s of CPU; the suite runs in parallel
    assert (
        "#/components/schemas/package-version/properties/metadata/properties/docker/required/0"
    ) in [p for p, _ in found]  # `tags`, where the property is `tag`

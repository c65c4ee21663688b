"""codegen.spec.validate: what an OpenAPI 3.0/3.1 document must look like for us to generate from it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import CodegenError, CodegenErrors, Diagnostics
from codegen.ir.records import ModelRef, Operation, ParamLocation
from codegen.pipeline import generate
from codegen.spec.resolve import Resolver, bundle
from codegen.spec.validate import validate

OK_RESPONSES = {"200": {"description": "ok"}}


def _spec(paths: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {} if paths is None else paths,
        **extra,
    }


def _error(doc: dict[str, Any]) -> CodegenError:
    with pytest.raises(CodegenError) as info:
        validate(doc, Diagnostics())
    return info.value


def _op(op_id: str | None = None, params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if op_id:
        op["operationId"] = op_id
    if params is not None:
        op["parameters"] = params
    return op


def _path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


@pytest.mark.parametrize("version", ["3.0.0", "3.0.3", "3.1.0", "3.1.1"])
def test_supported_versions_pass(version: str) -> None:
    doc = _spec({"/x": {"get": _op("getX")}})
    doc["openapi"] = version
    assert validate(doc, Diagnostics()) == doc


def test_swagger_2() -> None:
    err = _error({"swagger": "2.0", "info": {}, "paths": {}})
    assert "Swagger 2.0" in err.message
    assert err.pointer == "#/swagger"
    assert "swagger2openapi" in err.hint


def test_missing_openapi() -> None:
    doc = _spec()
    del doc["openapi"]
    err = _error(doc)
    assert "no `openapi` field" in err.message
    assert err.pointer == "#"


@pytest.mark.parametrize("version", ["2.5", "4.0.0", "3.3.0", "3.2", 3.1])
def test_unsupported_version(version: object) -> None:
    doc = _spec()
    doc["openapi"] = version
    err = _error(doc)
    assert err.message == f"unsupported OpenAPI version {version!r}"
    assert err.pointer == "#/openapi"


def test_missing_info() -> None:
    doc = _spec()
    del doc["info"]
    assert "no `info` object" in _error(doc).message


@pytest.mark.parametrize("paths", [None, "nope", []])
def test_no_paths(paths: object) -> None:
    doc = _spec()
    if paths is None:
        del doc["paths"]
    else:
        doc["paths"] = paths
    err = _error(doc)
    assert "no `paths` object" in err.message
    assert err.pointer == "#/paths"


def test_duplicate_operation_id_points_at_the_second() -> None:
    doc = _spec({"/a": {"get": _op("listThings")}, "/b/c": {"post": _op("listThings")}})
    err = _error(doc)
    assert err.message == "duplicate operationId 'listThings' (also at #/paths/~1a/get)"
    assert err.pointer == "#/paths/~1b~1c/post/operationId"


def test_path_param_used_but_not_declared() -> None:
    err = _error(_spec({"/videos/{video_id}": {"get": _op("getVideo", [])}}))
    assert err.message == "path parameter {video_id} is used in the path but not declared"
    assert err.pointer == "#/paths/~1videos~1{video_id}/get"
    assert '"name": "video_id"' in err.hint


def test_path_param_declared_but_not_in_path() -> None:
    err = _error(_spec({"/videos": {"get": _op("getVideos", [_path_param("video_id")])}}))
    assert err.message == "path parameter 'video_id' is declared but the path has no {video_id}"
    assert err.pointer == "#/paths/~1videos/get/parameters/0"  # the declaration itself


def test_path_param_declared_at_path_level_or_via_ref() -> None:
    doc = _spec(
        {
            "/a/{x}": {"parameters": [_path_param("x")], "get": _op("getA")},
            "/b/{y}": {"get": _op("getB", [{"$ref": "#/components/parameters/Y"}])},
        },
        components={"parameters": {"Y": _path_param("y")}},
    )
    validate(doc, Diagnostics())


def test_operation_must_be_object() -> None:
    err = _error(_spec({"/a": {"get": "nope"}}))
    assert err.pointer == "#/paths/~1a/get"


def _with_mapping(value: Any) -> dict[str, Any]:
    return _spec(
        {"/x": {"get": _op("getX")}},
        components={
            "schemas": {
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"cat": value}},
                },
                "Cat": {"type": "object"},
            }
        },
    )


def test_discriminator_mapping_ref_object_is_normalised_on_a_copy() -> None:
    doc = _with_mapping({"$ref": "#/components/schemas/Cat"})
    before = copy.deepcopy(doc)
    diags = Diagnostics()
    out = validate(doc, diags)
    assert doc == before  # the caller's document is not changed
    mapping = out["components"]["schemas"]["Pet"]["discriminator"]["mapping"]
    assert mapping == {"cat": "#/components/schemas/Cat"}
    assert len(diags.warnings) == 1
    warning = diags.warnings[0]
    assert warning.pointer == "#/components/schemas/Pet/discriminator/mapping/cat"
    assert "'#/components/schemas/Cat'" in warning.did


def test_discriminator_mapping_string_is_left_alone() -> None:
    diags = Diagnostics()
    out = validate(_with_mapping("#/components/schemas/Cat"), diags)
    assert out["components"]["schemas"]["Pet"]["discriminator"]["mapping"]["cat"] == (
        "#/components/schemas/Cat"
    )
    assert diags.warnings == []


@pytest.mark.parametrize("value", [3, {"$ref": "#/x", "extra": 1}, ["#/x"]])
def test_discriminator_mapping_other_values_rejected(value: object) -> None:
    err = _error(_with_mapping(value))
    assert err.pointer == "#/components/schemas/Pet/discriminator/mapping/cat"


def test_validate_returns_a_copy() -> None:
    doc = _spec({"/x": {"get": _op("getX")}})
    out = validate(doc, Diagnostics())
    assert out == doc
    assert out is not doc
    assert out["paths"] is not doc["paths"]


# ---- references followed with the one Resolver (relative files, ~1 tokens), through the pipeline


def _write(folder: Path, name: str, doc: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _only_op(spec: Path) -> Operation:
    result = generate(spec, package="multi", inputs_sha256="")
    [resource] = result.api.resources
    [op] = resource.operations
    return op


_VIDEO_ID = {"name": "video_id", "in": "path", "required": True, "schema": {"type": "string"}}
_PATH = "/videos/{video_id}"


def test_path_parameter_through_a_relative_file_ref_generates(tmp_path: Path) -> None:
    _write(tmp_path, "params.json", {"VideoId": _VIDEO_ID})
    op_node = {"parameters": [{"$ref": "./params.json#/VideoId"}], "responses": OK_RESPONSES}
    spec = _write(tmp_path, "spec.json", _spec({_PATH: {"get": op_node}}))
    op = _only_op(spec)
    assert [(p.wire_name, p.location) for p in op.params] == [("video_id", ParamLocation.PATH)]
    # Bundling copies the parameter in place; it is not filed as a component schema.
    doc = validate(json.loads(spec.read_text(encoding="utf-8")), Diagnostics(), base_dir=tmp_path)
    bundled = bundle(doc, Resolver(doc, tmp_path, root_file=spec))
    assert "VideoId" not in (bundled.get("components") or {}).get("schemas", {})
    assert bundled["paths"][_PATH]["get"]["parameters"] == [_VIDEO_ID]


def test_path_parameter_through_a_component_name_with_a_slash_generates(tmp_path: Path) -> None:
    ref = {"$ref": "#/components/parameters/video~1id"}
    doc = _spec(
        {_PATH: {"get": {"parameters": [ref], "responses": OK_RESPONSES}}},
        components={"parameters": {"video/id": _VIDEO_ID}},
    )
    op = _only_op(_write(tmp_path, "spec.json", doc))
    assert [p.wire_name for p in op.params] == ["video_id"]


def test_path_item_as_a_relative_file_ref_generates(tmp_path: Path) -> None:
    ok = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/Video"}}},
        }
    }
    item = {"get": {"operationId": "getVideo", "parameters": [_VIDEO_ID], "responses": ok}}
    _write(
        tmp_path,
        "items.json",
        {"VideoItem": item, "Video": {"type": "object", "properties": {"id": {"type": "string"}}}},
    )
    spec = _write(tmp_path, "spec.json", _spec({_PATH: {"$ref": "./items.json#/VideoItem"}}))
    op = _only_op(spec)
    assert op.operation_id == "getVideo"
    assert [p.wire_name for p in op.params] == ["video_id"]
    assert isinstance(op.response.type, ModelRef)
    assert op.response.type.name == "Video"


def test_undeclared_path_parameter_in_a_relative_file_path_item_is_an_error(
    tmp_path: Path,
) -> None:
    _write(tmp_path, "items.json", {"VideoItem": {"get": {"responses": OK_RESPONSES}}})
    spec = _write(tmp_path, "spec.json", _spec({_PATH: {"$ref": "./items.json#/VideoItem"}}))
    with pytest.raises(CodegenError) as info:
        generate(spec, package="multi", inputs_sha256="")
    assert info.value.message == "path parameter {video_id} is used in the path but not declared"
    assert info.value.pointer == "#/paths/~1videos~1{video_id}/get"


def test_every_validation_problem_is_reported_sorted_by_pointer() -> None:
    doc = _spec(
        {
            "/b/{x}": {"get": _op("same")},
            "/a": {"get": _op("same", [_path_param("y")])},
            "/c": {"get": {"responses": []}},
        },
        components={"securitySchemes": {"k": {"type": "apiKey", "in": "header", "name": "a b"}}},
    )
    with pytest.raises(CodegenErrors) as info:
        validate(doc, Diagnostics())
    assert [(e.pointer, e.message.split(" ")[0]) for e in info.value.errors] == [
        ("#/components/securitySchemes/k/name", "security"),
        ("#/paths/~1a/get/operationId", "duplicate"),
        ("#/paths/~1a/get/parameters/0", "path"),
        ("#/paths/~1b~1{x}/get", "path"),
        ("#/paths/~1c/get/responses", "`responses`"),
    ]
    assert str(info.value).count("error: ") == 5

"""codegen.build.styles: each parameter's serialization in the IR (None for its location's
default), and every combination the specification leaves undefined as a warning with its pointer
and what is sent instead. (The bytes on the wire: tests/functional/test_param_styles.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from codegen.errors import Diagnostics
from codegen.ir.records import ParamStyle, Serialization
from tests.unit.test_build import make_api, only_op, op, spec_of

PRIM: dict[str, Any] = {"type": "string"}
ARR: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
OBJ: dict[str, Any] = {"type": "object", "properties": {"a": {"type": "integer"}}}
AT = "#/paths/~1x~1{p}/get/parameters/0"


def _build(param: dict[str, Any]) -> tuple[Serialization | None, list[tuple[str, str, str]]]:
    """The parameter's serialization and the warnings about it: (message, pointer, did)."""
    if param.get("in") == "path":
        params = [param := {**param, "required": True}]
    else:  # first, so that its pointer is parameters/0
        params = [param, {"name": "p", "in": "path", "required": True, "schema": PRIM}]
    diags = Diagnostics()
    api = make_api(spec_of({"/x/{p}": {"get": op("getX", parameters=params)}}), diags=diags)
    (built,) = [p for p in only_op(api).params if p.wire_name == param["name"]]
    warnings = [
        (w.message, w.pointer, w.did)
        for w in diags.warnings
        if w.pointer.startswith("#/paths/") and "/parameters/" in w.pointer
    ]
    return built.serialization, warnings


def q(schema: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"name": "v", "in": "query", "schema": schema, **fields}


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        (q(ARR), None),  # query: form, explode true
        (q(ARR, style="form", explode=True), None),
        (q(ARR, explode=False), Serialization(ParamStyle.FORM, False)),
        (q(ARR, style="spaceDelimited"), Serialization(ParamStyle.SPACE_DELIMITED, False)),
        (q(OBJ, style="pipeDelimited", explode=False), Serialization(ParamStyle.PIPE_DELIMITED, False)),
        (q(OBJ, style="deepObject", explode=True), Serialization(ParamStyle.DEEP_OBJECT, True)),
        (q(OBJ, style="deepObject"), Serialization(ParamStyle.DEEP_OBJECT, True)),  # only defined so
        (q(PRIM, allowReserved=True), Serialization(ParamStyle.FORM, True, True)),
        ({"name": "p", "in": "path", "schema": ARR}, None),  # path: simple, explode false
        ({"name": "p", "in": "path", "schema": ARR, "style": "label"}, Serialization(ParamStyle.LABEL, False)),
        ({"name": "p", "in": "path", "schema": OBJ, "style": "matrix", "explode": True}, Serialization(ParamStyle.MATRIX, True)),
        ({"name": "p", "in": "path", "schema": OBJ, "explode": True}, Serialization(ParamStyle.SIMPLE, True)),
        ({"name": "H", "in": "header", "schema": OBJ}, None),
        ({"name": "H", "in": "header", "schema": OBJ, "explode": True}, Serialization(ParamStyle.SIMPLE, True)),
        ({"name": "c", "in": "cookie", "schema": ARR}, None),  # cookie: form, explode true
        ({"name": "c", "in": "cookie", "schema": ARR, "explode": False}, Serialization(ParamStyle.FORM, False)),
        ({"name": "j", "in": "query", "content": {"application/json": {"schema": OBJ}}}, None),
    ],
)  # fmt: skip
def test_serialization_is_data_only_when_not_the_default(
    param: dict[str, Any], expected: Serialization | None
) -> None:
    serialization, warnings = _build(param)
    assert (serialization, warnings) == (expected, [])


@pytest.mark.parametrize(
    ("param", "message", "where", "did"),
    [
        (q(PRIM, style="matrix"), "style 'matrix' is not defined for query parameters", "style", "form (explode: true)"),
        (q(PRIM, style="tabDelimited"), "style 'tabDelimited' is not defined for query parameters", "style", "default style"),
        (q(PRIM, style=["form"]), "style ['form'] is not defined for query parameters", "style", "default style"),
        ({"name": "H", "in": "header", "schema": ARR, "style": "form"}, "style 'form' is not defined for header parameters", "style", "simple (explode: false)"),
        ({"name": "c", "in": "cookie", "schema": OBJ, "style": "deepObject", "explode": True}, "style 'deepObject' is not defined for cookie parameters", "style", "form (explode: true)"),
        ({"name": "p", "in": "path", "schema": PRIM, "style": "form"}, "style 'form' is not defined for path parameters", "style", "simple"),
        (q(ARR, style="deepObject"), "style deepObject is defined for objects, not for array values", "style", "repeated"),
        (q(PRIM, style="deepObject"), "style deepObject is defined for objects, not for primitive values", "style", "`name=value`"),
        (q(OBJ, style="deepObject", explode=False), "style deepObject is defined with explode: true only", "explode", "name[key]=value"),
        (q(PRIM, style="pipeDelimited"), "style pipeDelimited is defined for arrays and objects, not for primitive values", "style", "`name=value`"),
        (q(ARR, style="spaceDelimited", explode=True), "style spaceDelimited is defined with explode: false only", "explode", "form with explode: true"),
        ({"name": "H", "in": "header", "schema": PRIM, "allowReserved": True}, "allowReserved applies to query parameters only", "allowReserved", "percent-encoded"),
        (q({"type": "array", "items": OBJ}), "style form defines no serialization for object values inside an array", "schema", "JSON text"),
        (q({"type": "object", "properties": {"o": OBJ}}, explode=False), "style form defines no serialization for object values inside an object", "schema", "JSON text"),
        (q({"type": "object", "properties": {"l": {"type": "array", "items": OBJ}}}, style="deepObject"), "style deepObject defines no serialization for object values inside an array", "schema", "JSON text"),
        ({"name": "x", "in": "query", "content": {"application/xml": {"schema": OBJ}}}, "parameter content of media type 'application/xml' is not supported", "content", "default style"),
    ],
)  # fmt: skip
def test_undefined_combinations_warn_with_pointer_and_what_is_sent(
    param: dict[str, Any], message: str, where: str, did: str
) -> None:
    _serialization, warnings = _build(param)
    assert [(m[: len(message)], p) for m, p, _ in warnings] == [(message, f"{AT}/{where}")]
    assert did in warnings[0][2]


def test_deep_object_nesting_objects_and_arrays_of_primitives_is_defined() -> None:
    nested = {
        "type": "object",
        "properties": {
            "owner": {"type": "object", "properties": {"id": PRIM, "tags": ARR}},
            "ids": ARR,
        },
    }
    assert _build(q(nested, style="deepObject", explode=True)) == (
        Serialization(ParamStyle.DEEP_OBJECT, True),
        [],
    )


def test_nullable_and_ref_schemas_have_their_shape() -> None:
    nullable = {"anyOf": [{"type": "array", "items": PRIM}, {"type": "null"}]}
    assert _build(q(nullable, style="deepObject"))[1][0][0].startswith(
        "style deepObject is defined for objects, not for array"
    )
    assert _build(q({"type": ["object", "null"], "properties": {}}, style="deepObject"))[1] == []

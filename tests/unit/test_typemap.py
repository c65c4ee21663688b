"""codegen.build.typemap and codegen.models.generate: schema -> annotation, and the schema -> class bridge."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from codegen.build.builder import Settings, build
from codegen.build.typemap import TypeMapper, union
from codegen.errors import CodegenError, Diagnostics
from codegen.ir.records import (
    ANY,
    DictOf,
    EnumValues,
    ListOf,
    LiteralOf,
    ModelRef,
    Nullable,
    Primitive,
    Stdlib,
    StdlibType,
    UnionOf,
)
from codegen.models.generate import ModelField, generate_models
from codegen.overrides import Overrides
from codegen.spec.resolve import Resolver, bundle
from codegen.spec.validate import validate

COMPONENTS: dict[str, Any] = {
    "Cat": {"type": "object", "properties": {"meow": {"type": "string"}}},
    "Dog": {"type": "object", "properties": {"woof": {"type": "string"}}},
    "user-profile": {
        "type": "object",
        "required": ["displayName"],
        "properties": {"displayName": {"type": "string"}, "class": {"type": "string"}},
    },
    "Color": {"type": "string", "enum": ["red", "green"]},
}

STR, INT = Primitive("str"), Primitive("int")
CASES: list[tuple[str, str, dict[str, Any], Any]] = [
    ("3.0.3", "nullable 3.0", {"type": "string", "nullable": True}, Nullable(STR)),
    ("3.1.0", "nullable 3.1", {"type": ["string", "null"]}, Nullable(STR)),
    ("3.1.0", "multi type 3.1", {"type": ["string", "integer"]}, UnionOf((STR, INT))),
    (
        "3.1.0",
        "oneOf refs",
        {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]},
        UnionOf((ModelRef("Cat"), ModelRef("Dog"))),
    ),
    (
        "3.1.0",
        "anyOf with null",
        {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
        Nullable(UnionOf((STR, INT))),
    ),
    ("3.1.0", "anyOf duplicate", {"anyOf": [{"type": "string"}, {"type": "string"}]}, STR),
    ("3.1.0", "const", {"const": "fixed"}, LiteralOf(("fixed",))),
    ("3.1.0", "enum", {"type": "string", "enum": ["a", "b"]}, LiteralOf(("a", "b"))),
    ("3.1.0", "int enum", {"type": "integer", "enum": [1, 2]}, LiteralOf((1, 2))),
    ("3.0.3", "enum with null", {"enum": ["x", None]}, Nullable(LiteralOf(("x",)))),
    ("3.1.0", "array", {"type": "array", "items": {"type": "integer"}}, ListOf(INT)),
    (
        "3.1.0",
        "array of refs",
        {"type": "array", "items": {"$ref": "#/components/schemas/Cat"}},
        ListOf(ModelRef("Cat")),
    ),
    (
        "3.1.0",
        "dict",
        {"type": "object", "additionalProperties": {"type": "number"}},
        DictOf(Primitive("float")),
    ),
    ("3.1.0", "free object", {"type": "object"}, DictOf(ANY)),
    ("3.1.0", "date-time", {"type": "string", "format": "date-time"}, StdlibType(Stdlib.DATETIME)),
    ("3.1.0", "date", {"type": "string", "format": "date"}, StdlibType(Stdlib.DATE)),
    ("3.1.0", "uuid", {"type": "string", "format": "uuid"}, StdlibType(Stdlib.UUID)),
    ("3.1.0", "unknown format", {"type": "string", "format": "email"}, STR),
    ("3.1.0", "boolean", {"type": "boolean"}, Primitive("bool")),
    ("3.1.0", "empty", {}, ANY),
    ("3.1.0", "ref", {"$ref": "#/components/schemas/Cat"}, ModelRef("Cat")),
    (
        "3.1.0",
        "ref to a renamed class",
        {"$ref": "#/components/schemas/user-profile"},
        ModelRef("UserProfile"),
    ),
    # a request argument: one of the enum's values as a literal, or its member
    (
        "3.1.0",
        "ref to enum",
        {"$ref": "#/components/schemas/Color"},
        EnumValues("Color", ("red", "green")),
    ),
    (
        "3.0.3",
        "nullable ref via allOf",
        {"allOf": [{"$ref": "#/components/schemas/Cat"}], "nullable": True},
        Nullable(ModelRef("Cat")),
    ),
]


def _param_types(version: str, schemas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Run the pipeline with one query parameter per schema; wire name -> its TypeRef."""
    spec = {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "getX",
                    "parameters": [
                        {"name": f"p{i}", "in": "query", "schema": s}
                        for i, s in enumerate(schemas.values())
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": COMPONENTS},
    }
    diags = Diagnostics()
    doc = bundle(validate(spec, diags), Resolver(spec))
    api = build(doc, generate_models(doc), Overrides(), Settings(package="demo"), diags)
    [resource] = api.resources
    [operation] = resource.operations
    labels = list(schemas)
    return {labels[int(p.wire_name[1:])]: p.type for p in operation.params}


@pytest.fixture(scope="module")
def mapped() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for version in ("3.0.3", "3.1.0"):
        cases = {label: schema for v, label, schema, _ in CASES if v == version}
        out.update(_param_types(version, cases))
    return out


@pytest.mark.parametrize(("label", "expected"), [(c[1], c[3]) for c in CASES])
def test_type_mapping(mapped: dict[str, Any], label: str, expected: Any) -> None:
    assert mapped[label] == expected


def test_annotations_and_imports(mapped: dict[str, Any]) -> None:
    assert mapped["nullable 3.1"].annotation() == "str | None"
    assert mapped["oneOf refs"].annotation() == "Cat | Dog"
    assert mapped["const"].annotation() == "Literal['fixed']"
    assert mapped["dict"].annotation() == "dict[str, float]"
    assert mapped["array of refs"].annotation() == "list[Cat]"
    imports = {(i.module, i.name) for i in mapped["array of refs"].imports()}
    assert imports == {(".models", "Cat")}
    assert {(i.module, i.name) for i in mapped["date-time"].imports()} == {("datetime", "datetime")}


def test_union_rules() -> None:
    assert union([STR, Nullable(INT), STR]) == Nullable(UnionOf((STR, INT)))
    assert union([STR, ANY]) == ANY
    assert union([Primitive("None")]) == Primitive("None")
    assert union([UnionOf((STR, INT)), INT]) == UnionOf((STR, INT))


def _models(schemas: dict[str, Any]) -> Any:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return doc, generate_models(doc)


def test_models_map_and_fields() -> None:
    _, models = _models(COMPONENTS)
    assert models.class_for("#/components/schemas/user-profile") == "UserProfile"
    assert models.class_for("#/components/schemas/Cat") == "Cat"
    assert models.class_for("#/components/schemas/Nope") is None
    fields = {
        f.alias: f for f in models.fields[models.classes["#/components/schemas/user-profile"]]
    }
    # datamodel-code-generator keeps camelCase field names; only unusable ones are renamed.
    assert fields["displayName"] == ModelField("displayName", "displayName", True)
    assert fields["class"] == ModelField("class_", "class", False)
    ast.parse(models.source)  # the module is valid Python
    assert "class UserProfile(" in models.source


def test_models_string_enums_are_open() -> None:
    _, models = _models({"Color": COMPONENTS["Color"]})
    assert "from ._types import OpenStrEnum" in models.source
    assert "class Color(OpenStrEnum)" in models.source
    assert "StrEnum)" not in models.source.replace("OpenStrEnum)", "")


def test_typemapper_direct_on_components() -> None:
    doc, models = _models(COMPONENTS)
    mapper = TypeMapper(Resolver(doc), models)
    assert mapper.convert({"$ref": "#/components/schemas/Dog"}, "#/x") == ModelRef("Dog")
    # A location the model stage made a class for maps to that class even without a $ref.
    assert mapper.convert(COMPONENTS["Cat"], "#/components/schemas/Cat") == ModelRef("Cat")
    binary = {"type": "string", "format": "binary"}
    assert mapper.convert(binary, "#/y") == Primitive("bytes")
    assert mapper.convert(binary, "#/y", upload=True).annotation() == "FileTypes"


def test_typemapper_remembers_a_reference_by_its_nullable_and_upload() -> None:
    """A `$ref` is converted once per run for its (reference, nullable, upload): each of them
    changes the type, so a key without one would give a wrong answer here; a location that is
    a class itself is never answered from it."""
    schemas = {
        **COMPONENTS,
        "file": {"type": "string", "format": "binary"},
        "alias": {"$ref": "#/components/schemas/file"},
    }
    doc, models = _models(schemas)
    mapper = TypeMapper(Resolver(doc), models)
    ref = {"$ref": "#/components/schemas/file"}
    assert mapper.convert(ref, "#/a") == Primitive("bytes")
    assert mapper.convert(ref, "#/b", upload=True).annotation() == "FileTypes"
    assert mapper.convert({**ref, "nullable": True}, "#/c") == Nullable(Primitive("bytes"))
    assert mapper.convert(ref, "#/d") == Primitive("bytes")
    color = {"$ref": "#/components/schemas/Color"}
    assert mapper.convert(color, "#/e") == ModelRef("Color")
    assert mapper.convert({**color, "nullable": True}, "#/f") == Nullable(ModelRef("Color"))
    at_class = "#/components/schemas/Cat"
    assert mapper.convert(ref, at_class) == ModelRef("Cat")  # the location's class first
    fresh = TypeMapper(Resolver(doc), models)
    for schema, at, upload in ((ref, "#/g", False), (color, "#/h", True)):
        assert mapper.convert(schema, at, upload=upload) == fresh._convert(schema, at, upload, 0)


def test_models_for_a_spec_without_schemas() -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    models = generate_models(doc)
    assert models.classes == {}
    ast.parse(models.source)


def test_dangling_ref_in_a_component_is_an_error(tmp_path: Any) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Bad": {"$ref": "#/components/schemas/Missing"}}},
    }

    def run() -> None:
        doc = validate(spec, Diagnostics())
        generate_models(bundle(doc, Resolver(doc, tmp_path)))

    with pytest.raises(CodegenError) as info:
        run()
    assert info.value.pointer == "#/components/schemas/Bad"

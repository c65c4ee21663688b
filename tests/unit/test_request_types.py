"""Request-side types (codegen/build/requests.py): which schemas get a TypedDict, its keys and
its name, and which enums become literals."""

from __future__ import annotations

from typing import Any

from codegen.ir.records import EnumValues, ModelOrDict, ModelRef, RequestDict
from tests.unit.test_build import make_api, only_op, op, spec_of


def _api(schemas: dict[str, Any], body: dict[str, Any]) -> Any:
    request = {"required": True, "content": {"application/json": {"schema": body}}}
    spec = spec_of({"/things": {"post": op("createThing", requestBody=request)}})
    spec["components"]["schemas"] = schemas
    return make_api(spec)


def _dicts(api: Any) -> dict[str, RequestDict]:
    return {d.name: d for d in api.params}


THING = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "id": {"type": "string", "readOnly": True},
        "name": {"type": "string"},
        "kind": {"const": "thing", "type": "string"},
        "user-id": {"type": "string"},
    },
}


def test_a_nested_object_gets_a_typed_dict_keyed_by_field_names() -> None:
    schemas = {
        "Thing": THING,
        "Box": {"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Thing"}}},
    }
    api = _api(schemas, {"$ref": "#/components/schemas/Box"})
    (arg,) = only_op(api).body.fields  # type: ignore[union-attr]
    assert arg.type == ModelOrDict("Thing", "ThingParam")
    thing = _dicts(api)["ThingParam"]
    keys = {k.name: k.required for k in thing.keys}
    # read-only `id` left out; the constant tag required; `user-id` by its field name
    assert keys == {"name": True, "kind": True, "user_id": False}
    assert set(_dicts(api)) == {"ThingParam"}  # the flattened body itself needs none


def test_the_name_avoids_models_and_is_never_numbered() -> None:
    schemas = {
        "Thing": THING,
        "ThingParam": {"type": "object", "properties": {"x": {"type": "integer"}}},
        "Box": {
            "type": "object",
            "properties": {
                "a": {"$ref": "#/components/schemas/Thing"},
                "b": {"$ref": "#/components/schemas/ThingParam"},
            },
        },
    }
    api = _api(schemas, {"$ref": "#/components/schemas/Box"})
    assert set(_dicts(api)) == {"ThingDict", "ThingParamParam"}


def test_enums_become_literals_unless_a_value_is_no_simple_literal() -> None:
    schemas = {
        "Mode": {"type": "string", "enum": ["a'b", 'c"\\d']},
        "Ratio": {"type": "number", "enum": [1.5, 2]},
        "Box": {
            "type": "object",
            "properties": {
                "mode": {"$ref": "#/components/schemas/Mode"},
                "ratio": {"$ref": "#/components/schemas/Ratio"},
            },
        },
    }
    api = _api(schemas, {"$ref": "#/components/schemas/Box"})
    mode, ratio = only_op(api).body.fields  # type: ignore[union-attr]
    assert mode.type == EnumValues("Mode", ("a'b", 'c"\\d'))
    assert mode.type.annotation() == "Literal[\"a'b\", 'c\"\\\\d'] | Mode"
    assert ratio.type == ModelRef("Ratio")


def test_composed_schemas_keep_the_model_alone() -> None:
    schemas = {
        "Base": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Derived": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"b": {"type": "string"}}},
            ]
        },
        "Box": {"type": "object", "properties": {"d": {"$ref": "#/components/schemas/Derived"}}},
    }
    api = _api(schemas, {"$ref": "#/components/schemas/Box"})
    (arg,) = only_op(api).body.fields  # type: ignore[union-attr]
    assert arg.type == ModelRef("Derived")
    assert api.params == ()

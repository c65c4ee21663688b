"""Usage examples for docstrings: the spec and a type → an :mod:`codegen.ir.examples` value tree.

For each required argument of an operation an :data:`Example` value is built from its type and
the spec's own ``example``/``examples``/``default``/``enum`` where there is one; models are built
from their required fields, a discriminated union from its first member.
:mod:`codegen.render.examples` turns the tree into Python source.
"""

from __future__ import annotations

from typing import Any

from codegen.build.typemap import TypeMapper
from codegen.errors import child
from codegen.ir.examples import Call, DictValue, Example, Expr, ListValue, Scalar, Value
from codegen.ir.records import (
    DictOf,
    FileInput,
    ListOf,
    LiteralOf,
    ModelRef,
    Nullable,
    Primitive,
    Stdlib,
    StdlibType,
    TypeRef,
    UnionOf,
)
from codegen.models.generate import Models
from codegen.spec.resolve import Resolver


def _spec_example(schema: Any) -> tuple[bool, Scalar]:
    """``(found, value)``: the schema's own example, default, const or first enum value."""
    if not isinstance(schema, dict):
        return False, None
    candidates: list[object] = [schema[k] for k in ("example", "default", "const") if k in schema]
    for key in ("examples", "enum"):
        values = schema.get(key)
        if isinstance(values, list) and values:
            candidates.append(values[0])
    for value in candidates:
        if value is None or isinstance(value, str | int | float | bool):
            return True, value
    return False, None


class ExampleBuilder:
    def __init__(self, resolver: Resolver, models: Models, types: TypeMapper) -> None:
        self.resolver = resolver
        self.models = models
        self.types = types
        self.pointer_of = {cls: ptr for ptr, cls in models.classes.items()}

    def value(self, t: TypeRef, schema: Any = None, depth: int = 0) -> Example:
        found, hint = _spec_example(schema)
        if isinstance(t, Nullable):
            return self.value(t.inner, schema, depth)
        if isinstance(t, Primitive):
            if t.name == "None":
                return Value(None)
            if t.name == "bytes":
                return Expr("bytes")
            python = {"str": str, "int": int, "float": float, "bool": bool}[t.name]
            if found and type(hint) is python:
                return Value(hint)
            fallback: dict[str, Scalar] = {"str": "string", "int": 1, "float": 1.0, "bool": True}
            return Value(fallback[t.name])
        if isinstance(t, StdlibType):
            if t.kind is Stdlib.ANY:
                return Value(hint if found else "value")
            return Expr(t.kind.value.rsplit(".", 1)[1].lower())
        if isinstance(t, FileInput):
            return Expr("file")
        if isinstance(t, LiteralOf):
            return Value(t.values[0])
        if isinstance(t, ListOf):
            items = schema.get("items") if isinstance(schema, dict) else None
            return ListValue((self.value(t.item, items, depth + 1),))
        if isinstance(t, DictOf):
            return DictValue((("key", self.value(t.value, None, depth + 1)),))
        if isinstance(t, UnionOf):
            return self.value(t.items[0], None, depth + 1)
        return self._model(t, depth)

    def _model(self, t: ModelRef, depth: int) -> Example:
        ptr = self.pointer_of.get(t.name)
        schema: Any = {}
        if ptr is not None:
            schema, ptr = self.resolver.deref({"$ref": ptr}, ptr)
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list) and schema["enum"]:
            return Call(t.name, args=(Value(schema["enum"][0]),))
        for key in ("oneOf", "anyOf"):
            if isinstance(schema, dict) and isinstance(schema.get(key), list) and ptr is not None:
                first = self.types.convert(schema[key][0], child(ptr, key, 0))
                return Call(t.name, args=(self.value(first, None, depth + 1),))
        if depth > 4 or ptr is None:
            return Call(t.name)
        kwargs = []
        properties = self._properties(schema, ptr)
        for field in self.models.fields.get(t.name, ()):
            if not field.required or field.alias not in properties:
                continue
            prop, prop_at = properties[field.alias]
            resolved, _ = self.resolver.deref(prop, prop_at)
            if isinstance(resolved, dict) and "const" in resolved:
                continue  # discriminator tags have their value as default
            kwargs.append(
                (field.name, self.value(self.types.convert(prop, prop_at), resolved, depth + 1))
            )
        return Call(t.name, kwargs=tuple(kwargs))

    def _properties(self, schema: Any, ptr: str) -> dict[str, tuple[Any, str]]:
        """Own and allOf-inherited properties of an object schema, with their pointers."""
        out: dict[str, tuple[Any, str]] = {}
        if not isinstance(schema, dict):
            return out
        for i, part in enumerate(schema.get("allOf") or []):
            resolved, at = self.resolver.deref(part, child(ptr, "allOf", i))
            out.update(self._properties(resolved, at))
        for name, prop in (schema.get("properties") or {}).items():
            out[name] = (prop, child(ptr, "properties", name))
        return out

"""Schema → :data:`codegen.ir.records.TypeRef`: the annotation a parameter, field or result gets.

A schema location that the model stage turned into a class becomes a :class:`ModelRef`; everything
else is described structurally (lists, dicts, unions, literals, nullables, scalars).
"""

from __future__ import annotations

from typing import Any

from codegen.errors import child
from codegen.ir.records import (
    ANY,
    NONE,
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

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_FORMATS = {
    "date-time": StdlibType(Stdlib.DATETIME),
    "date": StdlibType(Stdlib.DATE),
    "uuid": StdlibType(Stdlib.UUID),
}


def _pure_union(schema: Any) -> bool:
    """A schema that is only a choice between members (no own properties to model)."""
    return (
        isinstance(schema, dict)
        and any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf"))
        and not schema.get("properties")
        and "allOf" not in schema
    )


def nullable(t: TypeRef) -> TypeRef:
    if isinstance(t, Nullable) or t == NONE:
        return t
    return Nullable(t)


def union(items: list[TypeRef]) -> TypeRef:
    """A flattened, de-duplicated union; ``None`` members make it :class:`Nullable`."""
    flat: list[TypeRef] = []
    has_none = False
    for item in items:
        if isinstance(item, Nullable):
            has_none = True
            item = item.inner
        parts = item.items if isinstance(item, UnionOf) else (item,)
        for part in parts:
            if part == NONE:
                has_none = True
            elif part not in flat:
                flat.append(part)
    if ANY in flat:
        flat = [ANY]
    core: TypeRef = NONE if not flat else flat[0] if len(flat) == 1 else UnionOf(tuple(flat))
    return nullable(core) if has_none and core != NONE else core


class TypeMapper:
    """Converts schemas of one (bundled) document; ``upload`` maps binary strings to file input."""

    def __init__(self, resolver: Resolver, models: Models) -> None:
        self.resolver = resolver
        self.models = models
        # (`$ref`, nullable, upload) -> the type of a reference that is no class itself
        self._by_ref: dict[tuple[str, bool, bool], TypeRef] = {}

    def convert(self, schema: Any, at: str, *, upload: bool = False) -> TypeRef:
        """The type of ``schema`` at ``at``. A local ``$ref`` at a location that is no class
        is converted once per run: its type depends on the reference, its ``nullable`` and
        ``upload`` alone (where it is found only names an error, which is not kept), and
        GitHub's parameters, fields and results refer to one component from many places."""
        if isinstance(schema, dict) and "$ref" in schema and self.models.class_for(at) is None:
            ref = schema["$ref"]
            if isinstance(ref, str) and ref.startswith("#"):
                key = (ref, schema.get("nullable") is True, upload)
                found = self._by_ref.get(key)
                if found is None:
                    found = self._by_ref[key] = self._convert(schema, at, upload, depth=0)
                return found
        return self._convert(schema, at, upload, depth=0)

    def _convert(self, schema: Any, at: str, upload: bool, depth: int) -> TypeRef:
        if depth > 50 or schema is True or schema == {} or not isinstance(schema, dict):
            return ANY
        cls = self.models.class_for(at)
        if cls is not None:
            return ModelRef(cls)
        if "$ref" in schema:
            target = self.resolver.target(schema["$ref"], at)
            cls = self.models.class_for(target.pointer)
            resolved = self.resolver.lookup(target, at)
            if cls is not None and _pure_union(resolved):
                # A named oneOf/anyOf: callers pass and get the member itself (Cat | Dog),
                # not a RootModel wrapper around it.
                core: TypeRef = self._structural(resolved, target.pointer, upload, depth + 1)
            elif cls is not None:
                core = ModelRef(cls)
            else:
                core = self._convert(resolved, target.pointer, upload, depth + 1)
            return nullable(core) if schema.get("nullable") is True else core
        core = self._structural(schema, at, upload, depth)
        if schema.get("nullable") is True:
            core = nullable(core)
        return core

    def _structural(self, schema: dict[str, Any], at: str, upload: bool, depth: int) -> TypeRef:
        if "const" in schema and isinstance(schema["const"], str | int | float | bool):
            return LiteralOf((schema["const"],))
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            literal: TypeRef = (
                LiteralOf(tuple(values))
                if values and all(isinstance(v, str | int | bool) for v in values)
                else ANY
            )
            return nullable(literal) if None in schema["enum"] else literal
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return union(
                    [
                        self._convert(s, child(at, key, i), upload, depth + 1)
                        for i, s in enumerate(schema[key])
                    ]
                )
        if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            return self._convert(schema["allOf"][0], child(at, "allOf", 0), upload, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            return union([self._structural({**schema, "type": k}, at, upload, depth) for k in kind])
        if kind == "array":
            return ListOf(
                self._convert(schema.get("items", {}), child(at, "items"), upload, depth + 1)
            )
        if kind == "object" or (kind is None and "properties" in schema):
            extra = schema.get("additionalProperties")
            if not schema.get("properties") and isinstance(extra, dict):
                return DictOf(
                    self._convert(extra, child(at, "additionalProperties"), upload, depth + 1)
                )
            return DictOf(ANY)
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "binary" or (fmt == "byte" and upload):
                return FileInput() if upload else Primitive("bytes")
            return _FORMATS.get(fmt, Primitive("str")) if isinstance(fmt, str) else Primitive("str")
        if isinstance(kind, str) and kind in _SCALARS:
            return Primitive(_SCALARS[kind])
        return ANY

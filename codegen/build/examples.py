"""Usage examples for docstrings: the spec and a type → an :mod:`codegen.ir.examples` value tree.

For each required argument an :data:`Example` is built from the spec's own examples, most
specific first, and from type-shaped placeholders (``'string'``, ``1``) only where it has none:

1. a value handed down from an enclosing example — a parameter's ``example`` or ``examples``
   (the 3.0 map of Example objects, first entry's ``value``), a request body media type's
   ``example``/``examples``, an object schema's own ``example`` for its properties;
2. the schema's own ``example``, ``examples`` (3.1 list), ``default``, ``const`` or first
   ``enum`` value.

A spec value is used only where it fits the argument's type, so every example still
type-checks: a string for ``str``, a member for a ``Literal`` or an enum, an object for a model
(built from the example's fields: the required ones, and optional ones the example shows), the
union member whose required fields and tags the object matches. Anything else falls back.
:mod:`codegen.render.examples` turns the tree into Python source.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, cast

from codegen.build.typemap import TypeMapper
from codegen.errors import child
from codegen.ir.examples import Call, DictValue, Example, Expr, ListValue, Scalar, Value
from codegen.ir.records import (
    DictOf,
    EnumValues,
    FileInput,
    ListOf,
    LiteralOf,
    ModelOrDict,
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

NONE: Any = object()  # "no example here" (``None`` is a JSON value)
_LONGEST = 200  # longer example strings make a docstring unreadable: the placeholder instead
_ITEMS = 3  # at most this many items of a list or map example
_FALLBACK: dict[str, Scalar] = {"str": "string", "int": 1, "float": 1.0, "bool": True}
_PYTHON: dict[str, type | tuple[type, ...]] = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
}


def _first_example_value(examples: Any) -> Any:
    """The first ``value`` of a 3.0 Example-object map (``{"name": {"value": ...}}``)."""
    if isinstance(examples, Mapping):
        for entry in examples.values():
            if isinstance(entry, Mapping) and "value" in entry:
                return entry["value"]
    return NONE


def shown_examples(node: Mapping[str, Any]) -> list[Any]:
    """The values of ``node``'s own ``example`` and ``examples`` (an example, not a default:
    what :mod:`codegen.build.example_names` indexes by name)."""
    values = [node["example"]] if "example" in node else []
    examples = node.get("examples")
    if isinstance(examples, list):  # JSON Schema (3.1)
        values.extend(examples)
    elif (value := _first_example_value(examples)) is not NONE:  # Example objects
        values.append(value)
    return values


def spec_examples(node: Any) -> Iterator[Any]:
    """The example values ``node`` (a schema, parameter or media type) declares, in order."""
    if not isinstance(node, Mapping):
        return
    yield from shown_examples(node)
    for key in ("default", "const"):
        if key in node:
            yield node[key]
    if isinstance(node.get("enum"), list):
        yield from node["enum"]


def given_example(*nodes: Any) -> Any:
    """The first example any of ``nodes`` (parameter, media types, schema) declares, or NONE."""
    for node in nodes:
        for value in spec_examples(node):
            return value
    return NONE


class ExampleBuilder:
    def __init__(
        self,
        resolver: Resolver,
        models: Models,
        types: TypeMapper,
        by_name: Mapping[str, tuple[Any, ...]],
    ) -> None:
        """``by_name``: the document's examples by wire name
        (:func:`codegen.build.example_names.examples_by_name`)."""
        self.resolver = resolver
        self.models = models
        self.types = types
        self.pointer_of = {cls: ptr for ptr, cls in models.classes.items()}
        self.by_name = by_name

    def value(
        self,
        t: TypeRef,
        schema: Any = None,
        depth: int = 0,
        given: Any = NONE,
        name: str | None = None,
    ) -> Example:
        """An example of type ``t``: from ``given`` (an enclosing example's value), else from
        ``schema``'s own examples, else from what the spec shows for the wire ``name`` elsewhere,
        else a placeholder."""
        resolved, _ = self.resolver.deref(schema, "#") if isinstance(schema, dict) else (None, "")
        borrowed = self.by_name.get(name, ()) if name is not None else ()
        for candidate in (given, *spec_examples(resolved), *borrowed):
            if candidate is NONE:
                continue
            found = self._fitted(t, candidate, resolved, depth)
            if found is not None:
                return found
        return self._placeholder(t, resolved, depth)

    def _fitted(self, t: TypeRef, value: Any, schema: Any, depth: int) -> Example | None:
        """``value`` as an example of ``t``, or None when it does not fit."""
        if isinstance(t, Nullable):
            return None if value is None else self._fitted(t.inner, value, schema, depth)
        if isinstance(t, Primitive):
            python = _PYTHON.get(t.name)
            if python is None or isinstance(value, bool) is not (t.name == "bool"):
                return None
            if not isinstance(value, python) or (isinstance(value, str) and len(value) > _LONGEST):
                return None
            return Value(cast(Scalar, value))
        if isinstance(t, StdlibType):
            return self._json(value) if t.kind is Stdlib.ANY else None
        if isinstance(t, LiteralOf):
            return Value(value) if _member_of(value, t.values) else None
        if isinstance(t, ListOf):
            if not isinstance(value, list) or not value:
                return None
            items = _at(schema, "items")
            return ListValue(tuple(self.value(t.item, items, depth + 1, v) for v in value[:_ITEMS]))
        if isinstance(t, DictOf):
            if not isinstance(value, dict) or not value:
                return None
            return DictValue(
                tuple((str(k), self.value(t.value, None, depth + 1, v)) for k, v in _first(value))
            )
        if isinstance(t, UnionOf):
            for item in t.items:
                if not isinstance(item, ModelRef) or self._model_fits(item, value):
                    found = self._fitted(item, value, None, depth + 1)
                    if found is not None:
                        return found
            return None
        if isinstance(t, ModelRef):
            return self._model(t, depth, value) if self._model_fits(t, value) else None
        return None

    def _json(self, value: Any) -> Example | None:
        """Any JSON value, as it is (for ``Any``)."""
        if value is None or isinstance(value, str | int | float | bool):
            return Value(value)
        if isinstance(value, list):
            items = [self._json(v) for v in value[:_ITEMS]]
            return ListValue(tuple(i for i in items if i is not None))
        if isinstance(value, dict):
            pairs = [(str(k), self._json(v)) for k, v in _first(value)]
            return DictValue(tuple((k, v) for k, v in pairs if v is not None))
        return None

    def _placeholder(self, t: TypeRef, schema: Any, depth: int) -> Example:
        if isinstance(t, Nullable):
            return self.value(t.inner, schema, depth)
        if isinstance(t, Primitive):
            if t.name == "None":
                return Value(None)
            if t.name == "bytes":
                return Expr("bytes")
            return Value(_FALLBACK[t.name])
        if isinstance(t, StdlibType):
            if t.kind is Stdlib.ANY:
                return Value("value")
            return Expr(t.kind.value.rsplit(".", 1)[1].lower())
        if isinstance(t, FileInput):
            return Expr("file")
        if isinstance(t, LiteralOf):
            return Value(t.values[0])
        if isinstance(t, ListOf):
            return ListValue((self.value(t.item, _at(schema, "items"), depth + 1),))
        if isinstance(t, DictOf):
            return DictValue((("key", self.value(t.value, None, depth + 1)),))
        if isinstance(t, UnionOf):
            return self.value(t.items[0], None, depth + 1)
        if isinstance(t, EnumValues):  # request-side types are made after the examples
            return Value(t.values[0])
        if isinstance(t, ModelOrDict):
            return self._model(ModelRef(t.model), depth)
        return self._model(t, depth)

    def _schema(self, t: ModelRef) -> tuple[Any, str | None]:
        ptr = self.pointer_of.get(t.name)
        if ptr is None:
            return {}, None
        schema, at = self.resolver.deref({"$ref": ptr}, ptr)
        return schema, at

    def _model_fits(self, t: ModelRef, value: Any) -> bool:
        """Whether ``value`` can be an example of model ``t`` (enum value, or an object with the
        model's required fields and tag values)."""
        schema, ptr = self._schema(t)
        if not isinstance(schema, dict) or ptr is None:
            return False
        if isinstance(schema.get("enum"), list):
            return _member_of(value, schema["enum"])
        if any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf")):
            return False  # a union root model: its own example is not picked apart
        if not isinstance(value, dict):
            return False
        fields = self.models.fields.get(t.name, ())
        if any(f.required and f.alias not in value for f in fields if not self._tag(t, f.alias)):
            return False
        for wire, (prop, at) in self._properties(schema, ptr).items():
            tag = self._tag_value(prop, at)
            if tag is not NONE and wire in value and value[wire] != tag:
                return False
        return True

    def _tag(self, t: ModelRef, wire: str) -> bool:
        schema, ptr = self._schema(t)
        props = self._properties(schema, ptr) if ptr is not None else {}
        return wire in props and self._tag_value(*props[wire]) is not NONE

    def _tag_value(self, prop: Any, at: str) -> Any:
        resolved, _ = self.resolver.deref(prop, at)
        if isinstance(resolved, dict):
            if "const" in resolved:
                return resolved["const"]
            enum = resolved.get("enum")
            if isinstance(enum, list) and len(enum) == 1:
                return enum[0]
        return NONE

    def _model(self, t: ModelRef, depth: int, given: Any = NONE) -> Example:
        schema, ptr = self._schema(t)
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list) and schema["enum"]:
            member = given if _member_of(given, schema["enum"]) else schema["enum"][0]
            return Call(t.name, args=(Value(member),))
        for key in ("oneOf", "anyOf"):
            if isinstance(schema, dict) and isinstance(schema.get(key), list) and ptr is not None:
                first = self.types.convert(schema[key][0], child(ptr, key, 0))
                return Call(t.name, args=(self.value(first, None, depth + 1),))
        if depth > 4 or ptr is None:
            return Call(t.name)
        if given is NONE:
            given = given_example(schema)
        shown = given if isinstance(given, dict) else {}
        kwargs = []
        properties = self._properties(schema, ptr)
        for field in self.models.fields.get(t.name, ()):
            if field.alias not in properties or not (field.required or field.alias in shown):
                continue
            prop, prop_at = properties[field.alias]
            if self._tag_value(prop, prop_at) is not NONE:
                continue  # discriminator tags have their value as default
            field_type = self.types.convert(prop, prop_at)
            kwargs.append(
                (
                    field.name,
                    self.value(
                        field_type, prop, depth + 1, shown.get(field.alias, NONE), field.alias
                    ),
                )
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


def _member_of(value: Any, members: Any) -> bool:
    """``value`` is one of ``members`` as JSON sees it (``True`` is not ``1``)."""
    return isinstance(value, str | int | float | bool) and any(
        type(m) is type(value) and m == value for m in members
    )


def _at(schema: Any, key: str) -> Any:
    return schema.get(key) if isinstance(schema, dict) else None


def _first(value: dict[Any, Any]) -> list[tuple[Any, Any]]:
    return list(value.items())[:_ITEMS]

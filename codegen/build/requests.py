"""Request arguments as users write them: enum values as literals, request objects as dicts.

:class:`RequestTypes` turns a model-side :data:`TypeRef` (what the model stage made) into what a
method accepts (openai-python's ``*_params.py`` pattern):

- an enum class becomes :class:`EnumValues` (``Literal['speed', 'precision'] | Mode``) when all
  its values are str, int or bool literals (otherwise it stays the enum class); a ``Literal``
  longer than :data:`INLINE_LITERAL` characters is named once (``EventTypeParam``) instead of
  being repeated in every signature;
- an object model becomes :class:`ModelOrDict` (``AssetUrl | AssetUrlParam``), where the runtime
  validates the value through the model (JSON bodies), and gets a :class:`RequestDict`: a
  ``TypedDict`` keyed by the model's field names, read-only properties left out, a constant tag
  (``type: Literal['url']``) required so that each member of a union is told apart by its tag;
- lists, dicts, unions and nullables are converted member by member.

Only the models reachable from request bodies get a ``TypedDict``; schemas the model stage could
not describe as plain objects (``allOf``, unions with own properties, fields it renamed past
recognition) keep the model alone. Names are ``{Model}Param``, else ``{Model}Dict``, else
``{Model}TypedDict``: never numbered, never a model's name.
"""

from __future__ import annotations

from typing import Any

from codegen.build.typemap import TypeMapper
from codegen.errors import CodegenError, child
from codegen.ir import naming
from codegen.ir.naming import Identifier
from codegen.ir.records import (
    DictKey,
    DictOf,
    Doc,
    EnumValues,
    ListOf,
    LiteralOf,
    ModelOrDict,
    ModelRef,
    Nullable,
    RequestDict,
    RequestLiteral,
    TypeRef,
    UnionOf,
)
from codegen.models.generate import Models
from codegen.spec.resolve import Resolver

# Names the params module and the resource modules import (typing, the runtime, the stdlib): a
# TypedDict spelled like one would shadow it.
RESERVED = frozenset(
    {"Any", "Literal", "NotRequired", "Required", "TypedDict", "TYPE_CHECKING", "cast"}
    | {"AsyncPager", "Body", "Endpoint", "FileTypes", "Headers", "NotGiven", "Paging", "Query"}
    | {"SyncPage", "UUID", "Decimal", "date", "datetime", "time", "builtins", "httpx"}
)
_SUFFIXES = ("param", "dict", "typed dict")
INLINE_LITERAL = 48  # longest ``Literal[...]`` written out in signatures; longer ones are named
_COMPOSED = ("allOf", "oneOf", "anyOf", "enum", "const")


class RequestTypes:
    """Request-side types of one build, and the ``TypedDict`` records they need."""

    def __init__(self, resolver: Resolver, models: Models, types: TypeMapper) -> None:
        self.resolver = resolver
        self.models = models
        self.types = types
        self._pointer: dict[Identifier, str] = {}
        for ptr in sorted(models.classes, key=lambda p: (len(p), p)):
            self._pointer.setdefault(models.classes[ptr], ptr)
        self._taken = set(models.fields) | set(models.classes.values()) | RESERVED
        self._dicts: dict[Identifier, RequestDict | None] = {}  # model -> its TypedDict
        self._names: dict[Identifier, Identifier] = {}  # model -> TypedDict name
        self._literals: dict[Identifier, EnumValues | None] = {}  # enum -> its request type

    def arg(self, t: TypeRef, *, objects: bool) -> TypeRef:
        """What a method accepts for a value of model-side type ``t``; ``objects``: the runtime
        validates this value through its model, so a dict may stand for an object model."""
        if isinstance(t, ModelRef):
            enum = self._enum(t.name)
            if enum is not None:
                return enum
            param = self._dict_name(t.name) if objects else None
            return ModelOrDict(t.name, param) if param is not None else t
        if isinstance(t, ListOf):
            return ListOf(self.arg(t.item, objects=objects))
        if isinstance(t, DictOf):
            return DictOf(self.arg(t.value, objects=objects))
        if isinstance(t, UnionOf):
            return UnionOf(tuple(self.arg(i, objects=objects) for i in t.items))
        if isinstance(t, Nullable):
            return Nullable(self.arg(t.inner, objects=objects))
        return t

    def typed_dicts(self) -> tuple[RequestDict, ...]:
        """Every ``TypedDict`` the converted types refer to, by name."""
        return tuple(sorted((d for d in self._dicts.values() if d), key=lambda d: d.name))

    def literals(self) -> tuple[RequestLiteral, ...]:
        """The enum literals named in ``params``, by name."""
        named = [RequestLiteral(e.alias, e) for e in self._literals.values() if e and e.alias]
        return tuple(sorted(named, key=lambda n: n.name))

    def names(self) -> frozenset[Identifier]:
        return frozenset(self._names.values()) | {n.name for n in self.literals()}

    # ------------------------------------------------------------------------------ helpers

    def _schema(self, cls: Identifier) -> tuple[Any, str]:
        ptr = self._pointer.get(cls)
        if ptr is None:
            return None, ""
        return self.resolver.deref({"$ref": ptr}, "#")

    def _enum(self, cls: Identifier) -> EnumValues | None:
        if cls in self._literals:
            return self._literals[cls]
        schema, at = self._schema(cls)
        self._literals[cls] = None
        if not isinstance(schema, dict) or not isinstance(schema.get("enum"), list):
            return None
        values = [v for v in schema["enum"] if v is not None]
        if not values or any(type(v) not in (str, int, bool) for v in values):
            return None  # a float or object value: the enum class alone
        enum = EnumValues(cls, tuple(dict.fromkeys(values)))
        if len(enum.literal()) > INLINE_LITERAL:
            enum = EnumValues(cls, enum.values, self._free_name(cls, at))
        self._literals[cls] = enum
        return enum

    def _dict_name(self, cls: Identifier) -> Identifier | None:
        if cls in self._dicts:  # known, or being built (a model may contain itself)
            return self._names.get(cls)
        schema, at = self._schema(cls)
        fields = {f.alias: f for f in self.models.fields.get(cls, ())}
        props = schema.get("properties") if isinstance(schema, dict) else None
        wanted = (
            {
                wire: prop
                for wire, prop in props.items()
                if not _read_only(self.resolver.deref(prop, child(at, "properties", wire))[0])
            }
            if isinstance(props, dict)
            else {}
        )
        if (
            not wanted
            or any(k in schema for k in _COMPOSED)
            or any(wire not in fields for wire in wanted)
        ):
            self._dicts[cls] = None
            return None
        name = self._free_name(cls, at)
        self._names[cls] = name
        self._dicts[cls] = None  # until its keys are converted
        keys = []
        for wire, prop in wanted.items():
            prop_at = child(at, "properties", wire)
            t = self.arg(self.types.convert(prop, prop_at), objects=True)
            constant = isinstance(t, LiteralOf) and len(t.values) == 1
            keys.append(
                DictKey(
                    name=Identifier(fields[wire].name),
                    type=t,
                    required=fields[wire].required or constant,
                    doc=_doc(prop, self.resolver.deref(prop, prop_at)[0]),
                )
            )
        self._dicts[cls] = RequestDict(name, cls, _doc(schema, schema), tuple(keys))
        return name

    def _free_name(self, cls: Identifier, at: str) -> Identifier:
        options = [naming.pascal(f"{cls} {suffix}") for suffix in _SUFFIXES]
        for option in options:
            if option not in self._taken:
                self._taken.add(option)
                return option
        raise CodegenError(
            f"the request dict of {cls} has no free name: {', '.join(options)} are all taken",
            pointer=at,
            hint=f'Rename the schema in the overrides file: [schemas."{at}"] name = "...".',
        )


def _read_only(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("readOnly") is True


def _doc(node: Any, resolved: Any) -> Doc:
    for candidate in (node, resolved):
        text = candidate.get("description") if isinstance(candidate, dict) else None
        if isinstance(text, str) and text.strip():
            return Doc(description=text)
    return Doc()

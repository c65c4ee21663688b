"""Changelog, part 2 — what changed inside one schema, and whether it breaks SDK users.

Owns the field-level rules of :mod:`codegen.changelog.diff`: a schema is reduced to a :class:`Shape`
(its kind, format, nullability, enum values, default, and its fields, items or union members,
`$ref`s followed), and two shapes are compared recursively, fields named by a dotted path
(``video<AssetUrl>.url``, ``items[]``, ``meta.*``). Whether a change breaks depends on the
:class:`Direction`: what callers *send* may only widen, what they *receive* may only narrow —
except enum values, which our client parses forward-compatibly.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal

from codegen.changelog import limits
from codegen.changelog.unchanged import refs as _refs
from codegen.errors import child, unescape_token
from codegen.spec.resolve import Resolver

Side = Literal["old", "new"]
Node = tuple[Any, str]  # a schema as written, and its JSON pointer


class Direction(StrEnum):
    REQUEST = "request"  # values the SDK user sends
    RESPONSE = "response"  # values the SDK user receives


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One difference found in a schema; the caller turns it into a changelog entry."""

    verb: Literal["added", "removed", "changed"]
    path: str
    side: Side
    pointer: str
    message: str
    breaking: bool


@dataclass(frozen=True, slots=True)
class Shape:
    """What of a schema the SDK's types depend on."""

    kind: str  # string | integer | number | boolean | array | object | union | any
    format: str | None = None
    label: str = "any"
    nullable: bool = False
    enum: frozenset[str] | None = None  # values as JSON text
    default: str | None = None  # as JSON text
    props: dict[str, Node] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    read_only: frozenset[str] = frozenset()
    write_only: frozenset[str] = frozenset()
    items: Node | None = None
    values: Node | None = None  # additionalProperties schema
    members: dict[str, Node] = field(default_factory=dict)  # union, by label
    core: Node | None = None  # the one member of an ``anyOf``/``oneOf`` that is not null
    limits: tuple[tuple[str, str], ...] = ()  # constraints, :func:`codegen.changelog.limits.limits`
    deprecated: bool = False

    @property
    def display(self) -> str:
        return self.label + (" | null" if self.nullable else "")


def _ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return unescape_token(ref.rsplit("/", 1)[-1]) if isinstance(ref, str) else None


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _is_null(resolver: Resolver, node: Any, at: str) -> bool:
    resolved, _ = resolver.deref(node, at)
    if not isinstance(resolved, dict):
        return False
    return resolved.get("type") in ("null", ["null"]) or resolved.get("enum") == [None]


def shape(resolver: Resolver, node: Any, at: str) -> Shape:
    """The :class:`Shape` of the schema ``node`` found at ``at``."""
    ref = _ref_name(node)
    outer = node if isinstance(node, dict) else {}
    resolved, r_at = resolver.deref(node, at)
    if not isinstance(resolved, dict):
        resolved = {}
    nullable = bool(outer.get("nullable") or resolved.get("nullable"))
    raw_default = outer.get("default", resolved.get("default", ...))
    default = None if raw_default is ... else _json(raw_default)

    deprecated = bool(outer.get("deprecated") or resolved.get("deprecated"))

    def finish(inner: Shape) -> Shape:
        return replace(
            inner,
            nullable=inner.nullable or nullable,
            default=default if default is not None else inner.default,
            label=ref or inner.label,
            deprecated=inner.deprecated or deprecated,
        )

    all_of = resolved.get("allOf")
    if isinstance(all_of, list) and all_of:
        if len(all_of) == 1 and not resolved.get("properties"):
            return finish(shape(resolver, all_of[0], child(r_at, "allOf", 0)))
        return finish(_merged(resolver, resolved, r_at))
    key = "oneOf" if isinstance(resolved.get("oneOf"), list) else "anyOf"
    alts = resolved.get(key)
    if isinstance(alts, list) and alts:
        real = [
            (m, child(r_at, key, i))
            for i, m in enumerate(alts)
            if not _is_null(resolver, m, child(r_at, key, i))
        ]
        nullable = nullable or len(real) < len(alts)
        if len(real) == 1:
            inner = shape(resolver, *real[0])
            return replace(finish(inner), core=inner.core or real[0])
        consts = limits.constants(resolver, real)
        if consts is not None:  # an enum spelled as ``oneOf`` of ``{const: …}``
            types = {limits.KIND.get(type(v), "any") for v in consts}
            kind = types.pop() if len(types) == 1 else "any"
            spelled = frozenset(_json(v) for v in consts)
            return finish(Shape(kind, label=kind, nullable=nullable, enum=spelled))
        members: dict[str, Node] = {}
        for m, m_at in real:  # by what the member is; two inline ones alike get their place
            label = _ref_name(m) or shape(resolver, m, m_at).display
            members[label if label not in members else f"{label} at {m_at}"] = (m, m_at)
        return finish(Shape("union", label=" | ".join(sorted(members)), members=members))

    type_ = resolved.get("type")
    if isinstance(type_, list):
        nullable = nullable or "null" in type_
        kinds = sorted(str(t) for t in type_ if t != "null")
        if len(kinds) > 1:
            members = {k: ({"type": k}, r_at) for k in kinds}
            return finish(Shape("union", label=" | ".join(kinds), members=members))
        type_ = kinds[0] if kinds else None
    values = resolved.get("enum")
    if "const" in resolved:
        values = [resolved["const"]]
    enum = None
    if isinstance(values, list):
        nullable = nullable or None in values
        enum = frozenset(_json(v) for v in values if v is not None)
        if type_ is None and values:
            type_ = limits.KIND.get(type(values[0]))
    if type_ is None:
        if "properties" in resolved or "additionalProperties" in resolved:
            type_ = "object"
        elif "items" in resolved:
            type_ = "array"
    fmt = resolved.get("format") if isinstance(resolved.get("format"), str) else None
    base = Shape(
        "any",
        nullable=nullable,
        enum=enum,
        default=default,
        limits=limits.limits(resolved),
        deprecated=deprecated,
    )
    if type_ == "array":
        items = (resolved.get("items", {}), child(r_at, "items"))
        label = "array of " + shape(resolver, *items).display
        return replace(base, kind="array", label=ref or label, items=items)
    if type_ == "object":
        props = resolved.get("properties") or {}
        extra = resolved.get("additionalProperties")
        value_node = (
            (extra, child(r_at, "additionalProperties")) if isinstance(extra, dict) else None
        )
        label = "object"
        if value_node is not None and not props:
            label = "map of " + shape(resolver, *value_node).display
        return replace(
            _with_props(base, resolver, props, r_at, resolved.get("required")),
            kind="object",
            label=ref or label,
            values=value_node,
        )
    if isinstance(type_, str):
        label = type_ + (f" ({fmt})" if fmt else "")
        return replace(base, kind=type_, format=fmt, label=ref or label)
    return replace(base, label=ref or "any")


def _with_props(
    base: Shape, resolver: Resolver, props: dict[str, Any], at: str, required: Any
) -> Shape:
    nodes = {name: (prop, child(at, "properties", name)) for name, prop in props.items()}
    flags: dict[str, set[str]] = {"readOnly": set(), "writeOnly": set()}
    for name, (prop, p_at) in nodes.items():
        resolved, _ = resolver.deref(prop, p_at)
        for flag, names in flags.items():
            if (isinstance(prop, dict) and prop.get(flag)) or (
                isinstance(resolved, dict) and resolved.get(flag)
            ):
                names.add(name)
    return replace(
        base,
        props=nodes,
        required=frozenset(required if isinstance(required, list) else ()),
        read_only=frozenset(flags["readOnly"]),
        write_only=frozenset(flags["writeOnly"]),
    )


def _merged(resolver: Resolver, resolved: dict[str, Any], at: str) -> Shape:
    """``allOf``: the union of the members' fields and required lists."""
    merged = Shape("object", label="object")
    parts = [(resolved, at)] + [
        (m, child(at, "allOf", i)) for i, m in enumerate(resolved.get("allOf") or [])
    ]
    for node, n_at in parts:
        part = shape(resolver, {k: v for k, v in node.items() if k != "allOf"}, n_at)
        if part.kind == "object":
            merged = replace(
                merged,
                props={**merged.props, **part.props},
                required=merged.required | part.required,
                read_only=merged.read_only | part.read_only,
                write_only=merged.write_only | part.write_only,
            )
    return merged


def _as_union(s: Shape, node: Node) -> Shape:
    """A one-member union of ``s`` (unions are compared member by member)."""
    if s.kind == "union":
        return s
    return replace(s, kind="union", format=None, members={s.label: node})


def _values(items: frozenset[str]) -> str:
    return ", ".join(f"`{v}`" for v in sorted(items))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


@dataclass(slots=True)
class SchemaDiff:
    """Compares an old and a new schema in one direction; ``subject`` names a path in prose
    (``"request field `a.b`"``)."""

    old: Resolver
    new: Resolver
    direction: Direction
    subject: Callable[[str], str]
    unchanged: frozenset[str] = (
        frozenset()
    )  # from :func:`codegen.changelog.unchanged.unchanged_schemas`
    # Schemas with a model class of their own (pointers on either side): their changes are the
    # class's entries, said once, so a comparison stops there; ``inside`` is the one compared.
    classes: frozenset[str] = frozenset()
    inside: str = ""
    out: list[FieldChange] = field(default_factory=list)
    # The schema compared is an optional field's: its annotation is ``X | None`` already.
    optional: bool = False
    _stack: set[tuple[str, str]] = field(default_factory=set)

    def emit(self, verb: Any, path: str, side: Side, at: str, text: str, breaking: bool) -> None:
        self.out.append(FieldChange(verb, path, side, at, f"{self.subject(path)} {text}", breaking))

    def compare(self, old: Node, new: Node, path: str) -> list[FieldChange]:
        """Append and return the differences between ``old`` and ``new`` at ``path``."""
        if old[0] == new[0] and _refs(new[0]) <= self.unchanged:
            return self.out  # the same text, referencing the same schemas
        frame = (self.old.deref(*old)[1], self.new.deref(*new)[1])
        if frame[1] != self.inside and frame[0] == frame[1] and frame[1] in self.classes:
            return self.out  # the same class on both sides: compared as that class
        if frame in self._stack:  # a recursive schema: this pair is already being compared
            return self.out
        self._stack.add(frame)
        try:
            o, n = shape(self.old, *old), shape(self.new, *new)
            if (o.kind == "union") != (n.kind == "union"):  # a union gained or lost members
                o, n = _as_union(o, o.core or old), _as_union(n, n.core or new)
            self._compare(o, n, new[1], path)
        finally:
            self._stack.discard(frame)
        return self.out

    def _compare(self, o: Shape, n: Shape, at: str, path: str) -> None:
        sends = self.direction is Direction.REQUEST
        was, now = limits.python_type(o.kind, o.format), limits.python_type(n.kind, n.format)
        if was != now:
            # Sending an int where a number is expected still works; everything else breaks.
            widened = sends and (was, now) == ("int", "float")
            text = f"changed type from `{o.label}` to `{n.label}`"
            self.emit("changed", path, "new", at, text, not widened)
            return
        if o.format != n.format:  # int32 → int64, uri → url: the Python type stays `{now}`
            text = f"format `{o.format}` is now `{n.format}` (still `{now}`)"
            if o.format is None or n.format is None:
                text = f"format `{o.format or n.format}` {'added' if n.format else 'dropped'} (still `{now}`)"
            self.emit("changed", path, "new", at, text, False)
        if o.deprecated != n.deprecated:
            text = "is deprecated" if n.deprecated else "is no longer deprecated"
            self.emit("changed", path, "new", at, text, False)
        for text, tighter in limits.compare(o.limits, n.limits):
            if not sends:
                verb = "rejects" if tighter else "accepts"
                text += f": the response model now {verb} values it {'accepted' if tighter else 'rejected'}"
            self.emit("changed", path, "new", at, text, sends and tighter)
        if o.nullable != n.nullable:
            text = "is now nullable" if n.nullable else "is no longer nullable"
            # Requests may widen, responses may narrow; an optional field is `X | None` anyway.
            breaking = n.nullable != sends and not (n.nullable and self.optional)
            if n.nullable and self.optional:
                text += " (an optional field: still `… | None`)"
            self.emit("changed", path, "new", at, text, breaking)
        self._compare_enum(o, n, at, path)
        if o.default != n.default:
            if o.default is None:
                text = f"now defaults to `{n.default}`"
            elif n.default is None:
                text = f"no longer has a default (was `{o.default}`)"
            else:
                text = f"default changed from `{o.default}` to `{n.default}`"
            self.emit("changed", path, "new", at, text, False)
        if n.kind == "object":
            self._compare_fields(o, n, path)
            if o.values is not None and n.values is not None:
                self.compare(o.values, n.values, _join(path, "*"))
        elif n.kind == "array" and o.items is not None and n.items is not None:
            self.compare(o.items, n.items, path + "[]")
        elif n.kind == "union":
            self._compare_members(o, n, at, path)

    def _compare_enum(self, o: Shape, n: Shape, at: str, path: str) -> None:
        sends = self.direction is Direction.REQUEST
        if o.enum is not None and n.enum is not None:
            if gone := o.enum - n.enum:
                verb = "lost the value(s)"
                # A caller sending a removed value now fails; a response simply stops using it,
                # but an enum class loses the members code names (`Status.DONE`).
                members = not path and bool(self.inside)
                self.emit("changed", path, "new", at, f"{verb} {_values(gone)}", sends or members)
            if new := n.enum - o.enum:
                verb = "gained the value(s)"
                # New response values parse (`.is_known` is False) in our forward-compatible client.
                self.emit("changed", path, "new", at, f"{verb} {_values(new)}", False)
        elif o.enum is not None:
            text = "is no longer an enum (any value)"
            self.emit("changed", path, "new", at, text, not sends)
        elif n.enum is not None:
            text = f"is now restricted to {_values(n.enum)}"
            self.emit("changed", path, "new", at, text, sends)

    def _compare_fields(self, o: Shape, n: Shape, path: str) -> None:
        sends = self.direction is Direction.REQUEST
        hidden_o = o.read_only if sends else o.write_only
        hidden_n = n.read_only if sends else n.write_only
        old = {k: v for k, v in o.props.items() if k not in hidden_o}
        new = {k: v for k, v in n.props.items() if k not in hidden_n}
        for name in sorted(old.keys() | new.keys()):
            sub = _join(path, name)
            if name not in old:
                label = shape(self.new, *new[name]).display
                required = name in n.required
                text = f"added ({'required' if required else 'optional'}, `{label}`)"
                self.emit("added", sub, "new", new[name][1], text, sends and required)
            elif name not in new:
                # Callers passing it fail, readers of it fail.
                self.emit("removed", sub, "old", old[name][1], "removed", True)
            else:
                was, now = name in o.required, name in n.required
                if was != now:
                    if sends:
                        text = "is now required" if now else "is now optional"
                        breaking = now
                    else:
                        text = "is now required" if now else "is now optional"
                        breaking = not now
                    self.emit("changed", sub, "new", new[name][1], text, breaking)
                outer, self.optional = self.optional, not (was or now)
                try:
                    self.compare(old[name], new[name], sub)
                finally:
                    self.optional = outer

    def _compare_members(self, o: Shape, n: Shape, at: str, path: str) -> None:
        sends = self.direction is Direction.REQUEST
        if gone := o.members.keys() - n.members.keys():
            text = f"lost the variant(s) {_values(frozenset(gone))}"
            self.emit("changed", path, "new", at, text, sends)
        if added := n.members.keys() - o.members.keys():
            text = f"gained the variant(s) {_values(frozenset(added))}"
            # A response variant the client's union does not know fails to parse.
            self.emit("changed", path, "new", at, text, not sends)
        for label in sorted(o.members.keys() & n.members.keys()):
            self.compare(o.members[label], n.members[label], f"{path}<{label}>")

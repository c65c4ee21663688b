"""Pipeline step 4 — lint: mistakes in a valid spec that the generator would otherwise paper over.

One walk over the resolved (bundled) document warns, each at its JSON pointer with a hint, about

- an unknown ``type`` (``"interger"``, ``"datetime"``, an unknown member of a 3.1 type list),
  which the generator treats as any value;
- ``required`` naming a property the object does not define (its own ``properties``, those of its
  ``allOf``/``anyOf``/``oneOf`` members and of the schema it is composed into; an object open to
  other keys through ``additionalProperties``/``patternProperties`` may require any name);
- a ``default``, ``example`` or ``examples`` value (in a schema, a parameter or a media type) that
  its schema rejects.

Values are checked by :mod:`codegen.spec.lint_values` (the ``jsonschema`` library, in the
document's dialect); the `$ref`s this walk follows itself go through
:class:`codegen.spec.resolve.Resolver`, property names through
:mod:`codegen.spec.properties`. Vendor extensions (``x-…``) are not judged. With a cache, the
warnings of a unit (a path item, a component) that the previous run linted with the same
content, and the same content of everything it references, are replayed in their place
(:mod:`codegen.spec.lint_units`).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from codegen.errors import CodegenError, Diagnostics, pointer
from codegen.output.cache import Cache
from codegen.spec.lint_units import UnitWarnings, holds_units
from codegen.spec.lint_values import URI, ValueChecker, short
from codegen.spec.properties import Open, Properties, Props, union
from codegen.spec.resolve import Resolver

__all__ = ["lint"]

_TYPES_30 = ("array", "boolean", "integer", "number", "object", "string")
_TYPES_31 = (*_TYPES_30, "null")
# What an unknown type that is really a format name should have been written as.
_FORMATS = {
    "datetime": "date-time",
    "date-time": "date-time",
    "timestamp": "date-time",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
    "email": "email",
    "uri": "uri",
    "url": "uri",
    "binary": "binary",
    "byte": "byte",
    "file": "binary",
}
_NUMBER_FORMATS = {
    "int": "integer",
    "int32": "integer",
    "int64": "integer",
    "long": "integer",
    "float": "number",
    "double": "number",
    "decimal": "number",
    "bool": "boolean",
    "str": "string",
    "list": "array",
    "dict": "object",
    "map": "object",
}
# Subschema keywords: one schema, a map of schemas, a list of schemas.
_ONE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "additionalItems",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
# Subschemas that apply to the same instance as their parent, so see the parent's properties.
_IN_PLACE = frozenset({"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas"})
_MAX_SHOWN = 160


class _Linter:
    def __init__(
        self, document: dict[str, Any], diags: Diagnostics, cache: Cache | None = None
    ) -> None:
        self.diags = diags
        self.is31 = str(document.get("openapi", "")).startswith("3.1")
        self.types = _TYPES_31 if self.is31 else _TYPES_30
        self.resolver = Resolver(document)
        self.values = ValueChecker(document, self.is31, cache)
        self.properties = Properties(self.resolver, self.is31)
        # (The value checker has no cache either when the root moves every base URI.)
        self.units = UnitWarnings(document, self.is31, self.values.cache)

    # -- the walk ---------------------------------------------------------------------------

    def document(self, node: Any, path: list[str | int]) -> None:
        """Outside schemas: find where schemas start, and the examples beside them."""
        if isinstance(node, dict):
            schema = node.get("schema")
            if isinstance(schema, dict):
                self.beside(node, path)
            holds_units_here = holds_units(path)
            for key, value in node.items():
                if not isinstance(value, dict | list) or key in ("example", "examples", "default"):
                    continue
                if isinstance(key, str) and key.startswith("x-"):
                    continue  # vendor extensions: not ours to judge
                path.append(key)
                if holds_units_here:
                    self.unit(path, self.member, key, value, path)
                else:
                    self.member(key, value, path)
                path.pop()
        elif isinstance(node, list):
            for i, value in enumerate(node):
                path.append(i)
                self.document(value, path)
                path.pop()

    def member(self, key: Any, value: Any, path: list[str | int]) -> None:
        """The member ``key`` of an object outside schemas (``path`` leads to it)."""
        if key == "schema" and isinstance(value, dict):
            self.schema(value, path, frozenset())
        elif key == "schemas" and path == ["components", "schemas"] and isinstance(value, dict):
            for name, sub in value.items():
                path.append(name)
                self.unit(path, self.schema, sub, path, frozenset())
                path.pop()
        else:
            self.document(value, path)

    def unit(self, path: list[str | int], run: Callable[..., None], *args: Any) -> None:
        """Lint one unit with ``run(*args)``, or replay the warnings a run recorded for it
        (:mod:`codegen.spec.lint_units`). Its warnings are collected apart, to be kept, and
        then recorded as a walk of the whole document records them."""
        found = self.units.replay(path)
        if found is not None:
            self.diags.extend(found[0])
            self.values.carry(found[1])
            return
        outer = self.diags
        self.diags = Diagnostics()
        touched = self.values.touched = []
        try:
            run(*args)
            captured = self.diags.warnings
        finally:
            self.diags = outer
            self.values.touched = None
        outer.extend(captured)
        self.units.record(path, captured, touched)

    def beside(self, node: dict[str, Any], path: list[str | int]) -> None:
        """A parameter's, header's or media type's ``example``/``examples`` against its schema."""
        at = [*path, "schema"]
        schema = node["schema"]
        if "example" in node:
            self.value("example", node["example"], at, [*path, "example"], text=True, target=schema)
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name, entry in examples.items():
                where = pointer(*path, "examples", name)
                try:
                    entry, _ = self.resolver.deref(entry, where)
                except CodegenError:
                    continue  # a broken $ref is validation's to report
                if isinstance(entry, dict) and "value" in entry:
                    where_value = [*path, "examples", name, "value"]
                    self.value("example", entry["value"], at, where_value, text=True, target=schema)

    def schema(self, node: Any, path: list[str | int], inherited: Props) -> None:
        if not isinstance(node, dict):
            return
        if "$ref" in node and not self.is31:
            return  # 3.0 ignores a $ref's siblings; its target is linted where it is defined
        self.check_type(node, path)
        self.check_exclusive(node, path)
        if isinstance(node.get("required"), list):
            self.check_required(node, path, inherited)
        for key in ("default", "example"):
            if key in node:
                self.value(key, node[key], path, [*path, key])
        if self.is31 and isinstance(node.get("examples"), list):
            for i, value in enumerate(node["examples"]):
                self.value("examples", value, path, [*path, "examples", i])
        shared: Props | None = None
        for key, value in node.items():
            if key in _ONE:
                subs: list[tuple[str | int, Any]] = [] if isinstance(value, list) else [("", value)]
                if isinstance(value, list):  # draft 4 tuple `items`
                    subs = list(enumerate(value))
            elif key in _MAP and isinstance(value, dict):
                subs = list(value.items())
            elif key in _LIST and isinstance(value, list):
                subs = list(enumerate(value))
            else:
                continue
            if key in _IN_PLACE:
                if shared is None:
                    shared = union(self.properties.of(node), inherited)
                sub_inherited: Props = shared
            else:
                sub_inherited = frozenset()
            path.append(key)
            for token, sub in subs:
                if token != "":
                    path.append(token)
                self.schema(sub, path, sub_inherited)
                if token != "":
                    path.pop()
            path.pop()

    # -- the checks -------------------------------------------------------------------------

    def check_type(self, node: dict[str, Any], path: list[str | int]) -> None:
        kind = node.get("type")
        if kind is None:
            return
        if isinstance(kind, list):
            if not self.is31:
                self.diags.warn(
                    "a list of types is OpenAPI 3.1; 3.0 has one `type` per schema",
                    pointer(*path, "type"),
                    "generated a union of the listed types",
                    hint='Write "type": "string", "nullable": true (or a oneOf), or move the spec '
                    "to 3.1.",
                )
            for i, member in enumerate(kind):
                if member not in self.types:
                    self.unknown_type(member, [*path, "type", i])
        elif kind not in self.types:
            self.unknown_type(kind, [*path, "type"])

    def check_exclusive(self, node: dict[str, Any], path: list[str | int]) -> None:
        """``exclusiveMinimum``/``exclusiveMaximum`` are booleans in 3.0, numbers in 3.1."""
        for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            value = node.get(key)
            if value is None or isinstance(value, bool) != self.is31:
                continue
            if self.is31:
                hint = f'In 3.1 write "{key}": <number> in place of "{bound}" and "{key}": true.'
            else:
                hint = f'In 3.0 write "{bound}": <number>, "{key}": true.'
            self.diags.warn(
                f"`{key}: {short(value)}` is {'3.0' if self.is31 else '3.1'} syntax in an "
                f"OpenAPI {'3.1' if self.is31 else '3.0'} document",
                pointer(*path, key),
                "did not check values against it",
                hint=hint,
            )

    def unknown_type(self, kind: Any, path: list[str | int]) -> None:
        known = ", ".join(self.types)
        name = kind.lower() if isinstance(kind, str) else ""
        if name in _FORMATS:
            suggest = f' Did you mean "type": "string", "format": "{_FORMATS[name]}"?'
        elif name in _NUMBER_FORMATS:
            suggest = f' Did you mean "{_NUMBER_FORMATS[name]}"?'
        else:
            close = difflib.get_close_matches(name, self.types, n=1)
            suggest = f' Did you mean "{close[0]}"?' if close else ""
        self.diags.warn(
            f"unknown type {short(kind)}",
            pointer(*path),
            "treated the value as any value (Any)",
            hint=f"The types are {known}.{suggest}",
        )

    def check_required(self, node: dict[str, Any], path: list[str | int], inherited: Props) -> None:
        kind = node.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        if kind is not None and "object" not in kinds and node["required"]:
            where = "into `items` (the objects of the array)" if "array" in kinds else "out"
            self.diags.warn(
                f"`required` on a schema of type {short(kind)} has no effect: only objects "
                "have properties",
                pointer(*path, "required"),
                "ignored it",
                hint=f"Move `required` {where}, or make this schema an object.",
            )
            return
        visible = union(self.properties.of(node), inherited)
        if isinstance(visible, Open):
            return
        for i, name in enumerate(node["required"]):
            if not isinstance(name, str) or name in visible:
                continue
            close = difflib.get_close_matches(name, sorted(visible), n=1)
            known = ", ".join(sorted(visible)) or "none"
            self.diags.warn(
                f"`required` names {name!r}, which is not a property of this object "
                f"(its properties: {short(known)[1:-1] if len(known) > _MAX_SHOWN else known})",
                pointer(*path, "required", i),
                "ignored it: the generated model has no such field",
                hint=(f"Did you mean {close[0]!r}? " if close else "")
                + f"Define {name!r} under `properties` (here or in an allOf member), "
                "or remove it from `required`.",
            )

    def value(
        self,
        key: str,
        value: Any,
        schema_path: list[str | int],
        at: list[str | int],
        *,
        text: bool = False,
        target: Any = None,
    ) -> None:
        """Warn at ``at`` when ``value`` does not match the schema at ``schema_path``; ``text``:
        a media type's example, which may also be the JSON text of the value; ``target``: the
        schema itself, when it may be a bare `$ref` (checked against that ref's target)."""
        if key == "example" and isinstance(value, dict) and list(value) == ["$ref"]:
            self.diags.warn(
                "an example is a literal value, so this `$ref` in it is not followed",
                pointer(*at),
                "kept the object {'$ref': ...} as the example",
                hint='Reference a components/examples entry as "examples": {"name": {"$ref": ...}} '
                "beside the schema, or write the value itself.",
            )
            return
        ref = URI + quote(pointer(*schema_path), safe="/#~:@!$&'()*+,;=-._")
        bare_ref = isinstance(target, dict) and isinstance(target.get("$ref"), str)
        if bare_ref and (len(target) == 1 or not self.is31):  # only the $ref counts
            ref = URI + target["$ref"]
        # A shared components/examples entry is checked once per schema, reported at each use.
        problem = self.values.check(ref, value, text)
        if problem is None:
            return
        did = (
            "kept it as the field's default (it is not checked when used)"
            if key == "default"
            else "kept it in the documentation as written"
        )
        self.diags.warn(
            f"`{key}` {short(value)} does not match its schema{problem}",
            pointer(*at),
            did,
            hint=(
                ("Add `nullable: true` to the schema" if not self.is31 else 'Add "null" to `type`')
                + " if null is allowed, or remove the value."
                if value is None
                else "Change the value so it matches the schema, or fix the schema."
            ),
        )


def lint(document: dict[str, Any], diags: Diagnostics, cache: Cache | None = None) -> None:
    """Record a warning in ``diags`` for each mistake the generator would paper over; a
    ``cache`` keeps the verdicts on values (:class:`~codegen.spec.lint_values.ValueChecker`)
    and the warnings of each unit (a path item, a component), which a later run replays for a
    unit whose content and whose references' content it has seen."""
    linter = _Linter(document, diags, cache)
    linter.document(document, [])
    linter.values.save()
    linter.units.save()

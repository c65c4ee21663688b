"""Whether a value (a ``default``, an ``example``) matches its schema, in the spec's dialect.

The ``jsonschema`` library does the checking over the whole document (so a schema's ``$ref``s
resolve in it): OpenAPI 3.0 as JSON Schema draft 4 plus ``nullable`` (null passes every keyword
that could reject it), 3.1 as 2020-12 (3.0's boolean ``exclusiveMinimum``/``exclusiveMaximum``,
warned about by :mod:`codegen.spec.lint`, are ignored). A ``pattern`` that is not a Python regular
expression, or a keyword of the wrong shape, leaves the value unjudged instead of failing. Formats
are not asserted; ``required`` does not apply to ``readOnly``/``writeOnly`` properties (an
example shows one direction of the exchange); integral floats are integers, as in JSON.

The library is imported at the first value that has to be checked, not with this module: a run
whose verdicts all come from the cache (an incremental one) never needs it, and importing
``jsonschema`` and ``referencing`` was a tenth of GitHub's one-operation regeneration.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key

if TYPE_CHECKING:
    import referencing
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

__all__ = ["URI", "ValueChecker"]

URI = "urn:codegen:spec"  # the document's base URI: "#/..." refs resolve against it
_NULL_REJECTING = ("type", "enum", "allOf", "anyOf", "oneOf", "not", "$ref")
_MAX_SHOWN = 160


def short(value: Any) -> str:
    """``repr(value)``, cut to a readable length."""
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _decoded(value: Any) -> Any:
    """A media type's example may be the JSON text of the value (OpenAPI allows a string for
    what JSON cannot show); an object or array in such text is checked as that value."""
    if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _validator_class(is31: bool) -> Any:
    """The jsonschema validator for the document's dialect, tolerant of JavaScript regexes."""
    import jsonschema  # type: ignore[import-untyped]  # no stubs; typed at our boundary

    base: Any = jsonschema.Draft202012Validator if is31 else jsonschema.Draft4Validator
    original = base.VALIDATORS

    def pattern(
        validator: Any, value: Any, instance: Any, schema: Any
    ) -> Iterator[ValidationError]:
        try:
            re.compile(value)
        except (re.error, TypeError):
            return  # not a Python regex: nothing to check it with
        yield from original["pattern"](validator, value, instance, schema)

    def pattern_properties(
        validator: Any, value: Any, instance: Any, schema: Any
    ) -> Iterator[ValidationError]:
        try:
            for key in value:
                re.compile(key)
        except (re.error, TypeError):
            return
        yield from original["patternProperties"](validator, value, instance, schema)

    def required(
        validator: Any, value: Any, instance: Any, schema: Any
    ) -> Iterator[ValidationError]:
        props = schema.get("properties")
        if isinstance(props, dict) and isinstance(value, list):
            value = [
                name
                for name in value
                if not (
                    isinstance(props.get(name), dict)
                    and (
                        props[name].get("readOnly") is True or props[name].get("writeOnly") is True
                    )
                )
            ]
        yield from original["required"](validator, value, instance, schema)

    def numeric(keyword: str) -> Any:
        def check(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
            if isinstance(value, bool):
                return ()  # 3.0's boolean form in a 3.1 document: warned about on its own
            return original[keyword](validator, value, instance, schema)

        return check

    checks: dict[str, Any] = {
        "pattern": pattern,
        "patternProperties": pattern_properties,
        "required": required,
    }
    if is31:
        checks |= {k: numeric(k) for k in ("exclusiveMinimum", "exclusiveMaximum")}
    else:

        def nullable(keyword: str, inner: Any = None) -> Any:
            wrapped = inner or original[keyword]

            def check(
                validator: Any, value: Any, instance: Any, schema: Any
            ) -> Iterator[ValidationError]:
                if instance is None and schema.get("nullable") is True:
                    return
                yield from wrapped(validator, value, instance, schema) or ()

            return check

        # `nullable: true` lets null through whatever else the schema (or its allOf) says; only
        # these keywords can reject a null (wrapping every keyword cost a third of the time).
        checks |= {key: nullable(key) for key in _NULL_REJECTING}
    # Draft 4 alone rejects 1.0 as an integer; JSON (and the generated models) do not.
    return jsonschema.validators.extend(
        base, checks, type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER
    )


class ValueChecker:
    """Checks values against schemas of one document, each (schema, value) pair once.

    With a ``cache``, a verdict is looked up by the value, the schema's location and a digest
    of every top-level component (or inline schema) its check can reach through ``$ref``s; a
    schema whose references this cannot follow for sure (a ``$ref`` out of ``components``, an
    ``$id``/anchor/dynamic reference) is checked every time."""

    def __init__(self, document: dict[str, Any], is31: bool, cache: Cache | None = None) -> None:
        self.memo: dict[tuple[str, int], tuple[str | None, str | None]] = {}
        self.document = document
        self.is31 = is31
        # A base URI or dialect set at the root would change every lookup: nothing cached.
        moved = any(k in document for k in ("$id", "id", "$schema", "$anchor", "$dynamicAnchor"))
        self.cache = None if moved else cache
        self.stored = _verdicts(self.cache.table(_TABLE)) if self.cache is not None else {}
        self.used: dict[str, str | None] = {}
        self.touched: list[str] | None = None  # the verdicts' names, while one unit is linted
        self.units: dict[tuple[str, ...], tuple[str, tuple[tuple[str, ...], ...]] | None] = {}
        self.closures: dict[tuple[str, ...], str | None] = {}

    def check(self, ref: str, value: Any, text: bool) -> str | None:
        """Why ``value`` does not match the schema at ``ref`` (a URI under :data:`URI`), as
        " at /path: reason"; None when it does. ``text``: the value may also be JSON text."""
        key = (ref, id(value))
        memo = self.memo.get(key)
        if memo is None:
            name = self.cache_name(ref, value, text) if self.cache is not None else None
            if name is not None and name in self.stored:
                found = self.stored[name]
            else:
                found = self.problem(ref, value, text)
            if name is not None:
                self.used[name] = found
            memo = self.memo[key] = found, name
        if self.touched is not None and memo[1] is not None:
            self.touched.append(memo[1])
        return memo[0]

    def carry(self, names: list[str]) -> None:
        """Keep the verdicts named (those of a unit whose warnings were replayed) for the next
        run, as if they had been checked."""
        stored = self.stored
        self.used.update((name, stored[name]) for name in names if name in stored)

    def save(self) -> None:
        """Put this run's verdicts into the cache (all of them, none of an earlier run's)."""
        if self.cache is not None:
            self.cache.put(_TABLE, json.dumps(dict(sorted(self.used.items()))).encode())

    # -- what a verdict depends on ---------------------------------------------------------

    def cache_name(self, ref: str, value: Any, text: bool) -> str | None:
        """The cache key of a check, or None when its inputs cannot be pinned down."""
        unit = _unit(ref)
        closure = self.closure(unit) if unit is not None else None
        shown = repr(value)
        if closure is None or not _pinned(shown):
            return None
        return cache_key(_TABLE, "3.1" if self.is31 else "3.0", ref, str(text), closure, shown)

    def closure(self, unit: tuple[str, ...]) -> str | None:
        """A digest of ``unit`` and every unit it reaches, or None if one is not pinned down."""
        if unit in self.closures:
            return self.closures[unit]
        seen: dict[tuple[str, ...], str] = {}
        todo = [unit]
        while todo:
            at = todo.pop()
            if at in seen:
                continue
            found = self.unit(at)
            if found is None:
                self.closures[unit] = None
                return None
            seen[at] = found[0]
            todo.extend(found[1])
        digest = hashlib.sha256()
        for at, text_digest in sorted(seen.items()):
            digest.update(repr(at).encode() + b"\0" + text_digest.encode() + b"\0")
        self.closures[unit] = digest.hexdigest()
        return self.closures[unit]

    def unit(self, at: tuple[str, ...]) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
        """The digest of the node at ``at`` and the units its ``$ref``s point into."""
        if at not in self.units:
            self.units[at] = _read_unit(self.document, at)
        return self.units[at]

    @functools.cached_property
    def registry(self) -> referencing.Registry[Any]:
        """The document as the one resource of a registry (made at the first check)."""
        import referencing.jsonschema

        spec = referencing.jsonschema.DRAFT202012 if self.is31 else referencing.jsonschema.DRAFT4
        resource = spec.create_resource(self.document)
        registry: referencing.Registry[Any] = referencing.Registry().with_resource(URI, resource)
        return registry

    @functools.cached_property
    def cls(self) -> Any:
        """The validator class (:func:`_validator_class`, made at the first check)."""
        return _validator_class(self.is31)

    def problem(self, ref: str, value: Any, text: bool) -> str | None:
        """Why ``value`` does not match the schema at ``ref`` (None when it does)."""
        import referencing.exceptions
        from jsonschema.exceptions import best_match

        validator = self.cls({"$ref": ref}, registry=self.registry)
        try:
            error = best_match(validator.iter_errors(value))
            decoded = _decoded(value) if text and error is not None else value
            if decoded is not value and validator.is_valid(decoded):
                return None
        except (referencing.exceptions.Unresolvable, RecursionError):
            return None  # a broken $ref is validation's to report
        except (re.error, TypeError, ValueError, LookupError):
            # A keyword of the wrong shape ("maxLength": "10"), or a JavaScript regex under a
            # subschema's own `$schema` dialect: the library cannot judge this value.
            return None
        if error is None:
            return None
        inside = "".join(f"/{p}" for p in error.absolute_path)
        return (f" at {inside}" if inside else "") + f": {short(error.message)}"


_TABLE = "lint"
# Keywords that move a schema's base URI or resolve dynamically (draft 4's is `id`, here only
# as a string, as it may be in an example too): a unit with one is not cached.
_WORDS = ("$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor")
_UNFOLLOWED = re.compile(
    "|".join(re.escape(f"'{w}'") for w in (*_WORDS, "$schema")) + "|'id': ['\"]"
)
_REF = re.compile(r"'\$ref': '([^'\\]*)'")


def _verdicts(table: dict[str, Any]) -> dict[str, str | None]:
    return {k: v for k, v in table.items() if v is None or isinstance(v, str)}


def _tokens(ref: str) -> list[str] | None:
    """The JSON pointer tokens of a local ``ref``, decoded as ``referencing`` does."""
    if ref.startswith(URI):
        ref = ref[len(URI) :]
    if not ref.startswith("#/"):
        return None
    return [t.replace("~1", "/").replace("~0", "~") for t in unquote(ref[2:]).split("/")]


@functools.lru_cache(maxsize=8192)
def _unit(ref: str) -> tuple[str, ...] | None:
    """What ``ref`` depends on as a whole: a top-level component (``components/<kind>/<name>``)
    or, elsewhere (an operation's inline schema), the node it points to."""
    tokens = _tokens(ref)
    if tokens is None:
        return None
    if tokens[0] == "components":
        return tuple(tokens[:3]) if len(tokens) >= 3 else None
    return tuple(tokens)


def _read_unit(
    document: dict[str, Any], at: tuple[str, ...]
) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
    node: Any = document
    for token in at:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    text = repr(node)
    if not _pinned(text) or _UNFOLLOWED.search(text):
        return None
    refs = _REF.findall(text)
    if len(refs) != text.count("'$ref': "):
        return None  # a $ref this cannot read off the text
    units = []
    for ref in refs:
        unit = _unit(ref)
        if unit is None or unit[0] != "components":
            return None  # into an operation, or not local: not followed
        units.append(unit)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), tuple(units)


def _pinned(text: str) -> bool:
    """Whether ``text``, a ``repr``, says all its value is: true of what the loaders make (their
    types all have a literal ``repr``); an object shown by its address is not."""
    return " object at 0x" not in text

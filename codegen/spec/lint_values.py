"""Whether a value (a ``default``, an ``example``) matches its schema, in the spec's dialect.

The ``jsonschema`` library does the checking over the whole document (so a schema's ``$ref``s
resolve in it): OpenAPI 3.0 as JSON Schema draft 4 plus ``nullable`` (null passes every keyword
that could reject it), 3.1 as 2020-12 (3.0's boolean ``exclusiveMinimum``/``exclusiveMaximum``,
warned about by :mod:`codegen.spec.lint`, are ignored). A ``pattern`` that is not a Python regular
expression, or a keyword of the wrong shape, leaves the value unjudged instead of failing. Formats
are not asserted; ``required`` does not apply to ``readOnly``/``writeOnly`` properties (an
example shows one direction of the exchange); integral floats are integers, as in JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs; typed at our boundary
import referencing
import referencing.jsonschema
from jsonschema.exceptions import (  # type: ignore[import-untyped]
    ValidationError,
    best_match,
)

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
    """Checks values against schemas of one document, each (schema, value) pair once."""

    def __init__(self, document: dict[str, Any], is31: bool) -> None:
        spec = referencing.jsonschema.DRAFT202012 if is31 else referencing.jsonschema.DRAFT4
        resource = spec.create_resource(document)
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(
            URI, resource
        )
        self.cls = _validator_class(is31)
        self.cls = _validator_class(is31)
        self.memo: dict[tuple[str, int], str | None] = {}

    def check(self, ref: str, value: Any, text: bool) -> str | None:
        """Why ``value`` does not match the schema at ``ref`` (a URI under :data:`URI`), as
        " at /path: reason"; None when it does. ``text``: the value may also be JSON text."""
        key = (ref, id(value))
        if key not in self.memo:
            self.memo[key] = self.problem(ref, value, text)
        return self.memo[key]

    def problem(self, ref: str, value: Any, text: bool) -> str | None:
        """Why ``value`` does not match the schema at ``ref`` (None when it does)."""
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

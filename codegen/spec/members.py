"""Which members of a spec object may hold `$ref`s: the rules every walk for references shares.

A walk that entered every dict would take a `$ref` inside an example for a reference, or a
property called ``example`` for data. :func:`members` says, for one object, which of its members
to enter and whether their keys are names the spec chose (``properties``, ``responses``…) or
keywords; :mod:`codegen.spec.resolve` (bundling, pruning), :mod:`codegen.spec.validate` and
:mod:`codegen.spec.units` (the facts of each unit) all walk by it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.spec import schemawalk

__all__ = ["DATA_KEYS", "NAME_MAPS", "members", "skipped"]

# Members whose keys are names the spec chose, not keywords: a property called "example" or a
# response called "default" is an object like any other there. The schema-level maps are
# schemawalk's; the rest are the document's own maps of names.
NAME_MAPS = schemawalk.MAP | {
    "paths", "webhooks", "responses", "content", "schemas", "parameters", "headers",
    "callbacks", "links", "encoding", "securitySchemes", "requestBodies", "pathItems",
    "examples", "variables",
}  # fmt: skip
# Keywords whose values are data: a `$ref` key inside them is a key of the data, not a reference.
DATA_KEYS = frozenset({"example", "default", "const", "enum", "value"})


def skipped(key: str, value: Any) -> bool:
    """Whether a keyword object's member ``key`` is data (or a vendor extension) to pass over."""
    return (
        key in DATA_KEYS
        or key.startswith("x-")
        or (key == "examples" and isinstance(value, list))  # JSON Schema's list of values
    )


def members(node: dict[str, Any], names: bool) -> Iterator[tuple[str, Any, bool]]:
    """The members of ``node`` that may hold references, each with whether its own keys are
    names (see ``NAME_MAPS``). ``names``: whether ``node``'s keys are names. Every walk that looks
    for `$ref`s goes through this (or, unit by unit, :func:`codegen.spec.units.walk`, which
    applies the same rules), so none mistakes example data or a property name for one."""
    for key, value in node.items():
        if not isinstance(value, dict | list) or (not names and skipped(key, value)):
            continue
        yield key, value, not names and key in NAME_MAPS and isinstance(value, dict)

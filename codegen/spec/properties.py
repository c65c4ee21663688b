"""The property names an object schema can have: its own, and those of the schemas it is
composed of (its `$ref`'s target, ``allOf``/``anyOf``/``oneOf`` members, ``if``/``then``/``else``),
however deep and through reference cycles; or :data:`OPEN` when it accepts other names too.

The lint step checks ``required`` against them. An answer never depends on what was asked
before (each is the union over everything the schema reaches, memoised only when complete), so
a unit linted afresh next to units whose warnings are replayed gets the warnings of a full walk.
"""

from __future__ import annotations

from typing import Any

from codegen.errors import CodegenError
from codegen.spec.resolve import Resolver

__all__ = ["OPEN", "Open", "Properties", "Props", "union"]


class Open:
    """Marker: the object accepts keys beyond its named properties."""


OPEN = Open()
Props = frozenset[str] | Open


def union(a: Props, b: Props) -> Props:
    if isinstance(a, Open) or isinstance(b, Open):
        return OPEN
    return a | b


class Properties:
    """The property names of the schemas of one document (``is31``: a `$ref`'s siblings apply)."""

    def __init__(self, resolver: Resolver, is31: bool) -> None:
        self.resolver = resolver
        self.is31 = is31
        self.memo: dict[int, Props] = {}  # id of a schema of the document -> its names

    def of(self, node: Any) -> Props:
        """The names ``node`` (a schema, maybe a `$ref`) and what it is composed of define."""
        if not isinstance(node, dict):
            return OPEN if node is True else frozenset()
        memo = self.memo.get(id(node))
        if memo is not None:
            return memo
        found: Props = frozenset()
        seen: set[int] = set()
        todo: list[Any] = [node]
        while todo and not isinstance(found, Open):
            current = todo.pop()
            if not isinstance(current, dict):
                if current is True:
                    found = OPEN
                continue
            if id(current) in seen:
                continue
            seen.add(id(current))
            done = self.memo.get(id(current))
            if done is not None:  # complete for what ``current`` reaches
                found = union(found, done)
                continue
            if "$ref" in current:
                try:
                    target, _ = self.resolver.deref(current, "#")
                except CodegenError:
                    found = OPEN  # broken reference: say nothing rather than guess
                    continue
                todo.append(target)
                if not (self.is31 and len(current) > 1):
                    continue  # 3.0 ignores a $ref's siblings; 3.1 applies them too
            own, kids = _composition(current)
            found = union(found, own)
            todo.extend(kids)
        self.memo[id(node)] = found
        return found


def _composition(node: dict[str, Any]) -> tuple[Props, list[Any]]:
    """The names ``node`` itself defines (its `$ref` aside), and the schemas it is composed of."""
    extra = node.get("additionalProperties", False)
    unevaluated = node.get("unevaluatedProperties", False)
    if extra is not False or unevaluated is not False or node.get("patternProperties"):
        return OPEN, []
    own = node.get("properties")
    kids: list[Any] = []
    for key in ("allOf", "anyOf", "oneOf"):
        members = node.get(key)
        if isinstance(members, list):
            kids.extend(members)
    kids.extend(node[k] for k in ("if", "then", "else") if isinstance(node.get(k), dict))
    return (frozenset(own) if isinstance(own, dict) else frozenset()), kids

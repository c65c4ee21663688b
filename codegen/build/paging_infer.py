"""Paging rules inferred from the spec alone, only where the shape leaves no doubt.

A GET gets a cursor rule when its first 2xx JSON response is an object with exactly one array
property (the items) and exactly one string property ``next_<name>`` / ``next<Name>`` whose
``<name>`` is a query parameter of the operation and says what it is (contains ``cursor`` or
``token``: ``next_cursor`` → ``cursor``, ``next_page_token`` → ``page_token``,
``nextPageToken`` → ``pageToken``). A boolean ``has_more`` / ``hasMore`` becomes the stop rule.
Nothing else is inferred: a ``next`` that may be a URL or a page number, offsets (is the
``total`` a count of items or of pages?), headers (no spec says what its ``Link`` means) and
nested cursors are left to the overrides file. ``paging = false`` on an operation, or
``[paging] infer = false``, switches inference off.
"""

from __future__ import annotations

from typing import Any

from codegen.build.context import Context
from codegen.build.shapes import array_items, properties
from codegen.ir.records import PagingRule, PagingSource, Param, ParamLocation

_SAYS_CURSOR = ("cursor", "token")


def _is_string(ctx: Context, node: Any, at: str) -> bool:
    """A string (maybe nullable) that is not declared a URL."""
    node, at = ctx.deref(node, at)
    if not isinstance(node, dict):
        return False
    if node.get("format") in ("uri", "url", "uri-reference"):
        return False
    kind = node.get("type")
    if kind == "string" or (isinstance(kind, list) and set(kind) <= {"string", "null"} and kind):
        return True
    members = node.get("anyOf") or node.get("oneOf")
    if isinstance(members, list):
        real = [m for m in members if not (isinstance(m, dict) and m.get("type") == "null")]
        return len(real) == 1 and _is_string(ctx, real[0], at)
    return False


def _is_boolean(ctx: Context, node: Any, at: str) -> bool:
    node, _ = ctx.deref(node, at)
    return isinstance(node, dict) and node.get("type") == "boolean"


def cursor_param_of(name: str) -> str | None:
    """The parameter a ``next_…`` property's cursor goes back in, or None."""
    if name.startswith("next_"):
        rest = name[5:]
    elif name.startswith("next") and name[4:5].isupper():
        rest = name[4].lower() + name[5:]
    else:
        return None
    return rest if any(word in rest.lower() for word in _SAYS_CURSOR) else None


def infer(ctx: Context, params: tuple[Param, ...], schema: tuple[Any, str]) -> PagingRule | None:
    """A cursor rule for the operation, when its shape is unambiguous (module docstring)."""
    node, at = ctx.deref(*schema)
    props = properties(ctx, node, at)
    arrays = [k for k, (sub, sub_at) in props.items() if array_items(ctx, *ctx.deref(sub, sub_at))]
    if len(arrays) != 1:
        return None
    query = {p.wire_name for p in params if p.location == ParamLocation.QUERY}
    pairs = [
        (name, param)
        for name, (sub, sub_at) in props.items()
        if (param := cursor_param_of(name)) is not None
        and param in query
        and _is_string(ctx, sub, sub_at)
    ]
    if len(pairs) != 1:
        return None
    flags = [k for k in ("has_more", "hasMore") if k in props and _is_boolean(ctx, *props[k])]
    return PagingRule(
        items=(arrays[0],),
        source=PagingSource.INFERRED,
        cursor_param=pairs[0][1],
        next_cursor=(pairs[0][0],),
        has_more=(flags[0],) if len(flags) == 1 else None,
    )

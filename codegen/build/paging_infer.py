"""Paging rules inferred from the spec alone, only where the shape leaves no doubt.

A GET gets a cursor rule when its first 2xx JSON response is an object with exactly one array
property (the items) and, down to three levels, exactly one string (not a URL) that names the
query parameter it goes back in, a parameter of the operation whose name says it is a cursor
(contains ``cursor`` or ``token``): ``next_cursor`` → ``cursor``, ``next_page_token`` →
``page_token``, ``nextPageToken`` → ``pageToken``, and ``next`` inside ``cursors`` → ``cursor``
(Apideck's ``meta.cursors.next``). One boolean ``has_more`` / ``hasMore`` becomes the stop rule.
Nothing else is inferred: a ``next`` that may be a URL or a page number, offsets (is a
``total`` a count of items or of pages?) and headers (no spec says what its ``Link`` means) are
left to the overrides file. ``paging = false`` on an operation, or
``[paging] infer = false``, switches inference off.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.build.context import Context
from codegen.build.shapes import array_items, properties
from codegen.ir.records import PagingRule, PagingSource, Param, ParamLocation

_SAYS_CURSOR = ("cursor", "token")
_DEPTH = 3  # how deep below the body a cursor or has_more is looked for


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


def cursor_param_of(name: str, parent: str = "") -> str | None:
    """The parameter a cursor property's value goes back in (``next_cursor`` → ``cursor``;
    ``next`` inside ``cursors`` → ``cursor``), or None when its name does not say so."""
    if name.startswith("next_"):
        rest = name[5:]
    elif name.startswith("next") and name[4:5].isupper():
        rest = name[4].lower() + name[5:]
    elif name == "next" and parent.endswith("s"):
        rest = parent[:-1]
    else:
        return None
    return rest if any(word in rest.lower() for word in _SAYS_CURSOR) else None


def _members(
    ctx: Context, node: Any, at: str, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Any, str]]:
    """Every property down to ``_DEPTH`` levels, as (path, schema, pointer), dereferenced."""
    for name, (sub, sub_at) in properties(ctx, node, at).items():
        sub, sub_at = ctx.deref(sub, sub_at)
        yield (*path, name), sub, sub_at
        if len(path) + 1 < _DEPTH:
            yield from _members(ctx, sub, sub_at, (*path, name))


def infer(ctx: Context, params: tuple[Param, ...], schema: tuple[Any, str]) -> PagingRule | None:
    """A cursor rule for the operation, when its shape is unambiguous (module docstring)."""
    query = {p.wire_name for p in params if p.location == ParamLocation.QUERY}
    # A cursor goes back in a query parameter whose name says so (cursor_param_of): with none,
    # no member can be one, so nothing below is looked at, not even the response's arrays
    # (GitHub: most of its 614 list GETs).
    if not any(word in q.lower() for q in query for word in _SAYS_CURSOR):
        return None
    node, at = ctx.deref(*schema)
    props = properties(ctx, node, at)
    arrays = [k for k, (sub, sub_at) in props.items() if array_items(ctx, *ctx.deref(sub, sub_at))]
    if len(arrays) != 1:
        return None
    members = list(_members(ctx, node, at))
    pairs = [
        (path, param)
        for path, sub, sub_at in members
        if (param := cursor_param_of(path[-1], path[-2] if len(path) > 1 else "")) is not None
        and param in query
        and _is_string(ctx, sub, sub_at)
    ]
    if len(pairs) != 1:
        return None
    flags = [
        path
        for path, sub, sub_at in members
        if path[-1] in ("has_more", "hasMore") and _is_boolean(ctx, sub, sub_at)
    ]
    return PagingRule(
        items=(arrays[0],),
        source=PagingSource.INFERRED,
        cursor_param=pairs[0][1],
        next_cursor=pairs[0][0],
        has_more=flags[0] if len(flags) == 1 else None,
    )

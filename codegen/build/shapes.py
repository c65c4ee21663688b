"""Reading the shape of a response schema: its success JSON schema, the members at a path of its
body, and whether one is an array. Paging rules (``paging``, ``paging_infer``) are matched with
these; ``$ref`` chains are followed and ``allOf`` members' properties count as the schema's own.
"""

from __future__ import annotations

from typing import Any

from codegen.build.context import Context, json_media
from codegen.errors import child


def properties(ctx: Context, node: Any, at: str) -> dict[str, tuple[Any, str]]:
    """A schema's properties (those of its ``allOf`` members too), each with its pointer."""
    found: dict[str, tuple[Any, str]] = {}
    if not isinstance(node, dict):
        return found
    for i, member in enumerate(node.get("allOf") or []):
        sub, sub_at = ctx.deref(member, child(at, "allOf", i))
        found.update(properties(ctx, sub, sub_at))
    props = node.get("properties")
    if isinstance(props, dict):
        found.update({k: (v, child(at, "properties", k)) for k, v in props.items()})
    return found


def walk(ctx: Context, schema: Any, at: str, path: tuple[str, ...]) -> tuple[Any, str] | None:
    """The (dereferenced) schema at ``path`` of a JSON body, or None when it has no such member."""
    node, node_at = ctx.deref(schema, at)
    for key in path:
        props = properties(ctx, node, node_at)
        if key not in props:
            return None
        node, node_at = ctx.deref(*props[key])
    return node, node_at


def array_items(ctx: Context, node: Any, at: str) -> tuple[Any, str] | None:
    """The item schema of an array schema (also ``type: [array, "null"]`` and a nullable
    ``anyOf``/``oneOf`` of one array), or None."""
    if not isinstance(node, dict):
        return None
    kind = node.get("type")
    if kind == "array" or (isinstance(kind, list) and "array" in kind):
        return node.get("items", {}), child(at, "items")
    for union in ("anyOf", "oneOf"):
        members = node.get(union)
        if not isinstance(members, list):
            continue
        arrays = []
        for i, member in enumerate(members):
            sub, sub_at = ctx.deref(member, child(at, union, i))
            if isinstance(sub, dict) and sub.get("type") != "null":
                arrays.append((sub, sub_at))
        if len(arrays) == 1:
            return array_items(ctx, *arrays[0])
    return None


def success_schema(ctx: Context, op: dict[str, Any], op_at: str) -> tuple[Any, str] | None:
    """The JSON schema of the first 2xx response, with its pointer."""
    for code, resp in (op.get("responses") or {}).items():
        if not (str(code).isdigit() and 200 <= int(code) < 300):
            continue
        resolved, r_at = ctx.deref_child(resp, op_at, "responses", code)
        content = resolved.get("content") if isinstance(resolved, dict) else None
        media = json_media(content) if isinstance(content, dict) else None
        if content is None or media is None:
            return None
        return content[media].get("schema", {}), child(r_at, "content", media, "schema")
    return None

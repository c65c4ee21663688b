"""Streamed responses: which success responses are read item by item, and the item's type.

- An event stream (``text/event-stream``) yields each event's ``data``. Its type comes from the
  media type's OpenAPI 3.2 ``itemSchema``, else its ``schema``. A schema shaped like the event
  itself (properties among ``data``, ``event``, ``id``, ``retry``, with ``data``, as the 3.2
  specification's examples write it) gives ``data``'s schema, or its ``contentSchema``. Data
  described as an object or array is parsed as JSON into that type; anything else is ``str``.
- JSON Lines / NDJSON / JSON text sequences yield one JSON value per line (record): the
  ``itemSchema``, else the ``schema`` (its ``items`` when it is an array of the lines).
- A binary download (any other non-JSON, non-text media type) gets a streamed twin returning
  a ``BinaryStream``, so a large body can go to a file without being held in memory.

An operation whose success response offers only stream media types returns the stream; one
that offers JSON as well keeps the JSON method and gets a streamed twin (see
:func:`alternate`), and a boolean body field ``stream`` is then set by each method itself.
"""

from __future__ import annotations

from typing import Any

from codegen.build.context import Context, doc_of, json_media
from codegen.errors import child
from codegen.ir.records import (
    ANY,
    Body,
    ContentKind,
    DictOf,
    ListOf,
    ModelRef,
    Nullable,
    Primitive,
    Response,
    TypeRef,
    UnionOf,
)
from codegen.spec.media import EVENT_STREAM, base, is_item_stream

_EVENT_FIELDS = frozenset({"data", "event", "id", "retry"})
STREAM_FLAG = "stream"  # the body field that asks the API for the streamed form


def stream_media(content: dict[str, Any]) -> str | None:
    """The first item-stream media type of a content map."""
    return next((m for m in content if is_item_stream(m)), None)


def _structured(t: TypeRef) -> bool:
    if isinstance(t, Nullable):
        return _structured(t.inner)
    if isinstance(t, UnionOf):
        return any(_structured(i) for i in t.items)
    return isinstance(t, ModelRef | ListOf | DictOf)


def item_response(ctx: Context, status: int, resp: dict[str, Any], at: str, media: str) -> Response:
    """The streamed response of ``media`` (an item stream) in ``resp``'s content."""
    entry = (resp.get("content") or {})[media]
    entry = entry if isinstance(entry, dict) else {}
    key = "itemSchema" if "itemSchema" in entry else "schema"
    schema_at = child(at, "content", media, key)
    sse = base(media) == EVENT_STREAM
    schema = entry.get(key)
    item: TypeRef = Primitive("str") if sse else ANY
    if isinstance(schema, dict) and schema:
        resolved, r_at = ctx.deref(schema, schema_at)
        props = resolved.get("properties") if isinstance(resolved, dict) else None
        if sse and isinstance(props, dict) and "data" in props and set(props) <= _EVENT_FIELDS:
            data, d_at = ctx.deref(props["data"], child(r_at, "properties", "data"))
            if isinstance(data, dict) and isinstance(data.get("contentSchema"), dict):
                schema, schema_at = data["contentSchema"], child(d_at, "contentSchema")
            else:
                schema, schema_at = props["data"], child(r_at, "properties", "data")
            resolved, r_at = ctx.deref(schema, schema_at)
        elif (
            not sse
            and key == "schema"
            and isinstance(resolved, dict)
            and resolved.get("type") == "array"
            and isinstance(resolved.get("items"), dict)
        ):
            schema, schema_at = resolved["items"], child(r_at, "items")
        converted = ctx.types.convert(schema, schema_at)
        shape = resolved.get("type") if isinstance(resolved, dict) else None
        if not sse or _structured(converted) or shape in ("object", "array"):
            item = converted
    return Response(status, ContentKind.STREAM, item, doc=doc_of(resp), stream=media)


def alternate(ctx: Context, op: dict[str, Any], op_at: str, main: Response) -> Response | None:
    """The streamed twin of an operation's JSON or binary success response, or None."""
    if main.kind == ContentKind.BINARY:
        content = _success_content(ctx, op, op_at)[1]
        binary = ", ".join(m for m in content if json_media({m: 0}) is None)
        return Response(main.status, ContentKind.BINARY, Primitive("bytes"), stream=binary or None)
    if main.kind != ContentKind.JSON or main.paged:
        return None
    resp, content, at = _success_content(ctx, op, op_at)
    media = stream_media(content)
    if media is None:
        return None
    return item_response(ctx, main.status, resp, at, media)


def _success_content(
    ctx: Context, op: dict[str, Any], op_at: str
) -> tuple[dict[str, Any], dict[str, Any], str]:
    for code, raw in (op.get("responses") or {}).items():
        if str(code).isdigit() and 200 <= int(code) < 300:
            resp, at = ctx.deref_child(raw, op_at, "responses", code)
            return resp, resp.get("content") or {}, at
    return {}, {}, op_at


def stream_flag(body: Body | None) -> str | None:
    """The wire name of a boolean body field ``stream``: each method of a twin sets it."""
    if body is None:
        return None
    for f in body.fields:
        t = f.type.inner if isinstance(f.type, Nullable) else f.type
        if f.wire_name == STREAM_FLAG and t == Primitive("bool"):
            return f.wire_name
    return None

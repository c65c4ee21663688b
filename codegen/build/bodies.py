"""An operation's request body: JSON (flattened into keyword fields when it is an object model),
multipart and form uploads, text, and raw bytes for every other media type.
"""

from __future__ import annotations

from typing import Any

from codegen.build.context import Context, doc_of, json_media
from codegen.build.examples import NONE, given_example
from codegen.errors import child
from codegen.ir import naming
from codegen.ir.records import (
    Body,
    BodyField,
    ContentKind,
    DictOf,
    Doc,
    ListOf,
    ModelOrDict,
    ModelRef,
    Nullable,
    Primitive,
    TypeRef,
    UnionOf,
)

# Media types a raw bytes body is the right interface for (no warning).
_RAW_MEDIA = frozenset({"application/octet-stream", "application/pdf", "application/zip"})


def build_body(ctx: Context, op: dict[str, Any], op_at: str) -> Body | None:
    """The operation's request body, or None when it takes none."""
    if "requestBody" not in op:
        return None
    body, at = ctx.deref(op["requestBody"], child(op_at, "requestBody"))
    content = body.get("content") or {}
    required = bool(body.get("required"))
    media = json_media(content)
    if media is not None:
        schema_at = child(at, "content", media, "schema")
        schema = content[media].get("schema", {})
        type_ = ctx.types.convert(schema, schema_at)
        resolved, resolved_at = ctx.deref(schema, schema_at)
        if (
            isinstance(type_, ModelRef)
            and isinstance(resolved, dict)
            and resolved.get("properties")
        ):
            return Body(
                kind=ContentKind.JSON,
                media_type=media,
                required=required,
                type=type_,
                model=type_,
                fields=body_fields(
                    ctx, resolved, resolved_at, example=given_example(content[media], resolved)
                ),
            )
        accepts = ctx.requests.arg(type_, objects=True)
        return Body(
            ContentKind.JSON,
            media,
            required,
            accepts,
            example=ctx.examples.value(type_, resolved, given=given_example(content[media])),
            # a dict standing for a model is validated (and dumped) through the model
            validate=type_ if _has_dict(accepts) else None,
        )
    for media, entry in content.items():
        base = media.split(";")[0].strip().lower()
        schema_at = child(at, "content", media, "schema")
        if base == "multipart/form-data" or base == "application/x-www-form-urlencoded":
            kind = ContentKind.MULTIPART if base.startswith("multipart") else ContentKind.FORM
            schema, s_at = ctx.deref(entry.get("schema", {}), schema_at)
            fields = (
                body_fields(ctx, schema, s_at, upload=True, example=given_example(entry, schema))
                if isinstance(schema, dict)
                else ()
            )
            return Body(kind, media, required, ctx.types.convert(schema, s_at), None, fields)
        if base.startswith("text/"):
            return Body(ContentKind.TEXT, media, required, Primitive("str"))
        if base not in _RAW_MEDIA and not base.startswith(("image/", "audio/", "video/")):
            ctx.diags.warn(
                f"request body media type {media!r} is not supported",
                child(at, "content", media),
                "the method takes the body as bytes and sends them as they are",
            )
        return Body(ContentKind.BINARY, media, required, Primitive("bytes"))
    return None


def body_fields(
    ctx: Context, schema: dict[str, Any], at: str, *, upload: bool = False, example: Any = NONE
) -> tuple[BodyField, ...]:
    """The object schema's properties as keyword fields (read-only ones left out); ``example``
    is the body's own example, whose members become the fields' examples."""
    shown = example if isinstance(example, dict) else {}
    required = set(schema.get("required") or [])
    fields = []
    for wire, prop in (schema.get("properties") or {}).items():
        prop_at = child(at, "properties", wire)
        resolved, _ = ctx.deref(prop, prop_at)
        if isinstance(resolved, dict) and resolved.get("readOnly") is True:
            continue
        field_type = ctx.types.convert(prop, prop_at, upload=upload)
        fields.append(
            BodyField(
                example=ctx.examples.value(
                    field_type, resolved, given=shown.get(wire, NONE), name=wire
                ),
                name=naming.param_name(wire),
                wire_name=wire,
                # a JSON body is validated through its model, so its objects may be dicts;
                # multipart and form fields are sent as given, so only enums become literals
                type=ctx.requests.arg(field_type, objects=not upload),
                required=wire in required,
                doc=doc_of(prop if prop.get("description") else resolved)
                if isinstance(resolved, dict) and isinstance(prop, dict)
                else Doc(),
            )
        )
    return tuple(fields)


def _has_dict(t: TypeRef) -> bool:
    """Whether a value of this request-side type may hold a dict standing for a model."""
    if isinstance(t, ModelOrDict):
        return True
    if isinstance(t, ListOf):
        return _has_dict(t.item)
    if isinstance(t, DictOf):
        return _has_dict(t.value)
    if isinstance(t, Nullable):
        return _has_dict(t.inner)
    if isinstance(t, UnionOf):
        return any(_has_dict(i) for i in t.items)
    return False

"""An operation's parameters: path-item and operation parameters merged, each turned into a
:class:`codegen.ir.records.Param`, and the method's argument names checked for clashes.
"""

from __future__ import annotations

from typing import Any

from codegen.build.context import Context, doc_of
from codegen.build.examples import given_example
from codegen.errors import CodegenError, child
from codegen.ir import naming
from codegen.ir.opnames import param_key
from codegen.ir.records import Body, Param, ParamLocation


def merged_params(
    ctx: Context, item: dict[str, Any], op: dict[str, Any], op_at: str
) -> list[tuple[dict[str, Any], str]]:
    """The path item's parameters overridden by the operation's (same name and location)."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    item_at = op_at.rsplit("/", 1)[0]
    for source, at in ((item, item_at), (op, op_at)):
        for i, raw in enumerate(source.get("parameters") or []):
            param, p_at = ctx.deref(raw, child(at, "parameters", i))
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise CodegenError(
                    "a parameter needs `name` and `in`", pointer=p_at, hint="Add them."
                )
            merged[param_key(param)] = (param, p_at)
    return list(merged.values())


def build_param(ctx: Context, param: dict[str, Any], at: str) -> Param:
    """One (dereferenced) parameter object at ``at`` as a :class:`Param`."""
    location = param["in"]
    if location not in {loc.value for loc in ParamLocation}:
        raise CodegenError(f"unknown parameter location {location!r}", pointer=child(at, "in"))
    schema = param.get("schema")
    media_type: str | None = None
    if schema is None and isinstance(param.get("content"), dict) and param["content"]:
        media_type, entry = next(iter(param["content"].items()))
        schema = entry.get("schema") if isinstance(entry, dict) else None
    if location == "querystring" and (media_type or "").split(";")[0].strip().lower() != (
        "application/x-www-form-urlencoded"
    ):
        ctx.diags.warn(
            f"querystring parameter with media type {media_type!r} is not supported",
            child(at, "content"),
            "its object's members are sent as query parameters, as for a form",
        )
    type_ = ctx.types.convert(schema or {}, child(at, "schema"))
    resolved_schema, _ = ctx.deref(schema or {}, child(at, "schema"))
    pattern = resolved_schema.get("pattern") if isinstance(resolved_schema, dict) else None
    given = given_example(param, *(param.get("content") or {}).values())
    return Param(
        pointer=at,
        example=ctx.examples.value(type_, resolved_schema, given=given, name=str(param["name"])),
        name=naming.param_name(param["name"]),
        wire_name=str(param["name"]),
        location=ParamLocation(location),
        type=type_,
        required=bool(param.get("required")) or location == "path",
        doc=doc_of(param),
        pattern=pattern if isinstance(pattern, str) else None,
        deprecated=bool(param.get("deprecated")),
        explode=param.get("explode") is True,
        media_type=str(media_type) if media_type is not None else None,
    )


def check_names(params: list[Param], body: Body | None, at: str) -> None:
    """No two parameters or body fields of one operation may get the same Python name."""
    entries = [
        (f"{p.location.value} parameter {p.wire_name!r}", p.name, p.pointer or at) for p in params
    ]
    if body is not None:
        entries += [(f"body field {f.wire_name!r}", f.name, at) for f in body.fields]
    naming.ensure_unique(
        entries,
        "in this operation,",
        quote=False,
        hint="Rename the parameter or field in the spec (the wire names are kept as aliases).",
    )

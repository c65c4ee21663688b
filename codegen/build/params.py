"""An operation's parameters: path-item and operation parameters merged, each turned into a
:class:`codegen.ir.records.Param`, and the method's argument names made distinct.
"""

from __future__ import annotations

from typing import Any, TypeVar

from codegen.build.context import Context, doc_of
from codegen.build.examples import given_example
from codegen.build.styles import serialization
from codegen.errors import CodegenError, child, pointer
from codegen.ir import collisions, naming
from codegen.ir.evolve import evolve
from codegen.ir.naming import Identifier
from codegen.ir.opnames import param_key
from codegen.ir.records import Body, BodyField, Param, ParamLocation


def merged_params(
    ctx: Context, item: dict[str, Any], op: dict[str, Any], op_at: str
) -> list[tuple[dict[str, Any], str]]:
    """The path item's parameters overridden by the operation's (same name and location)."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    item_at = op_at.rsplit("/", 1)[0]
    for source, at in ((item, item_at), (op, op_at)):
        for i, raw in enumerate(source.get("parameters") or []):
            param, p_at = ctx.deref_child(raw, at, "parameters", i)
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise CodegenError(
                    "a parameter needs `name` and `in`", pointer=p_at, hint="Add them."
                )
            merged[param_key(param)] = (param, p_at)
    return list(merged.values())


_LOCATIONS = frozenset(loc.value for loc in ParamLocation)


def build_param(ctx: Context, param: dict[str, Any], at: str) -> Param:
    """One (dereferenced) parameter object at ``at`` as a :class:`Param`, made once per run:
    a parameter is a function of its object and pointer alone (its warnings too, which the run
    records once each anyway), and most are shared, from ``components/parameters`` or a path
    item (GitHub's 3,526 are 582 objects; building each again was a quarter of the build)."""
    found = ctx.params_built.get((id(param), at))
    if found is None or found[0] is not param:
        found = ctx.params_built[(id(param), at)] = (param, _param(ctx, param, at))
    return found[1]


def _param(ctx: Context, param: dict[str, Any], at: str) -> Param:
    location = param["in"]
    if location not in _LOCATIONS:
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
    if location != "querystring" and media_type is not None and not _is_text(media_type):
        ctx.diags.warn(
            f"parameter content of media type {media_type!r} is not supported",
            child(at, "content"),
            "the value is sent in the location's default style, as if described by `schema`",
        )
    schema_at = child(at, "schema")
    type_ = ctx.types.convert(schema or {}, schema_at)
    resolved_schema, _ = ctx.deref(schema or {}, schema_at)
    pattern = resolved_schema.get("pattern") if isinstance(resolved_schema, dict) else None
    given = given_example(param, *(param.get("content") or {}).values())
    return Param(
        pointer=at,
        example=ctx.examples.value(type_, resolved_schema, given=given, name=str(param["name"])),
        name=naming.param_name(param["name"]),
        wire_name=str(param["name"]),
        location=ParamLocation(location),
        type=ctx.requests.arg(type_, objects=False),  # enums as literals; objects as models
        required=bool(param.get("required")) or location == "path",
        doc=doc_of(param),
        pattern=pattern if isinstance(pattern, str) else None,
        deprecated=bool(param.get("deprecated")),
        serialization=serialization(ctx, param, ParamLocation(location), param.get("schema"), at),
        media_type=str(media_type) if media_type is not None else None,
    )


def _is_text(media_type: str) -> bool:
    """JSON (sent as its JSON text) or plain text (sent as ``str()``)."""
    base = media_type.split(";")[0].strip().lower()
    return base in ("application/json", "text/plain") or base.endswith("+json")


# Who keeps the plain name when names clash: every ParamLocation has a rank (a new location
# without one would fail here, so the table is checked against the enum in the tests).
_RANK = {"body": 0, "path": 1, "query": 2, "querystring": 3, "header": 4, "cookie": 5}
_WHAT = {"body": "body field"}


def name_args(
    ctx: Context, key: str, params: list[Param], body: Body | None, at: str
) -> tuple[list[Param], Body | None]:
    """Distinct Python names for the operation's parameters and body fields, by the rule of
    :func:`codegen.ir.collisions.resolve` (body fields keep their names; a parameter that clashes
    takes its location as a suffix, ...). Each clash is a warning naming both places and the
    override that picks other names: ``[operations."METHOD /path".params]`` keyed by
    ``"<location>.<wire name>"``."""
    override = ctx.overrides.operations.get(key)
    table = dict(override.params) if override is not None else {}
    src = ctx.settings.overrides_source
    body_at = child(at, "requestBody")
    items: list[collisions.Named] = []
    for p in params:
        where = p.location.value
        items.append(
            _named(f"{where}.{p.wire_name}", p.wire_name, where, p.pointer or at, table, key, src)
        )
    fields = body.fields if body is not None else ()
    for f in fields:
        items.append(_named(f"body.{f.wire_name}", f.wire_name, "body", body_at, table, key, src))
    for stale in sorted(set(table) - {i.key for i in items}) if table else ():
        ctx.diags.error(
            CodegenError(
                f"the overrides file renames {stale!r}, which is no parameter or body field of "
                f"{key}",
                pointer=pointer("operations", key, "params", stale),
                source=src,
                hint='Keys are "<path|query|header|cookie|body>.<wire name>"; remove or fix it.',
            )
        )
    taken = ("body",) if body is not None and not fields else ()
    names, clashes = collisions.resolve(items, taken=taken)
    for c in clashes:
        loser, holder = c.loser, c.holder
        ctx.diags.warn(
            f"in {key}, {_label(loser)} and {_label(holder)} both want the Python name "
            f"{c.wanted!r} (the other is at {holder.pointer})",
            loser.pointer,
            f"{_label(holder)} keeps {c.wanted!r} and {_label(loser)} is {c.given!r}; to pick "
            f'other names add to [operations."{key}".params] "{loser.key}" = "..." and/or '
            f'"{holder.key}" = "..." (with the entry\'s `reason`)',
        )
    params = [_renamed(p, names[i.key]) for p, i in zip(params, items, strict=False)]
    if body is not None and fields:
        body = evolve(
            body,
            fields=tuple(
                _renamed(f, names[i.key]) for f, i in zip(fields, items[len(params) :], strict=True)
            ),
        )
    return params, body


_Arg = TypeVar("_Arg", Param, BodyField)


def _renamed(arg: _Arg, name: Identifier) -> _Arg:
    """``arg`` with its Python name ``name``: itself when it has it already, as most do (on
    GitHub 3,600 of the build's 4,900 ``dataclasses.replace`` calls, 3 % of its time)."""
    return arg if arg.name == name else evolve(arg, name=name)


def _label(item: collisions.Named) -> str:
    return f"{_WHAT.get(item.where, item.where + ' parameter')} {item.wire!r}"


def _named(
    item_key: str, wire: str, where: str, at: str, table: dict[str, str], key: str, src: str
) -> collisions.Named:
    if not table:
        return collisions.Named(item_key, wire, where, at, _RANK[where])
    fixed = (
        naming.from_override(table[item_key], pointer("operations", key, "params", item_key), src)
        if item_key in table
        else None
    )
    if fixed is not None and fixed in naming.RESERVED_PARAMS:
        raise CodegenError(
            f"{fixed!r} is a name the generated method uses itself",
            pointer=pointer("operations", key, "params", item_key),
            source=src,
            hint="Pick another name.",
        )
    return collisions.Named(item_key, wire, where, at, _RANK[where], fixed)

"""A parameter's serialization (``style``, ``explode``, ``allowReserved``), checked against its
location and the shape of its schema (primitive, array, object).

The runtime (``_params``) writes every style the specification defines for a location; the
generated method passes the parameter's :class:`~codegen.ir.records.Serialization` as data when
it differs from the location's default. A combination the specification leaves undefined (an
unknown style, ``deepObject`` on an array, a ``pipeDelimited`` primitive, an object nested in an
array) is a warning with the pointer and what is sent instead: never a silently different
request.
"""

from __future__ import annotations

from typing import Any, Literal

from codegen.build.context import Context
from codegen.errors import child
from codegen.ir.records import ParamLocation, ParamStyle, Serialization

Shape = Literal["primitive", "array", "object", "any"]

DEFAULT_STYLE = {
    ParamLocation.PATH: ParamStyle.SIMPLE,
    ParamLocation.QUERY: ParamStyle.FORM,
    ParamLocation.HEADER: ParamStyle.SIMPLE,
    ParamLocation.COOKIE: ParamStyle.FORM,
}
ALLOWED = {
    ParamLocation.PATH: (ParamStyle.SIMPLE, ParamStyle.LABEL, ParamStyle.MATRIX),
    ParamLocation.QUERY: (
        ParamStyle.FORM,
        ParamStyle.SPACE_DELIMITED,
        ParamStyle.PIPE_DELIMITED,
        ParamStyle.DEEP_OBJECT,
    ),
    ParamLocation.HEADER: (ParamStyle.SIMPLE,),
    ParamLocation.COOKIE: (ParamStyle.FORM,),
}
_DELIMITED = (ParamStyle.SPACE_DELIMITED, ParamStyle.PIPE_DELIMITED)
_PRIMITIVE_TYPES = {"string", "integer", "number", "boolean"}
_STYLES = frozenset(s.value for s in ParamStyle)
_MAX_DEPTH = 8  # schemas nest deeper than a query string sensibly does; recursive ones stop here


def serialization(
    ctx: Context, param: dict[str, Any], location: ParamLocation, schema: Any, at: str
) -> Serialization | None:
    """The parameter's serialization, or None when it is its location's default (and for
    ``content`` and ``querystring`` parameters, which have no style). Warns as it goes."""
    if location == ParamLocation.QUERYSTRING or schema is None:
        return None
    default = DEFAULT_STYLE[location]
    declared = param.get("explode")
    raw = param.get("style", default.value)
    known = isinstance(raw, str) and raw in _STYLES
    style = ParamStyle(raw) if known else None
    if style is None or style not in ALLOWED[location]:
        style = default
        explode = declared if isinstance(declared, bool) else style == ParamStyle.FORM
        ctx.diags.warn(
            f"style {raw!r} is not defined for {location.value} parameters",
            child(at, "style"),
            f"sent in the {location.value} default style, {default.value} "
            f"(explode: {str(explode).lower()})",
            hint=f"Use one of {', '.join(s.value for s in ALLOWED[location])}.",
        )
    else:
        explode = declared if isinstance(declared, bool) else style == ParamStyle.FORM
    allow_reserved = param.get("allowReserved") is True
    if allow_reserved and location != ParamLocation.QUERY:
        ctx.diags.warn(
            "allowReserved applies to query parameters only",
            child(at, "allowReserved"),
            "the value is percent-encoded as usual",
        )
        allow_reserved = False
    explode = _check(ctx, style, explode, declared, schema, at)
    if style == default and explode == (style == ParamStyle.FORM) and not allow_reserved:
        return None
    return Serialization(style, explode, allow_reserved)


def _check(
    ctx: Context, style: ParamStyle, explode: bool, declared: object, schema: Any, at: str
) -> bool:
    """Warn about what the style does not define for this schema; the ``explode`` to send."""
    shape = _shape(ctx, schema, at)
    name = style.value
    if style == ParamStyle.DEEP_OBJECT:
        if shape in ("array", "primitive"):
            ctx.diags.warn(
                f"style deepObject is defined for objects, not for {shape} values",
                child(at, "style"),
                "the value is sent as form with explode: true (`name=value`, repeated for items)",
            )
        elif declared is False:
            ctx.diags.warn(
                "style deepObject is defined with explode: true only",
                child(at, "explode"),
                "sent as deepObject (`name[key]=value`)",
            )
        _check_nested(ctx, schema, at, name, deep=True, depth=0)
        return True  # as the runtime writes it, whatever was declared
    if style in _DELIMITED:
        if shape == "primitive":
            ctx.diags.warn(
                f"style {name} is defined for arrays and objects, not for primitive values",
                child(at, "style"),
                "the value is sent as `name=value`",
            )
        elif explode:
            ctx.diags.warn(
                f"style {name} is defined with explode: false only",
                child(at, "explode"),
                "sent as form with explode: true (`name=a&name=b`)",
            )
    _check_nested(ctx, schema, at, name, deep=False, depth=0)
    return explode


def _check_nested(
    ctx: Context, schema: Any, at: str, style: str, *, deep: bool, depth: int
) -> None:
    """Arrays or objects inside the value where the style defines no nesting (``deepObject``
    nests objects and repeats arrays of primitives; nothing else nests)."""
    node, _ = ctx.deref(schema, at)
    shape = _shape(ctx, node, at)
    inner: list[Any] = []
    if shape == "array" and isinstance(node, dict):
        inner = [node.get("items")]
    elif shape == "object" and isinstance(node, dict):
        props = node.get("properties")
        inner = list(props.values()) if isinstance(props, dict) else []
        if isinstance(node.get("additionalProperties"), dict):
            inner.append(node["additionalProperties"])
    for member in inner:
        kind = _shape(ctx, member, at)
        if kind not in ("array", "object"):
            continue
        if deep and shape == "object":
            # deepObject: objects nest (`f[a][b]=1`), arrays of primitives repeat (`f[a]=1&f[a]=2`)
            if depth < _MAX_DEPTH:
                _check_nested(ctx, member, at, style, deep=True, depth=depth + 1)
            continue
        ctx.diags.warn(
            f"style {style} defines no serialization for {kind} values inside "
            f"{'an array' if shape == 'array' else 'an object'}",
            child(at, "schema"),
            "each nested value is sent as its compact JSON text",
        )
        return


def _shape(ctx: Context, schema: Any, at: str) -> Shape:
    """Whether values of ``schema`` are primitives, arrays or objects ("any" when it does not
    say, or its alternatives disagree: the runtime then goes by the value)."""
    node, node_at = ctx.deref(schema, at)
    if not isinstance(node, dict):
        return "any"
    types = node.get("type")
    named = {types} if isinstance(types, str) else set(types) if isinstance(types, list) else set()
    named.discard("null")
    if named == {"array"} or (not named and "items" in node):
        return "array"
    if named == {"object"} or (
        not named and ("properties" in node or "additionalProperties" in node)
    ):
        return "object"
    if named and named <= _PRIMITIVE_TYPES:
        return "primitive"
    if not named and "enum" in node:
        return "primitive"
    for key in ("allOf", "oneOf", "anyOf"):
        members = node.get(key)
        if isinstance(members, list) and members:
            shapes = {
                _shape(ctx, m, child(node_at, key, i))
                for i, m in enumerate(members)
                if not _is_null(ctx, m, node_at)
            }
            if key == "allOf":
                if "object" in shapes:
                    return "object"
                shapes.discard("any")
            return shapes.pop() if len(shapes) == 1 else "any"
    return "any"


def _is_null(ctx: Context, schema: Any, at: str) -> bool:
    node, _ = ctx.deref(schema, at)
    return isinstance(node, dict) and node.get("type") in ("null", ["null"])

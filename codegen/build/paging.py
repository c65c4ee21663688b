"""Which paging rule an operation gets, and its item type.

The rule comes from, in this order: the operation's own ``paging`` entry in the overrides file
(``paging = false`` switches paging off), the file's ``[paging]`` default rule when the
operation's shape matches it, or a rule inferred from the spec (``codegen.build.paging_infer``,
unless ``[paging] infer = false``). A default matches a GET whose query parameters include every
parameter the rule writes (cursor, offset, page, limit) and its ``match_params``, and whose first
2xx JSON response has an array at the items path (``*``: the body, or its one array member) and
every body path the rule reads. An operation's own rule must fit the same way, else it is an error
naming the key; so is a rule without exactly one way to the next page (:func:`check_rule`). The
IR gets the rule with the items' path found; the generated code passes it as data
(``_paging.Paging``).
"""

from __future__ import annotations

from typing import Any

from codegen.build.context import Context
from codegen.build.paging_infer import infer
from codegen.build.shapes import array_items, properties, success_schema, walk
from codegen.errors import CodegenError, child, pointer
from codegen.ir.records import (
    HttpMethod,
    PagingRule,
    PagingSource,
    Param,
    ParamLocation,
    TypeRef,
)
from codegen.overrides import PagingRule as RuleSettings

WAYS = (
    "next_cursor",
    "next_cursor_header",
    "next_url",
    "next_url_header",
    "next_link",
    "offset_param",
    "page_param",
)
Path = tuple[str, ...]
ANY = ("*",)  # items = "*": the body when it is an array, else its one array member
_PARAMS = ("cursor_param", "offset_param", "page_param", "limit_param")
_BODY_PATHS = ("next_cursor", "next_url", "has_more", "total")


def has_way(rule: RuleSettings) -> bool:
    return any(getattr(rule, way) is not None for way in WAYS)


def check_rule(rule: RuleSettings, at: str, source: str) -> None:
    """A rule names exactly one way to the next page and only the keys that way uses."""

    def fail(key: str | None, message: str, hint: str) -> CodegenError:
        where = at if key is None else child(at, key)
        return CodegenError(f"paging rule: {message}", pointer=where, source=source, hint=hint)

    ways = [way for way in WAYS if getattr(rule, way) is not None]
    if not ways:
        raise fail(
            None,
            "no way to the next page",
            "Set one of " + ", ".join(WAYS) + " (with cursor_param for the cursor ones).",
        )
    if len(ways) > 1:
        raise fail(
            ways[1], f"`{ways[0]}` and `{ways[1]}` are two ways to the next page", "Keep one."
        )
    way = ways[0]
    cursor = way in ("next_cursor", "next_cursor_header")
    if cursor and rule.cursor_param is None:
        raise fail(way, f"`{way}` needs `cursor_param`", "Name the query parameter it is sent in.")
    if not cursor and rule.cursor_param is not None:
        raise fail(
            "cursor_param",
            f"`cursor_param` is only used with next_cursor or next_cursor_header, not `{way}`",
            "Remove it.",
        )
    if rule.first_page is not None and way != "page_param":
        raise fail("first_page", "`first_page` is only used with page_param", "Remove it.")
    if rule.short_page and rule.limit_param is None:
        raise fail(
            "short_page",
            "`short_page` needs `limit_param`",
            "Name the query parameter holding the page size.",
        )
    if rule.limit_param is not None and not rule.short_page:
        raise fail(
            "limit_param",
            "`limit_param` is only read by the short-page stop rule",
            "Set short_page = true, or remove it.",
        )


def _misfit(
    ctx: Context, rule: RuleSettings, params: tuple[Param, ...], schema: tuple[Any, str] | None
) -> tuple[str, str] | None:
    """Why ``rule`` does not fit the operation, as (key, reason); None when it fits."""
    query = {p.wire_name for p in params if p.location == ParamLocation.QUERY}
    for key in _PARAMS:
        name = getattr(rule, key)
        if name is not None and name not in query:
            return key, f"`{name}` is no query parameter of the operation"
    if schema is None:
        return "items", "the operation has no JSON success response"
    if items_path(ctx, rule.items, schema) is None:
        where = "single array (the body or one member)" if rule.items == ANY else "array at "
        shown = "" if rule.items == ANY else f"`{'.'.join(rule.items) or '(the body)'}`"
        return "items", f"the response has no {where}{shown}"
    for key in _BODY_PATHS:
        path = getattr(rule, key)
        if path is not None and walk(ctx, *schema, path) is None:
            return key, f"the response has no `{'.'.join(path)}`"
    return None


def items_path(ctx: Context, items: tuple[str, ...], schema: tuple[Any, str]) -> Path | None:
    """Where the items are: ``items`` when an array is there; for ``*`` the body when it is an
    array, else its one array member. None when there is no (single) array."""
    if items != ANY:
        found = walk(ctx, *schema, items)
        return items if found is not None and array_items(ctx, *found) is not None else None
    node, at = ctx.deref(*schema)
    if array_items(ctx, node, at) is not None:
        return ()
    arrays = [
        k for k, sub in properties(ctx, node, at).items() if array_items(ctx, *ctx.deref(*sub))
    ]
    return (arrays[0],) if len(arrays) == 1 else None


def _record(rule: RuleSettings, source: PagingSource, items: Path) -> PagingRule:
    values = rule.model_dump(include=set(RuleSettings.model_fields) - {"items"})
    return PagingRule(items=items, source=source, **values)


def paging_for(
    ctx: Context,
    key: str,
    method: HttpMethod,
    op: dict[str, Any],
    op_at: str,
    params: tuple[Param, ...],
) -> tuple[PagingRule, TypeRef] | None:
    """The operation's paging rule and item type, or None: it returns its plain result."""
    override = ctx.overrides.operations.get(key)
    own = override.paging if override is not None else None
    if own is False:
        return None
    schema = success_schema(ctx, op, op_at)
    rule: PagingRule | None = None
    if isinstance(own, RuleSettings):
        at = pointer("operations", key, "paging")
        check_rule(own, at, ctx.settings.overrides_source)
        misfit = _misfit(ctx, own, params, schema)
        if misfit is not None:
            raise CodegenError(
                f"paging rule of {key}: {misfit[1]}",
                pointer=child(at, misfit[0]),
                source=ctx.settings.overrides_source,
                hint="Fix the rule to the operation's parameters and response schema, or "
                "remove it.",
            )
        rule = _record(own, PagingSource.OPERATION, _found(ctx, own.items, schema))
    elif method == HttpMethod.GET:
        default = ctx.overrides.paging
        query = {p.wire_name for p in params if p.location == ParamLocation.QUERY}
        if (
            default is not None
            and has_way(default)
            and set(default.match_params) <= query
            and _misfit(ctx, default, params, schema) is None
        ):
            rule = _record(default, PagingSource.DEFAULT, _found(ctx, default.items, schema))
        elif (default is None or default.infer) and schema is not None:
            rule = infer(ctx, params, schema)
    if rule is None or schema is None:
        return None
    found = walk(ctx, *schema, rule.items)
    items = array_items(ctx, *found) if found is not None else None
    assert items is not None  # _misfit and infer checked it
    return rule, ctx.types.convert(*items)


def _found(ctx: Context, items: Path, schema: tuple[Any, str] | None) -> Path:
    path = items_path(ctx, items, schema) if schema is not None else None
    assert path is not None  # _misfit checked it
    return path

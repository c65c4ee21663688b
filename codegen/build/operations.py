"""One operation of the spec → :class:`codegen.ir.records.Operation`: its name and resource
(overrides first), parameters, body, response, errors, timeout and docs; then the method and
function names of a resource's operations, assigned together so they stay unique and stable.
Resources are paths (``("video_translations", "proofreads")``), from the URL by
:func:`codegen.ir.opnames.route` unless the overrides name one (dotted: ``"users"``,
``"video_translations.proofreads"``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from codegen.build.bodies import build_body
from codegen.build.context import Context, doc_of
from codegen.build.paging import paging_for
from codegen.build.params import build_param, merged_params, name_args
from codegen.build.responses import build_response
from codegen.build.security import Schemes, operation_security
from codegen.build.streams import alternate, stream_flag
from codegen.errors import child, pointer
from codegen.ir import naming
from codegen.ir.evolve import evolve
from codegen.ir.naming import Identifier
from codegen.ir.opnames import Wanted, assign, resource_name, route
from codegen.ir.records import Body, ContentKind, HttpMethod, Operation, Param, ParamLocation

IDEMPOTENCY_HEADER = "idempotency-key"
# A path item's (lower-case) method keys -> the enum (a lookup, not an Enum call per operation)
_METHODS = {m.value.lower(): m for m in HttpMethod}


def build_operation(
    ctx: Context,
    path: str,
    method: str,
    item: dict[str, Any],
    op: dict[str, Any],
    security: Schemes | None = None,
) -> tuple[tuple[Identifier, ...], Operation]:
    """The resource path an operation belongs to and the operation (names not yet final)."""
    op_at = pointer("paths", path, method)
    key = f"{method.upper()} {path}"
    override = ctx.overrides.operations.get(key)
    src = ctx.settings.overrides_source
    op_id = op.get("operationId") or f"{method} {path}"
    name = (
        naming.from_override(override.name, pointer("operations", key, "name"), src)
        if override and override.name
        else naming.snake(str(op_id), drop_version=True)
    )
    resource = _resource_name(ctx, op, path, override.resource if override else None, key)
    params: list[Param] = []
    idempotency: Param | None = None
    for raw, p_at in merged_params(ctx, item, op, op_at):
        param = build_param(ctx, raw, p_at)
        if param.location == ParamLocation.HEADER and param.wire_name.lower() == IDEMPOTENCY_HEADER:
            idempotency = param
        params.append(param)
    params, own_security = operation_security(ctx, security or Schemes(), op, op_at, params)
    body = build_body(ctx, op, op_at)
    params, body = name_args(ctx, key, params, body, op_at)
    if idempotency is not None:
        idempotency = next(p for p in params if p.pointer == idempotency.pointer)
    method_enum = _METHODS.get(method) or HttpMethod(method.upper())
    paged = paging_for(ctx, key, method_enum, op, op_at, tuple(params))
    response, errors = build_response(ctx, op, op_at, paged)
    streamed = alternate(ctx, op, op_at, response)
    timeout = (
        override.timeout
        if override and override.timeout
        else _default_timeout(ctx, method_enum, body)
    )
    doc = doc_of(op)
    docs_url = ctx.overrides.client.docs_url
    if doc.link and docs_url and not urlsplit(doc.link).scheme:
        doc = evolve(doc, link=urljoin(docs_url.rstrip("/") + "/", doc.link.lstrip("/")))
    operation = Operation(
        name=name,
        func=name,
        method=method_enum,
        path=path,
        operation_id=str(op_id),
        pointer=op_at,
        doc=doc,
        params=tuple(params),
        body=body,
        response=response,
        errors=errors,
        idempotency=idempotency,
        timeout=timeout,
        deprecated=bool(op.get("deprecated")),
        server=_server(ctx, item, op, op_at),
        streamed=streamed,
        stream_flag=stream_flag(body) if streamed and streamed.kind == ContentKind.STREAM else None,
        security=own_security,
    )
    return resource, operation


def _server(ctx: Context, item: dict[str, Any], op: dict[str, Any], op_at: str) -> str | None:
    """The operation's own base URL: the first of its ``servers``, else its path item's, with
    variables at their defaults; a relative URL resolved against the document's first server.
    None when it has none or it is the document's (the client's ``base_url`` then applies)."""
    for node, at in ((op, op_at), (item, op_at.rsplit("/", 1)[0])):
        servers = node.get("servers")
        if not isinstance(servers, list) or not servers:
            continue
        url = _server_url(servers[0])
        document = _server_url((ctx.doc.get("servers") or [None])[0])
        if url is None:
            return None
        if not urlsplit(url).scheme:
            if document is None or not urlsplit(document).scheme:
                ctx.diags.warn(
                    f"the server URL {url!r} is relative and the document has no absolute server",
                    child(at, "servers", 0, "url"),
                    "the operation uses the client's base_url",
                )
                return None
            url = urljoin(document + "/", url)
        url = url.rstrip("/")
        return None if url == document else url
    return None


def _server_url(server: object) -> str | None:
    if not isinstance(server, dict) or not isinstance(server.get("url"), str):
        return None
    url = str(server["url"])
    for name, var in (server.get("variables") or {}).items():
        if isinstance(var, dict):
            url = url.replace("{" + name + "}", str(var.get("default", "")))
    return url.rstrip("/")


def _default_timeout(ctx: Context, method: HttpMethod, body: Body | None) -> float | None:
    table = ctx.overrides.default_timeouts
    if body is not None and body.kind == ContentKind.MULTIPART:
        return table.upload
    return table.read if method.idempotent and method != HttpMethod.PUT else table.write


def _resource_name(
    ctx: Context, op: dict[str, Any], path: str, override: str | None, key: str
) -> tuple[Identifier, ...]:
    if override:
        where = pointer("operations", key, "resource")
        src = ctx.settings.overrides_source
        return tuple(naming.from_override(part, where, src) for part in override.split("."))
    op_id = op.get("operationId")
    method = key.partition(" ")[0]
    return route(method, path, op_id if isinstance(op_id, str) else None).resource


def regroup(
    ctx: Context, grouped: dict[tuple[Identifier, ...], list[Operation]]
) -> dict[tuple[Identifier, ...], list[Operation]]:
    """Move actions whose segment turned out to be a resource (it has resources below it) into
    that resource; operations with a ``resource`` override stay where they are."""
    known = frozenset(p[:n] for p in grouped for n in range(1, len(p) + 1))
    out: dict[tuple[Identifier, ...], list[Operation]] = {}
    for res_path, ops in grouped.items():
        for o in ops:
            override = ctx.overrides.operations.get(o.key)
            target = res_path
            if not (override and override.resource):
                target = route(o.method.value, o.path, o.operation_id, known).resource
            out.setdefault(target, []).append(o)
    return out


def named(
    ctx: Context,
    path: tuple[Identifier, ...],
    ops: list[Operation],
    nested: frozenset[tuple[Identifier, ...]] = frozenset(),
    children: frozenset[Identifier] = frozenset(),
) -> list[Operation]:
    """Give each operation its method and function names (see :mod:`codegen.ir.opnames`); no
    method takes the name of one of the resource's ``children`` (its nested resources)."""
    wanted = []
    resource = resource_name(path)
    for o in ops:
        key = o.key
        override = ctx.overrides.operations.get(key)
        fixed = o.name if override is not None and override.name else None
        rule = route(o.method.value, o.path, o.operation_id, nested).name
        wanted.append(Wanted(key, resource, o.operation_id, o.pointer, fixed, path, rule))
    methods, clashes = assign(wanted, ctx.settings.published_names, reserved=children)
    for w in wanted:
        if w.rule in children and methods[w.key] != w.rule:
            ctx.diags.warn(
                f"in resource {'.'.join(path)!r}, {w.key} would be the method {w.rule!r}, the "
                f"name of the nested resource {'.'.join((*path, w.rule))!r}; the method is "
                f"{methods[w.key]!r}",
                w.pointer,
                f'to pick another name add [operations."{w.key}"] name = "..." (with a `reason`)',
            )
    # `func` names only the module's private Endpoint constant and the polling noun: unique by
    # the same rule, but nothing a user sees, so its clashes need no warning.
    funcs, _ = assign(wanted, {}, short=False)
    for c in clashes:
        ctx.diags.warn(
            f"in resource {'.'.join(path)!r}, operations {c.loser.operation_id!r} ({c.loser.key}) and "
            f"{c.holder.operation_id!r} ({c.holder.key}) both want the method name "
            f"{c.wanted!r} (the other is at {c.holder.pointer})",
            c.loser.pointer,
            f"{c.holder.key} keeps {c.wanted!r} and {c.loser.key} is {c.given!r}; to pick other "
            f'names add [operations."{c.loser.key}"] name = "..." and/or '
            f'[operations."{c.holder.key}"] name = "..." (each with a `reason`)',
        )
    renamed = [
        evolve(o, name=methods[w.key], func=funcs[w.key]) for o, w in zip(ops, wanted, strict=True)
    ]
    return _stream_names(ctx, path, renamed, children)


def _stream_names(
    ctx: Context,
    path: tuple[Identifier, ...],
    ops: list[Operation],
    children: frozenset[Identifier] = frozenset(),
) -> list[Operation]:
    """The method name of each streamed twin: the first free of ``<name>_stream`` and
    ``stream_<name>``; with neither free the twin is left out, with a warning."""
    taken = {o.name for o in ops} | children
    out = []
    for o in ops:
        if o.streamed is not None:
            free = [
                n
                for n in (naming.snake(f"{o.name}_stream"), naming.snake(f"stream_{o.name}"))
                if n not in taken
            ]
            if free:
                taken.add(free[0])
                o = evolve(o, stream_name=free[0])
            else:
                ctx.diags.warn(
                    f"in resource {'.'.join(path)!r}, the streamed form of {o.name!r} has no free "
                    f"method name ({o.name}_stream and stream_{o.name} are taken); it is left out",
                    o.pointer,
                    'rename the other methods with [operations."METHOD /path"] name = "..."',
                )
                o = evolve(o, streamed=None, stream_flag=None)
        out.append(o)
    return out

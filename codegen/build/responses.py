"""What an operation returns: the success response (unwrapped from the ``data`` envelope, or as
the items of a cursor page), the documented error statuses and their classes, and the model of the
error envelope.
"""

from __future__ import annotations

import functools
import http
from typing import Any

from codegen.build.context import Context, doc_of, json_media
from codegen.build.streams import item_response, stream_media
from codegen.errors import child, pointer
from codegen.ir import naming
from codegen.ir.naming import Identifier
from codegen.ir.records import (
    ContentKind,
    ErrorStatus,
    ModelRef,
    Nullable,
    PagingRule,
    Primitive,
    Response,
    TypeRef,
)
from codegen.spec.validate import METHODS

# Status errors the runtime ships; other documented statuses get a generated class.
RUNTIME_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


@functools.lru_cache(maxsize=1024)
def error_class_name(status: int) -> tuple[Identifier, bool]:
    """The status error class for ``status`` and whether the runtime already defines it."""
    if status in RUNTIME_ERRORS:
        return naming.pascal(RUNTIME_ERRORS[status]), True
    if status >= 500:
        return naming.pascal("InternalServerError"), True
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:
        phrase = f"Status {status}"
    name = naming.pascal(phrase)
    return naming.pascal(name if name.endswith("Error") else f"{name} Error"), False


def build_response(
    ctx: Context, op: dict[str, Any], op_at: str, paged: tuple[PagingRule, TypeRef] | None
) -> tuple[Response, tuple[ErrorStatus, ...]]:
    """The first 2xx response and the error statuses (sorted) of an operation."""
    responses = op.get("responses") or {}
    success: Response | None = None
    errors: list[ErrorStatus] = []
    for code in responses:
        resp, r_at = ctx.deref_child(responses[code], op_at, "responses", code)
        status = int(code) if str(code).isdigit() else None
        if status is not None and 200 <= status < 300:
            if success is None:
                success = _success(ctx, status, resp, r_at, paged)
        elif status is not None and status >= 400:
            errors.append(_error_status(ctx, status, resp))
    if success is None:
        success = Response(200, ContentKind.NONE, Primitive("None"))
    return success, tuple(sorted(errors, key=lambda e: e.status))


def _error_status(ctx: Context, status: int, resp: dict[str, Any]) -> ErrorStatus:
    """The :class:`ErrorStatus` of a (dereferenced) error response: a function of its status
    and object alone, made once per run for each (GitHub's 1,223 operations document 3,000
    errors, most of them a shared ``components/responses`` entry such as ``not_found``)."""
    found = ctx.errors_built.get((status, id(resp)))
    if found is None or found[0] is not resp:
        cls, _ = error_class_name(status)
        found = ctx.errors_built[(status, id(resp))] = (
            resp,
            ErrorStatus(status, cls, doc_of(resp)),
        )
    return found[1]


def _success(
    ctx: Context,
    status: int,
    resp: dict[str, Any],
    at: str,
    paged: tuple[PagingRule, TypeRef] | None,
) -> Response:
    content = resp.get("content") or {}
    if not content or status == 204:
        return Response(status, ContentKind.NONE, Primitive("None"), doc=doc_of(resp))
    media = json_media(content)
    streamed = stream_media(content)
    if streamed is not None and media is None:
        return item_response(ctx, status, resp, at, streamed)
    if media is None:
        first = next(iter(content))
        base = first.split(";")[0].strip().lower()
        if base.startswith("text/"):
            return Response(status, ContentKind.TEXT, Primitive("str"), doc=doc_of(resp))
        return Response(status, ContentKind.BINARY, Primitive("bytes"), doc=doc_of(resp))
    schema_at = child(at, "content", media, "schema")
    schema = content[media].get("schema", {})
    key = ctx.overrides.envelope.success
    resolved, r_at = ctx.deref(schema, schema_at)
    props = resolved.get("properties") if isinstance(resolved, dict) else None
    if paged is not None:  # codegen.build.paging found the rule and the item type
        rule, item = paged
        return Response(status, ContentKind.JSON, item, doc=doc_of(resp), paging=rule)
    if key and isinstance(props, dict) and key in props:
        inner = ctx.types.convert(props[key], child(r_at, "properties", key))
        # The envelope's member is the result: it is always there on success even where
        # the spec does not mark it required, so the call returns it non-optional (and
        # everything built on the result, a poller for one, sees that one type).
        if isinstance(inner, Nullable):
            inner = inner.inner
        return Response(status, ContentKind.JSON, inner, envelope=key, doc=doc_of(resp))
    return Response(
        status, ContentKind.JSON, ctx.types.convert(schema, schema_at), doc=doc_of(resp)
    )


def error_model(ctx: Context) -> ModelRef | None:
    """The model of ``body[envelope.error]``: the one most documented error responses use.

    The rule: count, over every generated operation (``x-excluded`` ones only with
    ``--include-excluded``), the models its 4xx/5xx JSON responses put under the error key;
    the most used wins, a tie goes to the one found first. The first one found is not enough:
    HeyGen's spec starts with legacy v1 operations whose ``{code, message}`` error lacks the
    standard ``param`` and ``doc_url``.
    """
    key = ctx.overrides.envelope.error
    if not key:
        return None
    counts: dict[ModelRef, int] = {}
    for path, item in ctx.doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            if op.get("x-excluded") is True and not ctx.settings.include_excluded:
                continue
            at = pointer("paths", path, method, "responses")
            for model in _error_models(ctx, op, at, key):
                counts[model] = counts.get(model, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda m: counts[m])  # max keeps the first of equal counts


def _error_models(ctx: Context, op: dict[str, Any], at: str, key: str) -> list[ModelRef]:
    """The models under ``key`` in each documented error response of one operation."""
    out = []
    for code, raw in (op.get("responses") or {}).items():
        if not (str(code).isdigit() and int(code) >= 400):
            continue
        resp, r_at = ctx.deref(raw, child(at, code))
        media = json_media(resp.get("content") or {})
        if media is None:
            continue
        s_at = child(r_at, "content", media, "schema")
        schema, s_at = ctx.deref(resp["content"][media].get("schema", {}), s_at)
        prop = (schema.get("properties") or {}).get(key) if isinstance(schema, dict) else None
        if prop is not None:
            t = ctx.types.convert(prop, child(s_at, "properties", key))
            if isinstance(t, ModelRef):
                out.append(t)
    return out

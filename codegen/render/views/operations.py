"""One operation's view (arguments, wire names, body, endpoint, docstring parts) and one poll's.

Every decision here is taken from the IR (types, locations, content kinds), never by reading an
annotation's text.
"""

from __future__ import annotations

from dataclasses import replace

from codegen.ir import naming
from codegen.ir.examples import Example
from codegen.ir.records import (
    NONE,
    Body,
    ContentKind,
    DictOf,
    FileInput,
    ListOf,
    ModelRef,
    Nullable,
    Operation,
    Param,
    ParamLocation,
    Poll,
    Primitive,
    TypeRef,
    UnionOf,
)
from codegen.render.examples import render as render_example
from codegen.render.text import docstring_body, literal, tuple_literal
from codegen.render.views.docstrings import arg_entry, arg_text, doc_view, inline_code, one_line
from codegen.render.views.paging import paging_args, paging_doc
from codegen.render.views.records import ArgView, OperationView, PollView, WireView

IDEMPOTENCY_DOC = (
    "Key that makes retries of this call safe; a UUID4 is generated when omitted "
    "and reused for every retry of the call."
)
STYLED = "Styled"  # the runtime's (``_params``) value-with-its-serialization
EXAMPLE_ARGS_WIDTH = 40  # the required arguments of a one-line example call, in characters
_PLACEHOLDERS: dict[TypeRef, str] = {Primitive("str"): '"string"', Primitive("bytes"): 'b"..."'}


def is_file(t: TypeRef) -> bool:
    """Whether a value of this type carries an upload (a multipart file part)."""
    if isinstance(t, FileInput):
        return True
    if isinstance(t, ListOf):
        return is_file(t.item)
    if isinstance(t, Nullable):
        return is_file(t.inner)
    if isinstance(t, DictOf):
        return is_file(t.value)
    if isinstance(t, UnionOf):
        return any(is_file(i) for i in t.items)
    return False


def _example(example: Example | None, t: TypeRef) -> str:
    code = render_example(example) if example is not None else _PLACEHOLDERS.get(t, "...")
    return inline_code(code)


def _arg(
    name: str,
    t: TypeRef,
    required: bool,
    text: str,
    example: str,
    shadowed: frozenset[str],
    positional: bool = False,
) -> ArgView:
    return ArgView(
        name, t.annotation(shadowed), required, arg_entry(name, text), example, positional
    )


def _path_order(op: Operation, p: Param) -> int:
    """Where a path parameter appears in the path template (unknown ones last)."""
    at = op.path.find("{" + p.wire_name + "}")
    return at if at >= 0 else len(op.path)


def args(op: Operation, shadowed: frozenset[str] = frozenset()) -> tuple[ArgView, ...]:
    """The method's arguments: the path parameters first, positional, in path order; then the
    keyword-only ones, required first, the idempotency key last. A stream flag the method sets
    itself (``Operation.stream_flag``) is no argument."""
    positional = [
        _arg(
            p.name,
            p.type,
            True,
            arg_text(p.doc),
            _example(p.example, p.type),
            shadowed,
            positional=True,
        )
        for p in sorted(
            (p for p in op.params if p.location == ParamLocation.PATH),
            key=lambda p: _path_order(op, p),
        )
    ]
    found: list[ArgView] = []
    for p in op.params:
        if p is not op.idempotency and p.location != ParamLocation.PATH:
            found.append(
                _arg(
                    p.name,
                    p.type,
                    p.required,
                    arg_text(p.doc),
                    _example(p.example, p.type),
                    shadowed,
                )
            )
    body = op.body
    if body is not None and body.fields:
        for f in body.fields:
            if f.wire_name == op.stream_flag:
                continue
            found.append(
                _arg(
                    f.name,
                    f.type,
                    f.required,
                    arg_text(f.doc),
                    _example(f.example, f.type),
                    shadowed,
                )
            )
    elif body is not None:
        found.append(
            _arg(
                "body",
                body.type,
                body.required,
                "The request body.",
                _example(body.example, body.type),
                shadowed,
            )
        )
    ordered = positional + [a for a in found if a.required] + [a for a in found if not a.required]
    if op.idempotency is not None:
        name = op.idempotency.name
        ordered.append(ArgView(name, "str", False, arg_entry(name, IDEMPOTENCY_DOC), ""))
    return tuple(ordered)


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def wire_helper(p: Param) -> str:
    """The runtime name that wraps the parameter's value for the wire, or "" when the value goes
    as it is (written in its location's default style): ``Styled`` (``_params``) carries a
    declared style; ``json_param`` and ``query_object`` (``_options``) write ``content`` and
    ``querystring`` parameters."""
    if p.location == ParamLocation.QUERYSTRING:
        return "query_object"
    if p.media_type is not None and _is_json(p.media_type):
        return "json_param"
    if p.serialization is not None:
        return STYLED
    return ""


def _wire_args(p: Param) -> tuple[str, ...]:
    """The arguments after the value: ``Styled``'s style, explode and allow_reserved as data."""
    s = p.serialization
    if s is None or wire_helper(p) != STYLED:
        return ()
    args = (literal(s.style.value), f"explode={literal(s.explode)}")
    return (*args, "allow_reserved=True") if s.allow_reserved else args


def _wire_value(p: Param) -> str:
    helper = wire_helper(p)
    return f"{helper}({', '.join((p.name, *_wire_args(p)))})" if helper else p.name


def _wire(params: tuple[Param, ...], loc: ParamLocation) -> tuple[WireView, ...]:
    return tuple(
        WireView(literal(p.wire_name), p.name, _wire_value(p)) for p in params if p.location == loc
    )


def _body_kind(body: Body | None) -> str:
    if body is None:
        return "none"
    if body.kind == ContentKind.JSON:
        if body.model is not None and body.fields:
            return "model"
        return "json" if body.validate is None else "validated"
    if body.kind == ContentKind.FORM:
        # Without declared fields (empty, free-form or property-less schema) the whole value
        # is the form: an object whose members become the urlencoded fields.
        return "form" if body.fields else "form_body"
    if body.kind == ContentKind.MULTIPART:
        return "multipart" if body.fields else "content"
    return "content"


def _endpoint_options(op: Operation) -> tuple[tuple[str, str], ...]:
    body = op.body
    fields: list[tuple[str, str | float | None]] = [
        ("idempotency_header", op.idempotency.wire_name if op.idempotency else None),
        ("idempotency_pattern", op.idempotency.pattern if op.idempotency else None),
        ("timeout", op.timeout),
        ("content_type", body.media_type if _body_kind(body) == "content" and body else None),
        ("base_url", op.server),
    ]
    options = [(key, literal(value)) for key, value in fields if value is not None]
    if op.security is not None:
        options.append(("security", tuple_literal(op.security)))
    return tuple(options)


def operation_views(
    op: Operation, shadowed: frozenset[str] = frozenset()
) -> tuple[OperationView, ...]:
    """The operation's method, and its streamed twin's when it has one (same endpoint)."""
    if op.streamed is None or op.stream_name is None:
        return (operation_view(op, shadowed),)
    twin = replace(op, name=op.stream_name, response=op.streamed, streamed=None)
    return (
        operation_view(op, shadowed, flag="False"),
        operation_view(twin, shadowed, flag="True", twin=True),
    )


MODELS_ALIAS = "_models"  # how a resource module names the models package (an argument can't)


def _has_models(t: TypeRef) -> bool:
    return any(i.module == ".models" for i in t.imports())


def at_call(t: TypeRef, shadowed: frozenset[str] = frozenset()) -> str:
    """``t`` spelled for code that runs when a method is called (``cast_to``, a page's items, the
    model a body goes through), not for an annotation: each model read off the models package
    (``_models.Repository``), so importing a resource module builds none of its models (GitHub's
    `repos` needs 153 model modules); the first call builds those it needs. Only the response and
    body types of the type tree reach here: no request-argument node (``ModelOrDict``…)."""
    if not _has_models(t):
        return t.annotation(shadowed)
    if isinstance(t, ModelRef):
        return f"{MODELS_ALIAS}.{t.name}"
    if isinstance(t, ListOf):
        outer = "builtins.list" if "list" in shadowed else "list"
        return f"{outer}[{at_call(t.item, shadowed)}]"
    if isinstance(t, DictOf):
        key = "builtins.str" if "str" in shadowed else "str"
        outer = "builtins.dict" if "dict" in shadowed else "dict"
        return f"{outer}[{key}, {at_call(t.value, shadowed)}]"
    if isinstance(t, UnionOf):
        return " | ".join(at_call(i, shadowed) for i in t.items)
    if isinstance(t, Nullable):
        return f"{at_call(t.inner, shadowed)} | None"
    raise AssertionError(f"a request-argument type in a call: {t!r}")


def models_at_call(op: Operation) -> bool:
    """Whether the method's body names a model (see :func:`at_call`)."""
    body = op.body
    types = [op.response.type]
    if body is not None:
        types += [body.model] if body.model is not None else []
        types += [body.validate] if body.validate is not None else []
    return any(_has_models(t) for t in types)


def _stream_class(op: Operation) -> str:
    if op.response.stream is None:
        return ""
    return "BinaryStream" if op.response.kind == ContentKind.BINARY else "Stream"


def operation_view(
    op: Operation, shadowed: frozenset[str] = frozenset(), flag: str = "", twin: bool = False
) -> OperationView:
    """``flag``: the value the method gives the stream flag body field (``True``/``False``)."""
    found = args(op, shadowed)
    body = op.body
    fields = body.fields if body is not None else ()
    multipart = body is not None and body.kind == ContentKind.MULTIPART
    t = op.response.type
    stream_class = _stream_class(op)
    flagged = (
        (WireView(literal(op.stream_flag), flag, flag),)
        if flag and op.stream_flag is not None
        else ()
    )
    return OperationView(
        name=op.name,
        endpoint="_" + naming.constant(op.func),
        endpoint_args=(literal(op.method.value), literal(op.path), literal(op.operation_id)),
        endpoint_options=_endpoint_options(op),
        doc=doc_view(op),
        args=found,
        documented=any(a.doc for a in found),
        example_one_line=sum(len(a.name) + len(a.example) + 2 for a in found if a.required)
        <= EXAMPLE_ARGS_WIDTH,
        path_params=_wire(op.params, ParamLocation.PATH),
        query=_wire(op.params, ParamLocation.QUERY),
        query_objects=tuple(p.name for p in op.params if p.location == ParamLocation.QUERYSTRING),
        headers=_wire(op.params, ParamLocation.HEADER),
        cookies=_wire(op.params, ParamLocation.COOKIE),
        body_kind=_body_kind(body),
        body_model=at_call(body.model) if body is not None and body.model is not None else "",
        body_validate=at_call(body.validate, shadowed)
        if body is not None and body.validate is not None
        else "",
        body_fields=tuple(
            WireView(literal(f.wire_name), f.name, f.name)
            for f in fields
            if not (multipart and is_file(f.type)) and f.wire_name != op.stream_flag
        )
        + flagged,
        file_fields=tuple(
            WireView(literal(f.wire_name), f.name, f.name)
            for f in fields
            if multipart and is_file(f.type)
        ),
        result="" if stream_class == "BinaryStream" else t.annotation(shadowed),
        item=at_call(t, shadowed) if op.response.paged else "",
        paged=op.response.paged,
        paging=paging_args(op.response.paging) if op.response.paging else "",
        paging_constant="_" + naming.constant(op.func) + "_PAGING",
        paging_doc=paging_doc(op.response.paging) if op.response.paging else "",
        returns_none=t == NONE,
        cast_to="type(None)" if t == NONE else at_call(t, shadowed),
        envelope=literal(op.response.envelope),
        http=f"{op.method.value} {op.path}",
        summary=one_line(op.doc.summary or op.doc.description),
        stream=literal(op.response.stream) if op.response.stream is not None else "",
        stream_class=stream_class,
        define_endpoint=not twin,
    )


def _tuple_literal(values: tuple[str, ...]) -> str:
    return "(" + "".join(f"{literal(v)}, " for v in values) + ")"


def poll_view(poll: Poll, shadowed: frozenset[str] = frozenset()) -> PollView:
    op = poll.operation
    return PollView(
        name=poll.name,
        method=op.name,
        args=tuple(a for a in args(op, shadowed) if a.required),
        attribute=literal(poll.attribute),
        success=_tuple_literal(poll.success),
        failure=_tuple_literal(poll.failure),
        timeout=literal(poll.timeout),
        interval=literal(poll.interval),
        what=literal(poll.what),
        returns=op.response.type.annotation(shadowed),
        what_doc=docstring_body(poll.what),
        attribute_doc=docstring_body(poll.attribute),
        states_doc=", ".join(docstring_body(s) for s in poll.success),
        failures_doc=", ".join(docstring_body(s) for s in poll.failure) or "none declared",
    )

"""IR → view objects: every name, annotation, literal and import set a template prints.

Templates only lay these out. Each string that originates in the spec is passed through
:mod:`codegen.render.text` here, once, for the context it will appear in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from codegen.ir import naming
from codegen.ir.examples import Example
from codegen.ir.records import (
    Api,
    ApiKeyScheme,
    Body,
    ContentKind,
    Doc,
    FileInput,
    Import,
    Operation,
    PagingRule,
    Param,
    ParamLocation,
    Poll,
    Primitive,
    Resource,
    Response,
    TypeRef,
)
from codegen.render.examples import render as render_example
from codegen.render.text import docstring_body, first_sentence, literal, paragraphs


@dataclass(frozen=True, slots=True)
class ArgView:
    name: str
    annotation: str
    default: str | None  # code, or None when required
    doc: str
    example: str = ""  # code for a required argument's example value


@dataclass(frozen=True, slots=True)
class WireView:
    key: str  # a string literal
    name: str


@dataclass(frozen=True, slots=True)
class OperationView:
    name: str
    func: str
    async_func: str
    endpoint: str
    method: str
    path: str
    operation_id: str
    idempotency_header: str
    idempotency_pattern: str
    content_type: str  # the media type of a raw (text or binary) request body, or "None"
    timeout: str
    docstring: str
    docstring_async: str
    args: tuple[ArgView, ...]
    path_params: tuple[WireView, ...]
    query: tuple[WireView, ...]
    headers: tuple[WireView, ...]
    cookies: tuple[WireView, ...]
    body_kind: str  # "none" | "model" | "json" | "multipart" | "form" | "content"
    body_model: str
    body_fields: tuple[WireView, ...]
    file_fields: tuple[WireView, ...]
    returns: str
    returns_async: str
    cast_to: str
    envelope: str
    paged: bool
    item: str
    method_args: tuple[ArgView, ...]  # the same, spelled for a class whose methods shadow builtins
    method_returns: str
    method_returns_async: str
    http: str  # "POST /v3/…" for the API reference
    summary: str
    signature: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PollView:
    name: str
    method: str
    args: tuple[ArgView, ...]
    attribute: str
    success: str
    failure: str
    timeout: str
    interval: str
    what: str
    returns: str
    docstring: str


@dataclass(frozen=True, slots=True)
class ResourceView:
    name: str
    class_name: str
    docstring: str
    summary: str
    operations: tuple[OperationView, ...]
    polls: tuple[PollView, ...]
    model_imports: tuple[str, ...]
    typing_imports: tuple[Import, ...]
    shadows_builtins: bool
    uses_cookies: bool
    needs_file_types: bool
    paging: tuple[str, str, str, str] | None  # literals: cursor param, items, has_more, next cursor


@dataclass(frozen=True, slots=True)
class AuthView:
    kind: str  # "api_key" | "bearer"
    param: str
    header: str
    env: str
    env_name: str
    doc: str


@dataclass(frozen=True, slots=True)
class ErrorView:
    status: int
    name: str
    builtin: bool
    docstring: str


@dataclass(frozen=True, slots=True)
class ApiView:
    package: str
    package_literal: str
    client_name: str
    version_literal: str
    title_toml: str
    version_toml: str
    docstring: str
    summary: str
    base_url: str
    base_url_plain: str
    base_url_env: str
    base_url_env_name: str
    log_env: str
    auth: tuple[AuthView, ...]
    resources: tuple[ResourceView, ...]
    errors: tuple[ErrorView, ...]
    error_model: str
    error_envelope: str


def _doc_lines(doc: Doc, *, fallback: str = "") -> list[str]:
    lines: list[str] = []
    if doc.summary:
        lines.append(docstring_body(first_sentence(doc.summary).rstrip(".") + "."))
    body = doc.description
    if body and doc.summary and " ".join(body.split()) == " ".join(doc.summary.split()):
        body = ""
    if body:
        if lines:
            lines.append("")
        lines.extend(docstring_body(line) for line in paragraphs(body))
    if not lines and fallback:
        lines.append(fallback)
    return lines


def _arg_doc(doc: Doc) -> str:
    text = doc.description or doc.summary
    return docstring_body(" ".join(text.split())) if text else ""


def _annotation(t: TypeRef, *, optional: bool, shadowed: frozenset[str] = frozenset()) -> str:
    text = t.annotation(shadowed)
    return f"{text} | NotGiven" if optional else text


def _example(example: Example | None, t: TypeRef) -> str:
    if example is not None:
        return render_example(example)
    return {"str": '"string"', "bytes": 'b"..."'}.get(t.annotation(), "...")


def _example_lines(
    resource: str, op: Operation, args: tuple[ArgView, ...], is_async: bool = False
) -> list[str]:
    """A short, type-correct call of this operation (the test suite type-checks every one)."""
    call = f"client.{resource}.{op.name}("
    required = [a for a in args if a.default is None]
    if op.response.paged:
        head = f"{'async ' if is_async else ''}for item in {call}"
    elif op.response.type == Primitive("None"):
        head = f"{'await ' if is_async else ''}{call}"
    else:
        head = f"result = {'await ' if is_async else ''}{call}"
    if not required:
        lines = [head + ")" + (":" if op.response.paged else "")]
    else:
        lines = [head] + [f"    {a.name}={a.example}," for a in required]
        lines.append("):" if op.response.paged else ")")
    if op.response.paged:
        lines.append("    print(item)")
    return ["", "Example:", "", *(f"    {docstring_body(line)}" for line in lines)]


def _args(op: Operation, shadowed: frozenset[str] = frozenset()) -> tuple[ArgView, ...]:
    required: list[ArgView] = []
    optional: list[ArgView] = []
    params = [p for p in op.params if p is not op.idempotency]
    for p in params:
        target = required if p.required else optional
        target.append(
            ArgView(
                p.name,
                _annotation(p.type, optional=not p.required, shadowed=shadowed),
                None if p.required else "NOT_GIVEN",
                _arg_doc(p.doc),
                _example(p.example, p.type),
            )
        )
    body = op.body
    if body is not None:
        if body.fields:
            for f in body.fields:
                target = required if f.required else optional
                target.append(
                    ArgView(
                        f.name,
                        _annotation(f.type, optional=not f.required, shadowed=shadowed),
                        None if f.required else "NOT_GIVEN",
                        _arg_doc(f.doc),
                        _example(f.example, f.type),
                    )
                )
        else:
            name = "body"
            target = required if body.required else optional
            target.append(
                ArgView(
                    name,
                    _annotation(body.type, optional=not body.required, shadowed=shadowed),
                    None if body.required else "NOT_GIVEN",
                    "The request body.",
                    _example(body.example, body.type),
                )
            )
    if op.idempotency is not None:
        optional.append(
            ArgView(
                op.idempotency.name,
                "str | NotGiven",
                "NOT_GIVEN",
                "Key that makes retries of this call safe; a UUID4 is generated when omitted "
                "and reused for every retry of the call.",
            )
        )
    return tuple(required + optional)


def _docstrings(
    op: Operation, args: tuple[ArgView, ...], returns: str, resource: str
) -> tuple[str, str]:
    """The sync and the async method's docstrings: the same text but for the usage example."""
    head = _docstring_head(op, args, returns)
    sync = "\n".join(head + _example_lines(resource, op, args, False))
    return sync, "\n".join(head + _example_lines(resource, op, args, True))


def _docstring_head(op: Operation, args: tuple[ArgView, ...], returns: str) -> list[str]:
    lines = _doc_lines(op.doc, fallback=f"{op.method.value} {docstring_body(op.path)}")
    if op.deprecated:
        lines += ["", "Deprecated: the API marks this operation as deprecated."]
    documented = [a for a in args if a.doc]
    if documented:
        lines += ["", "Args:"]
        for a in documented:
            wrapped = paragraphs(f"{a.name}: {a.doc}", width=84)
            lines.append(f"    {wrapped[0]}")
            lines.extend(f"        {w}" for w in wrapped[1:] if w)
    lines += [
        "",
        "Returns:",
        f"    {returns}: {docstring_body(first_sentence(op.response.doc.description)) or 'The result.'}",
    ]
    if op.errors:
        lines += ["", "Raises:"]
        for e in op.errors:
            text = docstring_body(first_sentence(e.doc.description)) if e.doc.description else ""
            lines.append(f"    {e.class_name}: {e.status}{' ' + text if text else ''}")
    if op.doc.link:
        lines += ["", f"Docs: {docstring_body(op.doc.link)}"]
    return lines


def _wire(params: tuple[Param, ...], loc: ParamLocation) -> tuple[WireView, ...]:
    return tuple(WireView(literal(p.wire_name), p.name) for p in params if p.location == loc)


def _body_kind(body: Body | None) -> str:
    if body is None:
        return "none"
    if body.kind == ContentKind.JSON:
        return "model" if body.model is not None and body.fields else "json"
    if body.kind in (ContentKind.MULTIPART, ContentKind.FORM):
        return body.kind.value if body.fields else "content"
    return "content"


def _returns(resp: Response, shadowed: frozenset[str] = frozenset()) -> tuple[str, str]:
    t = resp.type
    annotation = t.annotation(shadowed)
    cast_to = "type(None)" if t == Primitive("None") else annotation
    return annotation, cast_to


def _one_line(text: str) -> str:
    """One line of prose for a Markdown list item (no line breaks, no HTML)."""
    line = first_sentence(text).replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(line.split())


def _signature(args: tuple[ArgView, ...]) -> tuple[str, ...]:
    """One parameter per line, so a changed parameter is a one-line diff in api.md."""
    return tuple(
        f"{a.name}: {a.annotation}" + (f" = {a.default}" if a.default else "") for a in args
    )


def _is_file(t: TypeRef) -> bool:
    return "FileTypes" in t.annotation()


def operation_view(
    op: Operation, resource: str = "", shadowed: frozenset[str] = frozenset()
) -> OperationView:
    args = _args(op)
    returns, cast_to = _returns(op.response)
    paged = op.response.paged
    item = returns
    returns_async = returns
    if paged:
        returns, returns_async = f"SyncPage[{item}]", f"AsyncPager[{item}]"
    m_returns = _returns(op.response, shadowed)[0]
    m_returns_async = m_returns
    if paged:
        m_returns, m_returns_async = f"SyncPage[{m_returns}]", f"AsyncPager[{m_returns}]"
    body = op.body
    fields = body.fields if body is not None else ()
    multipart = body is not None and body.kind == ContentKind.MULTIPART
    docstrings = _docstrings(op, args, returns, resource)
    return OperationView(
        name=op.name,
        func=op.func,
        async_func=op.async_func,
        endpoint="_" + naming.constant(op.func),
        method=literal(op.method.value),
        path=literal(op.path),
        operation_id=literal(op.operation_id),
        idempotency_header=literal(op.idempotency.wire_name) if op.idempotency else "None",
        idempotency_pattern=literal(op.idempotency.pattern) if op.idempotency else "None",
        timeout=literal(op.timeout),
        content_type=(
            literal(body.media_type)
            if body is not None and _body_kind(body) == "content"
            else "None"
        ),
        docstring=docstrings[0],
        docstring_async=docstrings[1],
        args=args,
        path_params=_wire(op.params, ParamLocation.PATH),
        query=_wire(op.params, ParamLocation.QUERY),
        headers=_wire(op.params, ParamLocation.HEADER),
        cookies=_wire(op.params, ParamLocation.COOKIE),
        body_kind=_body_kind(body),
        body_model=body.model.name if body is not None and body.model is not None else "",
        body_fields=tuple(
            WireView(literal(f.wire_name), f.name)
            for f in fields
            if not (multipart and _is_file(f.type))
        ),
        file_fields=tuple(
            WireView(literal(f.wire_name), f.name) for f in fields if multipart and _is_file(f.type)
        ),
        returns=returns,
        returns_async=returns_async,
        cast_to=cast_to,
        envelope=literal(op.response.envelope),
        paged=paged,
        item=item,
        method_args=_args(op, shadowed) if shadowed else args,
        http=f"{op.method.value} {op.path}",
        summary=_one_line(op.doc.summary or op.doc.description),
        signature=_signature(args),
        method_returns=m_returns,
        method_returns_async=m_returns_async,
    )


_BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})


def _resource_imports(res: Resource) -> tuple[tuple[str, ...], tuple[Import, ...], bool]:
    imports: set[Import] = set()
    files = False
    for op in res.operations:
        types: list[TypeRef] = [p.type for p in op.params] + [op.response.type]
        if op.body is not None:
            types += [f.type for f in op.body.fields] or [op.body.type]
            if op.body.model is not None:
                imports |= op.body.model.imports()
        for t in types:
            imports |= t.imports()
            files = files or isinstance(t, FileInput) or "FileTypes" in t.annotation()
    models = tuple(sorted(i.name for i in imports if i.module == ".models"))
    other = tuple(
        sorted(
            (i for i in imports if i.module not in (".models", "._types", "._files")),
            key=lambda i: (i.module, i.name),
        )
    )
    return models, other, files


def _tuple_literal(values: tuple[str, ...]) -> str:
    return "(" + "".join(f"{literal(v)}, " for v in values) + ")"


def poll_view(poll: Poll) -> PollView:
    op = poll.operation
    args = tuple(a for a in _args(op) if a.default is None)
    returns = op.response.type.annotation()
    what = docstring_body(poll.what)
    states = ", ".join(docstring_body(s) for s in poll.success)
    failures = ", ".join(docstring_body(s) for s in poll.failure) or "none declared"
    doc = "\n".join(
        [
            f"Wait until the {what} is done: poll `{op.name}` until its {docstring_body(poll.attribute)} is",
            f"{states}, and return that result.",
            "",
            f"Raises `PollingFailedError` on a failure state ({failures}) and",
            "`PollingTimeoutError` when `timeout` seconds pass first. The wait between polls",
            "starts at `interval` seconds and grows by half each time, up to 30 s.",
        ]
    )
    return PollView(
        name=poll.name,
        method=op.name,
        args=args,
        attribute=literal(poll.attribute),
        success=_tuple_literal(poll.success),
        failure=_tuple_literal(poll.failure),
        timeout=literal(poll.timeout),
        interval=literal(poll.interval),
        what=literal(poll.what),
        returns=returns,
        docstring=doc,
    )


def resource_view(res: Resource, paging: PagingRule | None = None) -> ResourceView:
    models, other, files = _resource_imports(res)
    uses_paging = paging is not None and any(op.response.paged for op in res.operations)
    # A method named like a builtin type (`list`) shadows it inside the class body, so the
    # class's annotations spell those builtins as `builtins.list`.
    shadowed = (
        frozenset({op.name for op in res.operations} | {p.name for p in res.polls}) & _BUILTIN_TYPES
    )
    lines = _doc_lines(res.doc, fallback=f"Operations of the {res.name} resource.")
    return ResourceView(
        name=res.name,
        class_name=res.class_name,
        docstring="\n".join(lines),
        summary=lines[0],
        operations=tuple(operation_view(op, res.name, shadowed) for op in res.operations),
        shadows_builtins=bool(shadowed),
        uses_cookies=any(
            p.location == ParamLocation.COOKIE for o in res.operations for p in o.params
        ),
        polls=tuple(poll_view(p) for p in res.polls),
        model_imports=models,
        typing_imports=other,
        needs_file_types=files,
        paging=(
            (
                literal(paging.cursor_param),
                literal(paging.items),
                literal(paging.has_more),
                literal(paging.next_cursor),
            )
            if uses_paging and paging is not None
            else None
        ),
    )


def api_view(api: Api) -> ApiView:
    auth = tuple(
        AuthView(
            kind="api_key" if isinstance(a, ApiKeyScheme) else "bearer",
            param=a.param,
            header=literal(a.header) if isinstance(a, ApiKeyScheme) else "",
            env=literal(a.env),
            env_name=docstring_body(a.env),
            doc=docstring_body(" ".join((a.doc.description or "").split())),
        )
        for a in api.auth
    )
    lines = _doc_lines(Doc(summary=api.title, description=api.doc.description))
    return ApiView(
        package=api.package,
        package_literal=literal(api.package),
        client_name=api.client_name,
        version_literal=literal(api.version),
        title_toml=json.dumps(api.title),
        version_toml=json.dumps(api.version),
        docstring="\n".join(lines),
        summary=lines[0],
        base_url=literal(api.base_url),
        base_url_plain=_one_line(api.base_url).replace("`", ""),
        base_url_env=literal(f"{api.env_prefix}_BASE_URL"),
        base_url_env_name=docstring_body(f"{api.env_prefix}_BASE_URL"),
        log_env=literal(f"{api.env_prefix}_LOG"),
        auth=auth,
        resources=tuple(resource_view(r, api.paging) for r in api.resources),
        errors=tuple(
            ErrorView(e.status, e.name, e.builtin, f"Raised for HTTP {e.status} responses.")
            for e in api.error_classes
        ),
        error_model=api.error_model.name if api.error_model else "",
        error_envelope=literal(api.error_envelope),
    )

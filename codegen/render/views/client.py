"""A resource's view (its operations, polls and import sets) and the whole API's (client, errors)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from codegen.ir.records import (
    Api,
    ApiKeyScheme,
    AuthScheme,
    BasicScheme,
    Doc,
    Import,
    ParamLocation,
    Resource,
    TypeRef,
)
from codegen.render.text import docstring_body, literal, toml_string, tuple_literal
from codegen.render.views.docstrings import doc_lines, one_line
from codegen.render.views.operations import (
    MODELS_ALIAS,
    STYLED,
    models_at_call,
    operation_views,
    poll_view,
    wire_helper,
)
from codegen.render.views.records import (
    ApiView,
    AuthView,
    ChildView,
    ErrorView,
    ExampleArg,
    MethodEntry,
    PollEntry,
    ResourceEntry,
    ResourceView,
)

_BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})
_RUNTIME_MODULES = (".models", ".params", "._types", "._files")


def _resource_imports(
    res: Resource,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Import, ...], bool]:
    """Model names, TypedDict names, other imports, and whether the runtime's file helpers are
    needed."""
    imports: set[Import] = set()
    for op in res.operations:
        types: list[TypeRef] = [p.type for p in op.params] + [op.response.type]
        if op.streamed is not None:
            types.append(op.streamed.type)
        if op.body is not None:
            types += [f.type for f in op.body.fields] or [op.body.type]
            if op.body.model is not None:
                imports |= op.body.model.imports()
        for t in types:
            imports |= t.imports()
    models = tuple(sorted(i.name for i in imports if i.module == ".models"))
    params = tuple(sorted(i.name for i in imports if i.module == ".params"))
    other = tuple(
        sorted(
            (i for i in imports if i.module not in _RUNTIME_MODULES),
            key=lambda i: (i.module, i.name),
        )
    )
    return models, params, other, any(i.module == "._files" for i in imports)


def option_imports(res: Resource) -> tuple[str, ...]:
    """The ``_options`` helpers the resource's methods call: ``request_options`` always, the
    parameter writers (cookies, JSON-text and querystring parameters) as used."""
    used = {"request_options"}
    for op in res.operations:
        used |= {w for w in (wire_helper(p) for p in op.params) if w and w != STYLED}
        if any(p.location == ParamLocation.COOKIE for p in op.params):
            used.add("cookie_header")
    return tuple(sorted(used))


def _summary(res: Resource) -> str:
    return doc_lines(res.doc, fallback=f"Operations of `{res.dotted}`.")[0]


class Layout(NamedTuple):
    """Where a resource lives (see :func:`resource_layout`); paths are from the package root."""

    module: str  # its public module, dotted: `resources.repos`
    file: str  # the file of its classes: `resources/repos/_repos.py`
    package_file: str  # with children: the `__init__.py` that re-exports them; else ""
    classes_module: str  # with children: the module of its classes in that package (`_repos`)
    up: str  # the relative-import prefix from `file` to the package root: `...`


def resource_layout(res: Resource) -> Layout:
    """One module per resource, nested as its path is, so that reaching `client.repos` imports
    the module of `repos` alone and each nested resource's module is imported when its accessor
    is first read.

    A resource without children is the module ``resources/repos/actions/secrets.py``. One with
    children is a package: ``resources/repos/_repos.py`` holds its classes and
    ``resources/repos/__init__.py`` re-exports them (so ``from <pkg>.resources.repos import
    Repos`` stays the import), beside its children's modules. The classes are not written in
    the ``__init__.py`` because importing a child module sets the child's name on its package,
    where it would replace a name the resource's own code uses (a child ``poll``, ``cast``).
    Path segments never start with ``_``, so ``_repos`` is no child's module.
    """
    path = ("resources", *(res.path or (res.name,)))
    module = ".".join(path)
    if res.children:
        folder = "/".join(path)
        classes = f"_{path[-1]}"
        up = "." * (len(path) + 1)  # the package itself is one more level
        return Layout(module, f"{folder}/{classes}.py", f"{folder}/__init__.py", classes, up)
    return Layout(module, "/".join(path) + ".py", "", "", "." * len(path))


def resource_view(res: Resource, children: tuple[Resource, ...] = ()) -> ResourceView:
    """The view of ``res``, whose nested resources are ``children`` (in ``res.children``
    order). Only those arguments are read: the render cache keys a resource's files by them
    (:func:`codegen.render.reuse.resource_key`), with each child stripped of its operations
    (:func:`child_input`), which the parent's module does not show."""
    models, params, other, files = _resource_imports(res)
    # A method named like a builtin type (`list`) shadows it inside the class body, so the
    # class's annotations spell those builtins as `builtins.list`.
    shadowed = (
        frozenset({op.name for op in res.operations} | {p.name for p in res.polls}) & _BUILTIN_TYPES
    )
    lines = doc_lines(res.doc, fallback=f"Operations of `{res.dotted}`.")
    views = tuple(v for op in res.operations for v in operation_views(op, shadowed))
    streams = sorted({v.stream_class for v in views if v.stream_class})
    layout = resource_layout(res)
    return ResourceView(
        name=res.name,
        dotted=res.dotted,
        module=layout.module,
        file=layout.file,
        package_file=layout.package_file,
        classes_module=layout.classes_module,
        up=layout.up,
        top_level=len(res.path) <= 1,
        children=tuple(
            ChildView(c.attribute, resource_layout(c).module, c.class_name, _summary(c))
            for c in children
        ),
        class_name=res.class_name,
        docstring="\n".join(lines),
        summary=lines[0],
        operations=views,
        shadows_builtins=bool(shadowed),
        option_imports=option_imports(res),
        styled=any(wire_helper(p) == STYLED for op in res.operations for p in op.params),
        polls=tuple(poll_view(p, shadowed) for p in res.polls),
        model_imports=models,
        param_imports=params,
        typing_imports=other,
        needs_file_types=files,
        streams=tuple(name for s in streams for name in (f"Async{s}", s)),
        paging=any(op.response.paged for op in res.operations),
        models_alias=MODELS_ALIAS if any(models_at_call(op) for op in res.operations) else "",
        validates=any(op.body_kind == "validated" for op in views),
    )


def child_input(child: Resource) -> Resource:
    """What a parent's view reads of a nested resource: all but its operations and polls."""
    return replace(child, operations=(), polls=())


def resource_entry(view: ResourceView) -> ResourceEntry:
    """What the package-wide files read of a resource (see :class:`ResourceEntry`)."""
    return ResourceEntry(
        name=view.name,
        dotted=view.dotted,
        module=view.module,
        class_name=view.class_name,
        top_level=view.top_level,
        summary=view.summary,
        operations=tuple(
            MethodEntry(
                op.name,
                op.http,
                op.paged,
                op.returns_none,
                op.stream_class,
                tuple(ExampleArg(a.name, a.positional, a.example) for a in op.args if a.required),
            )
            for op in view.operations
        ),
        polls=tuple(PollEntry(p.name, p.method) for p in view.polls),
        model_imports=view.model_imports,
    )


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    return flat.split(". ", 1)[0].rstrip(".") + "." if flat else ""


def _authors(api: Api) -> str:
    parts = [f"name = {toml_string(api.author)}"] if api.author else []
    parts += [f"email = {toml_string(api.author_email)}"] if api.author_email else []
    return "{ " + ", ".join(parts) + " }" if parts else ""


def _auth_view(a: AuthScheme) -> AuthView:
    doc = docstring_body(" ".join((a.doc.description or "").split()))
    common = {"param": a.param, "env": literal(a.env), "env_name": docstring_body(a.env)}
    if isinstance(a, ApiKeyScheme):
        return AuthView(
            "api_key", place=a.location.value, wire=literal(a.wire_name), doc=doc, **common
        )
    if isinstance(a, BasicScheme):
        return AuthView(
            "basic",
            place="",
            wire="",
            doc=doc,
            password=a.password,
            password_env=literal(a.password_env),
            password_env_name=docstring_body(a.password_env),
            **common,
        )
    return AuthView("bearer", place="", wire="", doc=doc, **common)


def api_view(api: Api, resources: Sequence[ResourceEntry]) -> ApiView:
    """The view of the package-wide files: ``api`` but its resources, whose
    :func:`resource_entry` are ``resources`` (``api.resources`` is not read)."""
    auth = tuple(_auth_view(a) for a in api.auth)
    lines = doc_lines(Doc(summary=api.title, description=api.doc.description))
    return ApiView(
        package=api.package,
        package_literal=literal(api.package),
        client_name=api.client_name,
        version_literal=literal(api.version),
        title_toml=toml_string(api.title),
        version_toml=toml_string(api.version),
        docstring="\n".join(lines),
        summary=lines[0],
        base_url=literal(api.base_url),
        base_url_plain=one_line(api.base_url).replace("`", ""),
        base_url_env=literal(f"{api.env_prefix}_BASE_URL"),
        base_url_env_name=docstring_body(f"{api.env_prefix}_BASE_URL"),
        log_env=literal(f"{api.env_prefix}_LOG"),
        auth=auth,
        security="None" if api.security is None else tuple_literal(api.security),
        resources=resources,
        description_toml=toml_string(_first_sentence(api.doc.description) or api.title),
        license_toml=toml_string(api.license) if api.license else "",
        authors_toml=_authors(api),
        urls_toml=tuple((toml_string(k), toml_string(v)) for k, v in api.urls),
        description_md=" ".join(api.doc.description.split()),
        log_env_name=docstring_body(f"{api.env_prefix}_LOG"),
        errors=tuple(
            ErrorView(e.status, e.name, e.builtin, f"Raised for HTTP {e.status} responses.")
            for e in api.error_classes
        ),
        error_model=api.error_model.name if api.error_model else "",
        error_envelope=literal(api.error_envelope),
    )

"""The view records templates receive: frozen values, each computed once, with no sync/async twins.

Annotations are spelled for the module they appear in: inside a resource class whose methods
shadow a builtin type (a method named ``list``), that builtin is written ``builtins.list``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from codegen.ir.records import Import


@dataclass(frozen=True, slots=True)
class ArgView:
    name: str
    annotation: str  # without `| NotGiven`; the template adds it (and `= NOT_GIVEN`) when optional
    required: bool
    doc: tuple[
        str, ...
    ]  # the wrapped "name: text" entry of the docstring's Args; () if undocumented
    example: str  # a required argument's example value, code escaped for a docstring
    positional: bool = False  # a path parameter: positional-or-keyword, before the `*`


@dataclass(frozen=True, slots=True)
class WireView:
    key: str  # a string literal
    name: str
    # The code of the value sent: ``name``, or a runtime callable (``_options``,
    # ``_params``) given it and literals (``Styled(sort, "form", explode=False)``).
    value: str


@dataclass(frozen=True, slots=True)
class RaisesView:
    name: str
    status: int
    text: str  # docstring prose, maybe empty


@dataclass(frozen=True, slots=True)
class DocView:
    """The parts of an operation's docstring; the template lays them out per mode."""

    prose: tuple[str, ...]  # summary and description lines (at least one)
    deprecated: bool
    returns: str  # what the result is
    raises: tuple[RaisesView, ...]
    link: str


@dataclass(frozen=True, slots=True)
class OperationView:
    name: str
    endpoint: str  # the module-level `Endpoint` constant
    endpoint_args: tuple[str, ...]  # literals: method, path, operation id
    endpoint_options: tuple[tuple[str, str], ...]  # (keyword, literal); those left at None omitted
    doc: DocView
    args: tuple[ArgView, ...]
    documented: bool  # some argument has an Args entry
    example_one_line: bool  # the docstring's example call fits on one line
    path_params: tuple[WireView, ...]
    query: tuple[WireView, ...]
    query_objects: tuple[str, ...]  # ``in: querystring`` arguments, spread into the query
    headers: tuple[WireView, ...]
    cookies: tuple[WireView, ...]
    body_kind: str  # none | model | json | validated | multipart | form | form_body | content
    body_model: str  # spelled for code that runs, like ``cast_to`` and ``item`` (``_models.Name``)
    body_validate: str  # "validated": the model-side type a dict body is validated through
    body_fields: tuple[WireView, ...]
    file_fields: tuple[WireView, ...]
    result: str  # the call's result annotation, or a page's item annotation when paged
    item: str  # a paged call's item type, spelled for code that runs (``_models.Name``)
    paged: bool
    paging: str  # the ``Paging(...)`` keywords of a paged operation, else ""
    paging_constant: str  # its module-level ``Paging`` constant
    paging_doc: str  # api.md's line on how it pages
    returns_none: bool
    cast_to: str
    envelope: str
    http: str  # "POST /v3/…" for the API reference
    summary: str
    stream: str = ""  # a literal: the media type(s) a streamed call asks for; "" when none
    stream_class: str = ""  # "Stream" (items of ``result``) | "BinaryStream" | ""
    define_endpoint: bool = True  # False for a streamed twin: it shares the endpoint constant


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
    # docstring prose
    what_doc: str
    attribute_doc: str
    states_doc: str
    failures_doc: str


@dataclass(frozen=True, slots=True)
class ChildView:
    """A resource nested in another: its attribute, module (dotted from the package root, the
    one its accessor imports on first use) and class."""

    attribute: str
    module: str
    class_name: str
    summary: str


@dataclass(frozen=True, slots=True)
class ResourceView:
    """A resource and its module (see :func:`~codegen.render.views.client.resource_layout`)."""

    name: str  # its key: the path joined by `_`
    dotted: str  # how users reach it: `webhooks.endpoints`
    module: str  # its public module, dotted from the package root: `resources.webhooks.endpoints`
    file: str  # the file of its classes, from the package root: `resources/webhooks/_webhooks.py`
    package_file: str  # with children: the `__init__.py` that re-exports its classes; else ""
    classes_module: str  # with children: the module of its classes in that package (`_webhooks`)
    up: str  # the relative-import prefix from its file to the package root: `..`, `...`
    top_level: bool  # an attribute of the client itself
    children: tuple[ChildView, ...]
    class_name: str
    docstring: str
    summary: str
    operations: tuple[OperationView, ...]
    polls: tuple[PollView, ...]
    model_imports: tuple[str, ...]
    param_imports: tuple[str, ...]  # TypedDicts, from ``params``
    typing_imports: tuple[Import, ...]
    shadows_builtins: bool
    option_imports: tuple[str, ...]  # names imported from ``_options``
    styled: bool  # some parameter has a declared style: ``_params.Styled`` is imported
    needs_file_types: bool
    paging: bool  # some operation is paged
    models_alias: str  # "_models" when some method's body names a model (at_call), else ""
    validates: bool  # some method validates a dict body (``validated_body``)
    streams: tuple[str, ...] = ()  # the ``_streaming`` classes its methods return


@dataclass(frozen=True, slots=True)
class ExampleArg:
    """A required argument as an example call passes it."""

    name: str
    positional: bool
    example: str  # code escaped for a docstring (see :class:`ArgView`)


@dataclass(frozen=True, slots=True)
class MethodEntry:
    """One method as the package-wide files (README) show it: its example call."""

    name: str
    http: str
    paged: bool
    returns_none: bool
    stream_class: str
    example_args: tuple[ExampleArg, ...]  # the required arguments, in signature order


@dataclass(frozen=True, slots=True)
class PollEntry:
    name: str
    method: str  # the method it polls


@dataclass(frozen=True, slots=True)
class ResourceEntry:
    """A resource as the package-wide files (client, README) see it: the few values of its
    :class:`ResourceView` they print. Small, so the render cache keeps it beside the
    resource's module and those files are rendered without the views of unchanged
    resources (:mod:`codegen.render.reuse`)."""

    name: str
    dotted: str
    module: str
    class_name: str
    top_level: bool
    summary: str
    operations: tuple[MethodEntry, ...]
    polls: tuple[PollEntry, ...]
    model_imports: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AuthView:
    kind: str  # "api_key" | "bearer" | "basic"
    param: str
    place: str  # an API key's: "header" | "query" | "cookie"
    wire: str  # a literal: the API key's header, query parameter or cookie name
    env: str  # a literal
    env_name: str  # for prose
    doc: str
    password: str = ""  # basic: the password keyword, its env var (literal) and for prose
    password_env: str = ""
    password_env_name: str = ""


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
    security: str  # a literal: the document's requirements
    resources: Sequence[ResourceEntry]  # read lazily (codegen.render.reuse.Entries)
    description_toml: str  # TOML strings (json.dumps) for pyproject.toml
    license_toml: str  # "" when the spec names none
    authors_toml: str  # an inline table, or ""
    urls_toml: tuple[tuple[str, str], ...]
    description_md: str  # the API's description, for the README
    log_env_name: str  # HEYGEN_LOG, for prose
    errors: tuple[ErrorView, ...]
    error_model: str
    error_envelope: str

    # What only the README reads of the resources, computed when it does (so that a run whose
    # README comes from the render cache reads no entry).

    @property
    def readme_imports(self) -> tuple[str, ...]:
        """The imports of the README's example calls (each resource's first operation,
        required arguments): the models and standard modules their example values construct."""
        first = [r.operations[0] for r in self.resources if r.operations]
        code = " ".join(a.example for op in first for a in op.example_args)
        models = {m for r in self.resources for m in r.model_imports}
        used = sorted(models & set(re.findall(r"\b([A-Z][A-Za-z0-9_]*)\(", code)))
        lines = [f"import {m}" for m in ("datetime", "decimal", "uuid") if f"{m}." in code]
        return (*lines, *([f"from {self.package}.models import {', '.join(used)}"] if used else []))

    @property
    def item_stream(self) -> tuple[ResourceEntry, MethodEntry] | None:
        """The first method returning events or JSON lines."""
        return self._first("Stream")

    @property
    def download(self) -> tuple[ResourceEntry, MethodEntry] | None:
        """The first method returning a binary stream."""
        return self._first("BinaryStream")

    def _first(self, stream_class: str) -> tuple[ResourceEntry, MethodEntry] | None:
        return next(
            (
                (r, op)
                for r in self.resources
                for op in r.operations
                if op.stream_class == stream_class
            ),
            None,
        )

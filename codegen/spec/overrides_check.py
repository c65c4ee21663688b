"""The overrides file's schema as pydantic models: the checker of last resort, and the authority.

:mod:`codegen.overrides` reads a file with plain code (importing pydantic was more than half of
every run's import time) and hands anything it does not accept as written here to
:func:`check`: a problem is then reported with pydantic's message, the pointer to it and a
hint, exactly as before; a file accepted here after a coercion (an integer timeout, a padded
reason) becomes the same plain records. The fields of each model and of its record in
:mod:`codegen.overrides` are the same (``tests/unit/test_overrides.py`` holds them to it).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from codegen import overrides as plain
from codegen.errors import CodegenError, pointer

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClientSettings(_Strict):
    """Who the generated client is. Anything left out is derived from the spec's ``info``."""

    package: str | None = None
    name: str | None = None
    env_prefix: str | None = None
    version: str | None = None
    docs_url: str | None = None  # base for relative documentation links (x-mint.href)
    # models.py, or a models/ package loading each model on first use; "auto": a package above
    # codegen.models.split.SPLIT_ABOVE models.
    models: Literal["auto", "module", "package"] = "auto"


class EnvelopeSettings(_Strict):
    """How bodies are wrapped. ``success``: a 2xx JSON object ``{success: X}`` returns ``X``."""

    success: str | None = None
    error: str | None = None


Seconds = Annotated[float, Field(gt=0)]


class DefaultTimeouts(_Strict):
    """Per-operation default timeouts by kind; an operation's own ``timeout`` and a call's win."""

    read: Seconds | None = None  # GET, HEAD, OPTIONS, DELETE
    write: Seconds | None = None  # POST, PUT, PATCH
    upload: Seconds | None = None  # multipart bodies


def _split_path(value: object) -> object:
    """A path into a JSON body: ``"meta.cursors.next"``, or a list of keys for keys with dots;
    ``""`` (or ``[]``) is the body itself."""
    if isinstance(value, str):
        return tuple(value.split(".")) if value else ()
    return tuple(value) if isinstance(value, list) else value


BodyPath = Annotated[
    tuple[Annotated[str, StringConstraints(min_length=1)], ...], BeforeValidator(_split_path)
]


class PagingRule(_Strict):
    """How a list operation pages (see ``codegen.build.paging`` and the runtime's ``_paging``):
    the items' path, one way to the next page and any stop rules. Checked in
    ``codegen.build.paging.check_rule``."""

    items: BodyPath = ()  # "*": the body when it is an array, else its one array member
    cursor_param: str | None = None  # the query parameter a cursor is sent in
    next_cursor: BodyPath | None = None  # ...read from the body here
    next_cursor_header: str | None = None  # ...or from this response header
    next_url: BodyPath | None = None  # a next-page URL in the body
    next_url_header: str | None = None  # ...in this response header
    next_link: str | None = None  # ...in the Link header's entry with this rel (RFC 8288)
    offset_param: str | None = None  # offset paging: the next offset is this one + items
    page_param: str | None = None  # page numbers
    first_page: int | None = None  # the first page's number (1)
    limit_param: str | None = None  # the page size parameter, read by short_page
    has_more: BodyPath | None = None  # stop unless this is true
    total: BodyPath | None = None  # stop when this many items were received
    short_page: bool = False  # stop after a page with fewer items than the limit


class PagingSettings(PagingRule):
    """``[paging]``: the default rule, applied to every GET whose shape matches it (its
    parameters are query parameters of the operation and its paths are in the response), and
    whether rules are inferred for the others. Without a way to the next page it is no rule."""

    reason: Reason
    infer: bool = True
    # the default applies only to operations with all of these query parameters
    match_params: list[str] = Field(default_factory=list)


class OperationOverride(_Strict):
    reason: Reason
    name: str | None = None
    resource: str | None = None
    timeout: Seconds | None = None
    # Python names of parameters and body fields, keyed by "<location>.<wire name>"
    # ("path.username", "body.username"); see codegen.ir.collisions.resolve.
    params: dict[str, str] = Field(default_factory=dict)
    # the operation's own paging rule, or false: no paging (not the default's, none inferred)
    paging: PagingRule | Literal[False] | None = None


class PollOverride(_Strict):
    """An asynchronous job's status operation: ``wait_for_…`` polls it until a terminal state."""

    reason: Reason
    status_field: str = "status"
    success: list[str] = Field(min_length=1)
    failure: list[str] = Field(default_factory=list)
    name: str | None = None
    timeout: Seconds = 600.0
    interval: Seconds = 2.0


class SchemaOverride(_Strict):
    """A class name for the schema at a JSON pointer, where the generated one would clash, and
    Python names of its fields keyed by wire name (``fields = {"user-id" = "uid"}``)."""

    reason: Reason
    name: str | None = None
    fields: dict[str, str] = Field(default_factory=dict)


class TemplateSettings(_Strict):
    """A folder (relative to the overrides file) of Jinja templates that replace built-in ones
    of the same name, e.g. ``package/api.md.jinja``."""

    folder: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Overrides(_Strict):
    client: ClientSettings = ClientSettings()
    templates: TemplateSettings | None = None
    envelope: EnvelopeSettings = EnvelopeSettings()
    paging: PagingSettings | None = None
    default_timeouts: DefaultTimeouts = DefaultTimeouts()
    operations: dict[str, OperationOverride] = Field(default_factory=dict)
    polling: dict[str, PollOverride] = Field(default_factory=dict)
    schemas: dict[str, SchemaOverride] = Field(default_factory=dict)


_PAGING_KEYS = ", ".join(PagingRule.model_fields)


def _hint(loc: tuple[int | str, ...]) -> str:
    if loc[:1] == ("templates",):
        return "[templates] takes only `folder`."
    if loc[:1] == ("paging",) or "paging" in loc[2:3]:
        return (
            "A paging rule takes "
            + _PAGING_KEYS
            + " ([paging] also `reason`, `infer` and `match_params`); "
            "paths are dotted (`meta.cursors.next`) or lists of keys; `paging = false` on an "
            "operation switches paging off."
        )
    return (
        "Every operation entry needs a `reason`; allowed keys are "
        "name, resource, timeout, params, paging and reason."
    )


def check(data: dict[str, Any], source: str) -> plain.Overrides:
    """Validate the parsed file ``data`` as the plain reader's last resort: the first problem
    raises, with pydantic's message, the pointer to it and a hint; a file pydantic accepts
    (with a coercion the plain reader does not make) is returned as the plain records."""
    try:
        checked = Overrides.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        # A union's member ("PagingRule", "literal[False]") is no key of the file.
        loc = tuple(
            k for k in first["loc"] if k != "PagingRule" and not str(k).startswith("literal[")
        )
        raise CodegenError(
            f"overrides file: {first['msg']}",
            pointer=pointer(*loc),
            source=source,
            hint=_hint(loc),
        ) from None
    return _plain(checked)


def _rule_values(rule: PagingRule) -> dict[str, Any]:
    return {name: getattr(rule, name) for name in PagingRule.model_fields}


def _paging(rule: PagingRule | Literal[False] | None) -> plain.PagingRule | Literal[False] | None:
    return plain.PagingRule(**_rule_values(rule)) if isinstance(rule, PagingRule) else rule


def _plain(o: Overrides) -> plain.Overrides:
    """The validated models as the records :mod:`codegen.overrides` defines (the same fields)."""
    paging = None
    if o.paging is not None:
        paging = plain.PagingSettings(
            **_rule_values(o.paging),
            reason=o.paging.reason,
            infer=o.paging.infer,
            match_params=list(o.paging.match_params),
            given=frozenset(o.paging.model_fields_set),
        )
    return plain.Overrides(
        client=plain.ClientSettings(**o.client.model_dump()),
        templates=plain.TemplateSettings(folder=o.templates.folder) if o.templates else None,
        envelope=plain.EnvelopeSettings(**o.envelope.model_dump()),
        paging=paging,
        default_timeouts=plain.DefaultTimeouts(**o.default_timeouts.model_dump()),
        operations={
            k: plain.OperationOverride(
                reason=v.reason,
                name=v.name,
                resource=v.resource,
                timeout=v.timeout,
                params=dict(v.params),
                paging=_paging(v.paging),
            )
            for k, v in o.operations.items()
        },
        polling={
            k: plain.PollOverride(
                reason=v.reason,
                status_field=v.status_field,
                success=list(v.success),
                failure=list(v.failure),
                name=v.name,
                timeout=v.timeout,
                interval=v.interval,
            )
            for k, v in o.polling.items()
        },
        schemas={
            k: plain.SchemaOverride(reason=v.reason, name=v.name, fields=dict(v.fields))
            for k, v in o.schemas.items()
        },
    )

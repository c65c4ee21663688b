"""The overrides file: naming, grouping and behaviour decisions kept as data, each with its reason.

One TOML file next to the spec (``openapi/overrides.toml``) holds the client's identity, the
envelope rule and per-operation entries keyed by ``"METHOD /path"``. It is validated here; an
entry that names no operation of the spec is an error, so stale entries cannot pile up.

The settings are plain frozen dataclasses, read by plain code that accepts a file only as its
schema (:mod:`codegen.spec.overrides_check`, pydantic models) would, value for value, without a
coercion. Anything else (a problem, or a value pydantic would coerce: an integer where a number
is meant, a padded reason) goes to that schema, which reports the problem with its message,
pointer and hint, or returns these same records. Importing pydantic and building its models
was more than half of every run's import time (0.18 s of CPU of 0.33 s), before any work.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar, Literal

from codegen.errors import CodegenError
from codegen.spec.overrides_values import (
    Layout,
    Path_,
    _body_path,
    _bool,
    _layout,
    _names,
    _opt_seconds,
    _opt_str,
    _reason,
    _Refused,
    _seconds,
    _str,
    _strings,
    _table,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientSettings:
    """Who the generated client is. Anything left out is derived from the spec's ``info``."""

    package: str | None = None
    name: str | None = None
    env_prefix: str | None = None
    version: str | None = None
    docs_url: str | None = None  # base for relative documentation links (x-mint.href)
    # models.py, or a models/ package loading each model on first use; "auto": a package above
    # codegen.models.split.SPLIT_ABOVE models.
    models: Layout = "auto"


@dataclass(frozen=True, slots=True, kw_only=True)
class EnvelopeSettings:
    """How bodies are wrapped. ``success``: a 2xx JSON object ``{success: X}`` returns ``X``."""

    success: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DefaultTimeouts:
    """Per-operation default timeouts by kind (seconds, > 0); an operation's own ``timeout``
    and a call's win."""

    read: float | None = None  # GET, HEAD, OPTIONS, DELETE
    write: float | None = None  # POST, PUT, PATCH
    upload: float | None = None  # multipart bodies


@dataclass(frozen=True, slots=True, kw_only=True)
class PagingRule:
    """How a list operation pages (see ``codegen.build.paging`` and the runtime's ``_paging``):
    the items' path, one way to the next page and any stop rules. Checked in
    ``codegen.build.paging.check_rule``."""

    # The rule's own keys (not [paging]'s `reason`, `infer`, `match_params`), in file order:
    # the fields below (set after the class, from them).
    model_fields: ClassVar[tuple[str, ...]] = ()

    items: Path_ = ()  # "*": the body when it is an array, else its one array member
    cursor_param: str | None = None  # the query parameter a cursor is sent in
    next_cursor: Path_ | None = None  # ...read from the body here
    next_cursor_header: str | None = None  # ...or from this response header
    next_url: Path_ | None = None  # a next-page URL in the body
    next_url_header: str | None = None  # ...in this response header
    next_link: str | None = None  # ...in the Link header's entry with this rel (RFC 8288)
    offset_param: str | None = None  # offset paging: the next offset is this one + items
    page_param: str | None = None  # page numbers
    first_page: int | None = None  # the first page's number (1)
    limit_param: str | None = None  # the page size parameter, read by short_page
    has_more: Path_ | None = None  # stop unless this is true
    total: Path_ | None = None  # stop when this many items were received
    short_page: bool = False  # stop after a page with fewer items than the limit

    def model_dump(self, include: Iterable[str]) -> dict[str, Any]:
        """The values of the rule keys ``include`` (as pydantic's method of that name)."""
        return {name: getattr(self, name) for name in self.model_fields if name in set(include)}


PagingRule.model_fields = tuple(f.name for f in fields(PagingRule))


@dataclass(frozen=True, slots=True, kw_only=True)
class PagingSettings(PagingRule):
    """``[paging]``: the default rule, applied to every GET whose shape matches it (its
    parameters are query parameters of the operation and its paths are in the response), and
    whether rules are inferred for the others. Without a way to the next page it is no rule."""

    reason: str
    infer: bool = True
    # the default applies only to operations with all of these query parameters
    match_params: list[str] = field(default_factory=list)
    given: frozenset[str] = field(default=frozenset(), repr=False)  # the keys the file gave

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The keys written in the file (as pydantic's attribute of that name)."""
        return self.given


@dataclass(frozen=True, slots=True, kw_only=True)
class OperationOverride:
    reason: str
    name: str | None = None
    resource: str | None = None
    timeout: float | None = None
    # Python names of parameters and body fields, keyed by "<location>.<wire name>"
    # ("path.username", "body.username"); see codegen.ir.collisions.resolve.
    params: dict[str, str] = field(default_factory=dict)
    # the operation's own paging rule, or false: no paging (not the default's, none inferred)
    paging: PagingRule | Literal[False] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PollOverride:
    """An asynchronous job's status operation: ``wait_for_…`` polls it until a terminal state."""

    reason: str
    status_field: str = "status"
    success: list[str]
    failure: list[str] = field(default_factory=list)
    name: str | None = None
    timeout: float = 600.0
    interval: float = 2.0


@dataclass(frozen=True, slots=True, kw_only=True)
class SchemaOverride:
    """A class name for the schema at a JSON pointer, where the generated one would clash, and
    Python names of its fields keyed by wire name (``fields = {"user-id" = "uid"}``)."""

    reason: str
    name: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateSettings:
    """A folder (relative to the overrides file) of Jinja templates that replace built-in ones
    of the same name, e.g. ``package/api.md.jinja``."""

    folder: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Overrides:
    client: ClientSettings = ClientSettings()
    templates: TemplateSettings | None = None
    envelope: EnvelopeSettings = EnvelopeSettings()
    paging: PagingSettings | None = None
    default_timeouts: DefaultTimeouts = DefaultTimeouts()
    operations: dict[str, OperationOverride] = field(default_factory=dict)
    polling: dict[str, PollOverride] = field(default_factory=dict)
    schemas: dict[str, SchemaOverride] = field(default_factory=dict)


EMPTY = Overrides()


def default_overrides(spec: Path) -> Path | None:
    """``overrides.toml`` beside the spec, when there is one."""
    candidate = spec.parent / "overrides.toml"
    return candidate if candidate.is_file() else None


def template_folder(overrides: Overrides, path: Path | None) -> Path | None:
    """The user's template folder, resolved against the overrides file's folder; it must exist."""
    if overrides.templates is None or path is None:
        return None
    folder = (path.parent / overrides.templates.folder).resolve()
    if not folder.is_dir():
        raise CodegenError(
            f"template folder {folder} does not exist",
            pointer="#/templates/folder",
            source=path.name,
            hint="Create it, or fix `folder` (relative to the overrides file).",
        )
    return folder


def load_overrides(path: Path | None) -> tuple[Overrides, str]:
    """Parse and validate the overrides file; returns the settings and the file's text."""
    if path is None:
        return EMPTY, ""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CodegenError(f"cannot read overrides file {path}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CodegenError(
            f"invalid TOML in the overrides file: {exc}",
            source=path.name,
            hint="Fix the syntax there.",
        ) from None
    return read(data, path.name), text


def read(data: dict[str, Any], source: str) -> Overrides:
    """The settings in the parsed file ``data``: read here when every value is as the schema
    wants it, else by the schema (:func:`codegen.spec.overrides_check.check`, which raises)."""
    try:
        return _overrides(data)
    except _Refused:
        from codegen.spec.overrides_check import check

        return check(data, source)


# -- the plain reader: anything but an exact match of the schema is refused ----------------------


_RULE_STRS = (
    "cursor_param",
    "next_cursor_header",
    "next_url_header",
    "next_link",
    "offset_param",
    "page_param",
    "limit_param",
)
_RULE_PATHS = ("next_cursor", "next_url", "has_more", "total")
_SETTINGS = ("reason", "infer", "match_params")


def _rule_values(table: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {name: _str(table[name]) for name in _RULE_STRS if name in table}
    values.update((name, _body_path(table[name])) for name in _RULE_PATHS if name in table)
    if "items" in table:
        values["items"] = _body_path(table["items"])
    if "first_page" in table:
        if type(table["first_page"]) is not int:
            raise _Refused
        values["first_page"] = table["first_page"]
    if "short_page" in table:
        values["short_page"] = _bool(table["short_page"])
    return values


def _rule(value: Any) -> PagingRule | Literal[False]:
    if value is False:
        return False
    return PagingRule(**_rule_values(_table(value, PagingRule.model_fields)))


def _operation(value: Any) -> OperationOverride:
    keys = ("reason", "name", "resource", "timeout", "params", "paging")
    table = _table(value, keys, required=("reason",))
    return OperationOverride(
        reason=_reason(table["reason"]),
        name=_opt_str(table, "name"),
        resource=_opt_str(table, "resource"),
        timeout=_opt_seconds(table, "timeout"),
        params=_names(table.get("params", {})),
        paging=_rule(table["paging"]) if "paging" in table else None,
    )


def _poll(value: Any) -> PollOverride:
    keys = ("reason", "status_field", "success", "failure", "name", "timeout", "interval")
    table = _table(value, keys, required=("reason", "success"))
    success = _strings(table["success"])
    if not success:
        raise _Refused
    return PollOverride(
        reason=_reason(table["reason"]),
        status_field=_str(table.get("status_field", "status")),
        success=success,
        failure=_strings(table.get("failure", [])),
        name=_opt_str(table, "name"),
        timeout=_seconds(table.get("timeout", 600.0)),
        interval=_seconds(table.get("interval", 2.0)),
    )


def _schema(value: Any) -> SchemaOverride:
    table = _table(value, ("reason", "name", "fields"), required=("reason",))
    return SchemaOverride(
        reason=_reason(table["reason"]),
        name=_opt_str(table, "name"),
        fields=_names(table.get("fields", {})),
    )


def _entries(value: Any, read_one: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise _Refused
    return {_str(key): read_one(entry) for key, entry in value.items()}


def _overrides(data: dict[str, Any]) -> Overrides:
    keys = ("client", "templates", "envelope", "paging", "default_timeouts")
    top = _table(data, (*keys, "operations", "polling", "schemas"))
    client = _table(top.get("client", {}), (*ClientSettings.__dataclass_fields__,))
    models = _layout(client.get("models", "auto"))
    templates = None
    if "templates" in top:
        folder = _str(_table(top["templates"], ("folder",), required=("folder",))["folder"])
        if not folder or folder != folder.strip():
            raise _Refused
        templates = TemplateSettings(folder=folder)
    envelope = _table(top.get("envelope", {}), ("success", "error"))
    timeouts = _table(top.get("default_timeouts", {}), ("read", "write", "upload"))
    paging = None
    if "paging" in top:
        table = _table(top["paging"], (*PagingRule.model_fields, *_SETTINGS), ("reason",))
        paging = PagingSettings(
            **_rule_values(table),
            reason=_reason(table["reason"]),
            infer=_bool(table.get("infer", True)),
            match_params=_strings(table.get("match_params", [])),
            given=frozenset(table),
        )
    return Overrides(
        client=ClientSettings(
            **{name: _opt_str(client, name) for name in client if name != "models"},
            models=models,
        ),
        templates=templates,
        envelope=EnvelopeSettings(
            success=_opt_str(envelope, "success"), error=_opt_str(envelope, "error")
        ),
        paging=paging,
        default_timeouts=DefaultTimeouts(
            **{name: _opt_seconds(timeouts, name) for name in timeouts}
        ),
        operations=_entries(top.get("operations", {}), _operation),
        polling=_entries(top.get("polling", {}), _poll),
        schemas=_entries(top.get("schemas", {}), _schema),
    )


def defaults_used(document: dict[str, Any]) -> tuple[str, str, str]:
    """The warning of a run without an overrides file: message, pointer and what to do.

    Without ``[envelope]`` a success body is typed as its schema. When that schema is an inline
    object wrapping the real result (``{"data": {"$ref": …}}``, as in HeyGen's API) there is no
    model for it, so every call returns ``dict[str, Any]``; the hint names the wrapper property
    most 2xx responses have, when they share one."""
    wrappers: Counter[str] = Counter()
    for item in (document.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else ():
            if not isinstance(op, dict):
                continue
            for code, resp in (op.get("responses") or {}).items():
                if not str(code).startswith("2") or not isinstance(resp, dict):
                    continue
                for media in (resp.get("content") or {}).values():
                    schema = media.get("schema") if isinstance(media, dict) else None
                    props = schema.get("properties") if isinstance(schema, dict) else None
                    if "$ref" not in (schema or {}) and isinstance(props, dict) and len(props) == 1:
                        wrappers[next(iter(props))] += 1
    hint = "generated with the defaults; to decide, write overrides.toml beside the spec (or pass --overrides)"
    if wrappers:
        name, n = wrappers.most_common(1)[0]
        hint += (
            f"; {n} success response(s) wrap their result in an inline {{{name!r}: …}} object, "
            f"which without `[envelope] success = {name!r}` is returned as dict[str, Any]"
        )
    return (
        "no overrides file beside the spec: defaults used (no envelope, paging, polling or "
        "timeouts; client named after info.title)",
        "#",
        hint,
    )

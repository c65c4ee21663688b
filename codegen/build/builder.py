"""Stage 4 — the spec (bundled, validated) plus the model map → :class:`codegen.ir.records.Api`.

This module puts the steps together: identity (:mod:`codegen.build.identity`), credentials and
security requirements (:mod:`codegen.build.security`), each
operation (:mod:`codegen.build.operations`, which uses params, bodies and responses), resources
and their pollers (:mod:`codegen.build.polling`). All naming goes through
:mod:`codegen.ir.naming`; all decisions the spec cannot express come from the overrides file.
Problems that affect one operation are reported with its pointer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from codegen.build.context import Context, Settings, doc_of
from codegen.build.identity import base_url, identity
from codegen.build.operations import build_operation, named, regroup
from codegen.build.paging import check_rule
from codegen.build.polling import polls
from codegen.build.resources import resource_classes, resource_keys
from codegen.build.responses import error_class_name, error_model
from codegen.build.security import schemes
from codegen.errors import CodegenError, Diagnostics, pointer
from codegen.ir import naming
from codegen.ir.naming import Identifier
from codegen.ir.records import Api, Doc, ErrorClass, Operation, Resource
from codegen.models.collector import paused
from codegen.models.generate import Models
from codegen.output.cache import Cache
from codegen.overrides import Overrides
from codegen.spec.validate import METHODS


def build(
    doc: dict[str, Any],
    models: Models,
    overrides: Overrides,
    settings: Settings,
    diags: Diagnostics,
    cache: Cache | None = None,
) -> Api:
    """The IR of the whole API (with the cycle collector paused: frozen records make no cycles,
    and its passes over the live spec were a quarter of the time). ``cache``: the run's
    :class:`~codegen.output.cache.Cache`, for what the build keeps per unit of the spec; the
    result is the same without it."""
    with paused():
        return _build(doc, models, overrides, settings, diags, cache)


def _build(
    doc: dict[str, Any],
    models: Models,
    overrides: Overrides,
    settings: Settings,
    diags: Diagnostics,
    cache: Cache | None,
) -> Api:
    ctx = Context(doc, models, overrides, settings, diags, cache)
    try:
        package, client_name, prefix, version = identity(ctx)
        security = schemes(ctx, prefix)
        default_paging = overrides.paging
        if default_paging is not None and default_paging.model_fields_set - {"reason", "infer"}:
            check_rule(default_paging, "#/paging", settings.overrides_source)
    except CodegenError as exc:
        diags.error(exc)
        diags.raise_errors()
        raise
    grouped: dict[tuple[Identifier, ...], list[Operation]] = {}
    first_tag: dict[str, str] = {}  # METHOD /path -> its first tag
    seen_keys: set[str] = set(diags.skipped)
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            key = f"{method.upper()} {path}"  # (the operation's `key`)
            seen_keys.add(key)
            if op.get("x-excluded") is True and not settings.include_excluded:
                continue
            # A broken operation is reported; the others still built (what
            # ``diags.collecting()`` does, without a generator-based context per operation).
            try:
                resource, operation = build_operation(ctx, path, method, item, op, security)
            except CodegenError as exc:
                diags.error(exc)
                continue
            grouped.setdefault(resource, []).append(operation)
            tags = op.get("tags")
            first_tag[key] = str(tags[0]) if isinstance(tags, list) and tags else ""
    _check_override_keys(ctx, "operations", overrides.operations, seen_keys)
    tag_docs = {
        naming.snake(t["name"]): doc_of(t)
        for t in doc.get("tags") or []
        if isinstance(t, dict) and isinstance(t.get("name"), str)
    }
    # A segment with resources below it is a resource itself, and so is every prefix of a
    # resource path (`webhooks` above `webhooks.endpoints`).
    grouped = regroup(ctx, grouped)
    for res_path in list(grouped):
        for n in range(1, len(res_path)):
            grouped.setdefault(res_path[:n], [])
    nested = frozenset(grouped)
    tagged = {p: {first_tag[o.key] for o in ops_} for p, ops_ in grouped.items()}
    keys = resource_keys(ctx, grouped)
    classes = resource_classes(ctx, keys, client_name)
    resources = []
    names: list[tuple[str, str]] = []
    below_of: dict[tuple[Identifier, ...], list[tuple[Identifier, ...]]] = {}
    for p in grouped:  # each resource's direct children (a scan per resource was quadratic)
        if len(p) > 1:
            below_of.setdefault(p[:-1], []).append(p)
    for res_path in sorted(grouped):
        res_name = keys[res_path]
        below = sorted(below_of.get(res_path, []))
        try:  # (diags.collecting(), inline)
            ops = named(ctx, res_path, grouped[res_path], nested, frozenset(p[-1] for p in below))
            polled = polls(ctx, ops)
        except CodegenError as exc:
            diags.error(exc)
            continue
        names += [(o.key, f"{'.'.join(res_path)}.{o.name}") for o in ops]
        children = tuple(keys[p] for p in below)
        resources.append(
            Resource(
                name=res_name,
                class_name=classes[res_path],
                # a tag's description, when all of the resource's operations carry it first
                doc=(
                    tag_docs.get(naming.snake(next(iter(tagged[res_path]))), Doc())
                    if len(tagged.get(res_path, ())) == 1
                    else Doc()
                ),
                operations=tuple(ops),
                polls=polled,
                path=res_path,
                children=children,
            )
        )
    _check_override_keys(ctx, "polling", overrides.polling, seen_keys)
    # The end of the stage: every problem of this run (validation's included) at once.
    diags.raise_errors()
    statuses = sorted({e.status for r in resources for o in r.operations for e in o.errors})
    error_classes = tuple(ErrorClass(s, *error_class_name(s)) for s in statuses)
    return Api(
        title=str(doc["info"].get("title", "")),
        version=version,
        doc=doc_of(doc["info"]),
        package=package,
        client_name=client_name,
        env_prefix=prefix,
        base_url=base_url(ctx),
        auth=security.schemes,
        security=security.security,
        resources=tuple(resources),
        error_classes=error_classes,
        error_model=error_model(ctx),
        error_envelope=overrides.envelope.error,
        names=tuple(sorted(names)),
        models_layout=overrides.client.models,
        params=ctx.requests.typed_dicts(),
        literals=ctx.requests.literals(),
        **_metadata(doc, overrides.client.docs_url),
    )


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _metadata(doc: dict[str, Any], docs_url: str | None) -> dict[str, Any]:
    """Package metadata from ``info`` (licence, contact, terms) and the docs URL."""
    info = doc["info"]

    def table(value: object) -> dict[str, Any]:
        return value if isinstance(value, dict) else {}

    lic, contact = table(info.get("license")), table(info.get("contact"))
    external = table(doc.get("externalDocs"))
    urls = [
        ("Homepage", _text(contact.get("url"))),
        ("Documentation", _text(docs_url) or _text(external.get("url"))),
        ("Terms of Service", _text(info.get("termsOfService"))),
        ("License", _text(lic.get("url"))),
    ]
    return {
        "license": _text(lic.get("identifier")) or _text(lic.get("name")),
        "author": _text(contact.get("name")),
        "author_email": _text(contact.get("email")),
        "urls": tuple((k, v) for k, v in urls if v.startswith(("https://", "http://"))),
    }


def _check_override_keys(
    ctx: Context, section: str, table: Mapping[str, object], seen: set[str]
) -> None:
    """Every ``METHOD /path`` key of an overrides section must name an operation of the spec."""
    for key in table:
        if key not in seen:
            ctx.diags.error(
                CodegenError(
                    f"the overrides file's [{section}] names {key!r}, which is not an operation "
                    "of the spec",
                    pointer=pointer(section, key),
                    source=ctx.settings.overrides_source,
                    hint="Remove the entry, or fix its METHOD /path.",
                )
            )


__all__ = ["Settings", "build", "error_class_name"]

"""Changelog, part 1 — what changes for SDK users between two specs, each entry saying if it breaks.

Owns ``python -m codegen diff``'s model. Both specs go through the generator itself
(:mod:`codegen.changelog.surface`: overrides applied, the NEW side with the OLD side's published
method and class names locked), so entries speak of what users type: the call
(``client.video_translations.proofreads.create(idempotency_key=…)``), the model class and field
(``CreateProofreadResponse.status``), the client class, each with the ``METHOD /path`` it affects.
Operations are compared in :mod:`codegen.changelog.operations`, model classes — once each, with
every operation that uses them — in :mod:`codegen.changelog.classes`; field-level rules live in
:mod:`codegen.changelog.schema`. Every :class:`Change` points into the spec it is about.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from codegen.changelog.schema import Side
from codegen.changelog.surface import Surface, build, overrides_for
from codegen.ir.records import ApiKeyScheme, BasicScheme


class Kind(StrEnum):
    CLIENT_RENAMED = "client-renamed"
    SERVERS_CHANGED = "servers-changed"
    SECURITY_CHANGED = "security-changed"
    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    OPERATION_RENAMED = "operation-renamed"
    OPERATION_MOVED = "operation-moved"
    DEPRECATED = "deprecated"
    PARAMETER_ADDED = "parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_CHANGED = "parameter-changed"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    REQUEST_BODY_CHANGED = "request-body-changed"
    REQUEST_FIELD_ADDED = "request-field-added"
    REQUEST_FIELD_REMOVED = "request-field-removed"
    REQUEST_FIELD_CHANGED = "request-field-changed"
    STATUS_ADDED = "status-added"
    STATUS_REMOVED = "status-removed"
    STATUS_CHANGED = "status-changed"
    HEADER_ADDED = "response-header-added"
    HEADER_REMOVED = "response-header-removed"
    RESPONSE_BODY_CHANGED = "response-body-changed"
    RESPONSE_FIELD_ADDED = "response-field-added"
    RESPONSE_FIELD_REMOVED = "response-field-removed"
    RESPONSE_FIELD_CHANGED = "response-field-changed"
    CLASS_ADDED = "class-added"
    CLASS_REMOVED = "class-removed"
    CLASS_RENAMED = "class-renamed"


@dataclass(frozen=True, slots=True)
class Change:
    """One changelog entry: ``subject`` is the SDK name it is about (a call, ``Class.field``, a
    class, the client); ``operations`` the ``METHOD /path`` of every operation it affects, and
    ``calls`` their SDK methods; ``pointer`` is a JSON pointer into the ``spec`` side."""

    kind: Kind
    subject: str
    operations: tuple[str, ...]
    calls: tuple[str, ...]
    spec: Side
    pointer: str
    message: str
    breaking: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "subject": self.subject,
            "message": self.message,
            "breaking": self.breaking,
            "operations": list(self.operations),
            "calls": list(self.calls),
            "location": f"{self.spec}{self.pointer}",
        }


@dataclass(frozen=True, slots=True)
class Pair:
    """Both sides, and what entries are made of."""

    old: Surface
    new: Surface
    out: list[Change]
    # Changes of parameters defined once (``#/components/parameters``), said once for every
    # operation that lists them: (kind, subject, side, pointer, message) -> (operations, breaking)
    shared: dict[tuple[Kind, str, Side, str, str], tuple[set[str], bool]] = field(
        default_factory=dict
    )

    def add(
        self,
        kind: Kind,
        subject: str,
        keys: tuple[str, ...] | list[str] | set[str],
        at: tuple[Side, str],
        message: str,
        breaking: bool,
    ) -> None:
        ops = tuple(sorted(keys, key=lambda k: (k.split(" ", 1)[-1], k)))
        calls = tuple((self.new if k in self.new.names else self.old).call(k) for k in ops)
        self.out.append(Change(kind, subject, ops, calls, at[0], at[1], message, breaking))


def diff_files(
    old: Path,
    new: Path,
    *,
    old_overrides: Path | None = None,
    new_overrides: Path | None = None,
    old_manifest: Path | None = None,
) -> list[Change]:
    """The changelog between two spec files; overrides default to the files beside them.
    ``old_manifest``: the manifest of the output OLD was published as, whose names OLD keeps."""
    before = build(old, "old", overrides_for(old, old_overrides), manifest=old_manifest)
    after = build(new, "new", overrides_for(new, new_overrides), published=before)
    return diff_surfaces(before, after)


def diff_surfaces(old: Surface, new: Surface) -> list[Change]:
    """Every change: the client first, then operations by path and method, then classes."""
    from codegen.changelog import classes, operations  # they build on Pair

    pair = Pair(old, new, [])
    _client(pair)
    operations.compare(pair)
    classes.compare(pair)
    return pair.out


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _client(pair: Pair) -> None:
    """The client class, its package, base URL and credentials."""
    o, n = pair.old.api, pair.new.api
    if o.client_name != n.client_name:
        text = f"client class `{o.client_name}` is now `{n.client_name}` (info.title changed)"
        pair.add(Kind.CLIENT_RENAMED, str(o.client_name), [], ("new", "#/info/title"), text, True)
    if o.package != n.package:
        text = f"package `{o.package}` is now `{n.package}`: every import changes"
        pair.add(Kind.CLIENT_RENAMED, str(o.package), [], ("new", "#/info/title"), text, True)
    servers = (_json(pair.old.document.get("servers")), _json(pair.new.document.get("servers")))
    if o.base_url != n.base_url:
        text = f"default base URL `{o.base_url}` is now `{n.base_url}`"
        pair.add(Kind.SERVERS_CHANGED, str(n.client_name), [], ("new", "#/servers"), text, False)
    elif servers[0] != servers[1]:
        text = f"`servers` changed; the default base URL stays `{n.base_url}`"
        pair.add(Kind.SERVERS_CHANGED, str(n.client_name), [], ("new", "#/servers"), text, False)
    old_auth = {_auth(a): a for a in o.auth}
    new_auth = {_auth(a): a for a in n.auth}
    for key in sorted(old_auth.keys() - new_auth.keys()):
        text = f"no longer takes the credential {key} (a security scheme was removed or changed)"
        at: tuple[Side, str] = ("old", "#/components/securitySchemes")
        pair.add(Kind.SECURITY_CHANGED, str(n.client_name), [], at, text, True)
    for key in sorted(new_auth.keys() - old_auth.keys()):
        text = f"now takes the credential {key}"
        at = ("new", "#/components/securitySchemes")
        pair.add(Kind.SECURITY_CHANGED, str(n.client_name), [], at, text, False)
    security = [
        (_json(side.document.get("security")), _json(_schemes(side.document)))
        for side in (pair.old, pair.new)
    ]
    if security[0] != security[1] and old_auth.keys() == new_auth.keys():
        text = "security requirements changed; the client's credentials stay the same"
        pair.add(Kind.SECURITY_CHANGED, str(n.client_name), [], ("new", "#/security"), text, False)


def _schemes(document: dict[str, Any]) -> Any:
    return (document.get("components") or {}).get("securitySchemes")


def _auth(scheme: Any) -> str:
    """``api_key=`` (header ``X-Api-Key``, env ``HEYGEN_API_KEY``)."""
    if isinstance(scheme, ApiKeyScheme):
        where = f"{scheme.location.value} `{scheme.wire_name}`"
    elif isinstance(scheme, BasicScheme):
        where = "header `Authorization: Basic`"
    else:
        where = "header `Authorization: Bearer`"
    return f"`{scheme.param}=` ({where}, env `{scheme.env}`)"

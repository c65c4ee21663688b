"""Changelog, part 1 — the public API differences between two specs, each saying if it breaks.

Owns ``python -m codegen diff``'s model: both specs go through the generator's own first stages
(load → validate → bundle); operations are matched by ``METHOD /path`` (an operationId that moves
to another path is followed there) and compared: operationId and namespace (the SDK method's
name), parameters by (location, name), the request body, status codes, response headers and the
success response body. Field-level rules live in :mod:`codegen.changelog.schema`; output formats in
:mod:`codegen.changelog.report`. Every :class:`Change` points into the spec it is about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from codegen.changelog.schema import Direction, SchemaDiff, Side, shape, unchanged_schemas
from codegen.errors import CodegenError, Diagnostics, child, pointer
from codegen.ir import naming, opnames
from codegen.spec.load import load
from codegen.spec.resolve import Resolver, bundle
from codegen.spec.validate import METHODS, validate


class Kind(StrEnum):
    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    OPERATION_RENAMED = "operation-renamed"
    OPERATION_MOVED = "operation-moved"
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
    HEADER_ADDED = "response-header-added"
    HEADER_REMOVED = "response-header-removed"
    RESPONSE_BODY_CHANGED = "response-body-changed"
    RESPONSE_FIELD_ADDED = "response-field-added"
    RESPONSE_FIELD_REMOVED = "response-field-removed"
    RESPONSE_FIELD_CHANGED = "response-field-changed"


_Entry = tuple[dict[str, Any], str]  # a resolved spec object and its pointer


@dataclass(frozen=True, slots=True)
class Change:
    """One changelog entry; ``pointer`` is a JSON pointer into the ``spec`` side."""

    kind: Kind
    operation: str  # METHOD /path (in NEW, unless removed)
    spec: Side
    pointer: str
    message: str
    breaking: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "operation": self.operation,
            "location": f"{self.spec}{self.pointer}",
            "message": self.message,
            "breaking": self.breaking,
        }


@dataclass(frozen=True, slots=True)
class Spec:
    """A loaded, validated, bundled spec and its resolver."""

    name: str
    document: dict[str, Any]
    resolver: Resolver


@dataclass(frozen=True, slots=True)
class _Op:
    key: str
    path: str
    method: str
    at: str
    node: dict[str, Any]
    item: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def resource(self) -> naming.Identifier:
        """The SDK namespace the generator derives from the path; overrides files are not read."""
        return opnames.default_resource(self.node, self.path, self.method)

    @property
    def method_name(self) -> str:
        found = opnames.route(self.method, self.path, self.operation_id)
        return ".".join((*found.resource, found.name))


def load_spec(path: Path, which: str) -> Spec:
    """Load → validate → bundle, as ``generate`` does; errors name the spec (``which``)."""
    if not path.is_file():
        raise CodegenError(
            f"cannot read the {which} spec {path}: no such file",
            hint=f"Check the {which.upper()} path.",
        )
    try:
        checked = validate(load(path).document, Diagnostics())
        document = bundle(checked, Resolver(checked, path.parent, root_file=path))
    except CodegenError as exc:
        raise CodegenError(
            f"{which} spec: {exc.message}",
            pointer=exc.pointer,
            hint=exc.hint,
            source=exc.source or path.name,
        ) from None
    return Spec(path.name, document, Resolver(document))


def diff_files(old: Path, new: Path) -> list[Change]:
    return diff_specs(load_spec(old, "old"), load_spec(new, "new"))


def _operations(spec: Spec) -> dict[str, _Op]:
    ops: dict[str, _Op] = {}
    for path, item in sorted(spec.document["paths"].items()):
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict) and op.get("x-excluded") is not True:
                key = f"{method.upper()} {path}"
                ops[key] = _Op(key, path, method, pointer("paths", path, method), op, item)
    return ops


def diff_specs(old: Spec, new: Spec) -> list[Change]:
    """Every change, ordered by path, method, then where in the operation."""
    olds, news = _operations(old), _operations(new)
    new_by_id = {op.operation_id: key for key, op in news.items() if op.operation_id}
    moved: dict[str, str] = {}  # new key -> old key
    for key, op in olds.items():
        target = new_by_id.get(op.operation_id or "")
        if key not in news and target is not None and target not in olds:
            moved[target] = key
    changes: list[Change] = []
    unchanged = unchanged_schemas(old.document, new.document)
    order = sorted(olds.keys() | news.keys(), key=lambda k: (k.split(" ", 1)[1], k))
    for key in order:
        if key in moved.values():
            continue
        if key not in news:
            op = olds[key]
            text = f"operation `{op.operation_id or key}` removed (SDK method `{op.method_name}`)"
            changes.append(Change(Kind.OPERATION_REMOVED, key, "old", op.at, text, True))
        elif key not in olds and key not in moved:
            op = news[key]
            text = f"operation `{op.operation_id or key}` added (SDK method `{op.method_name}`)"
            changes.append(Change(Kind.OPERATION_ADDED, key, "new", op.at, text, False))
        else:
            pair = _OperationDiff(old, new, olds[moved.get(key, key)], news[key], unchanged)
            changes += pair.run()
    return changes


class _OperationDiff:
    """The changes of one operation present in both specs."""

    def __init__(self, old: Spec, new: Spec, o: _Op, n: _Op, unchanged: frozenset[str]) -> None:
        self.old, self.new, self.o, self.n, self.unchanged = old, new, o, n, unchanged
        self.out: list[Change] = []

    def add(self, kind: Kind, side: Side, at: str, text: str, breaking: bool) -> None:
        self.out.append(Change(kind, self.n.key, side, at, text, breaking))

    def schema(
        self,
        kinds: tuple[Kind, Kind, Kind],
        old: tuple[Any, str],
        new: tuple[Any, str],
        path: str,
        subject: Callable[[str], str],
    ) -> None:
        """Field-level changes; the kinds are those of an added, a removed, a changed field."""
        direction = (
            Direction.RESPONSE if kinds[0] is Kind.RESPONSE_FIELD_ADDED else Direction.REQUEST
        )
        found = SchemaDiff(self.old.resolver, self.new.resolver, direction, subject, self.unchanged)
        for fc in found.compare(old, new, path):
            kind = {"added": kinds[0], "removed": kinds[1], "changed": kinds[2]}[fc.verb]
            self.add(kind, fc.side, fc.pointer, fc.message, fc.breaking)

    def run(self) -> list[Change]:
        o, n = self.o, self.n
        if o.key != n.key:
            text = (
                f"operation `{n.operation_id}` moved from `{o.key}`; "
                f"the SDK method `{n.method_name}` keeps its name"
            )
            self.add(Kind.OPERATION_MOVED, "new", n.at, text, False)
        ids = f"operationId `{o.operation_id}` → `{n.operation_id}`"
        if o.method_name != n.method_name:
            why = ids if o.operation_id != n.operation_id else "its namespace follows the first tag"
            text = f"SDK method `{o.method_name}` is now `{n.method_name}` ({why})"
            at = child(n.at, "operationId" if o.operation_id != n.operation_id else "tags")
            self.add(Kind.OPERATION_RENAMED, "new", at, text, True)
        elif o.operation_id != n.operation_id:
            text = f"{ids}; the SDK method is still `{n.method_name}`"
            self.add(Kind.OPERATION_RENAMED, "new", child(n.at, "operationId"), text, False)
        self.parameters()
        self.request_body()
        self.responses()
        return self.out

    # ------------------------------------------------------------------------------ parameters

    def _params(
        self, spec: Spec, op: _Op
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str, str]]:
        """(in, name) -> the parameter, where the operation lists it, where it is defined.
        Operation parameters override path-level ones; header names ignore case."""
        found: dict[tuple[str, str], tuple[dict[str, Any], str, str]] = {}
        for source, at in ((op.item, pointer("paths", op.path)), (op.node, op.at)):
            for i, raw in enumerate(source.get("parameters") or []):
                listed = child(at, "parameters", i)
                param, defined = spec.resolver.deref(raw, listed)
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    found[opnames.param_key(param)] = (param, listed, defined)
        return found

    def parameters(self) -> None:
        olds, news = self._params(self.old, self.o), self._params(self.new, self.n)
        for key in sorted(olds.keys() | news.keys()):
            where = key[0]
            if key not in news:
                param, at, _ = olds[key]
                text = f"{where} parameter `{param['name']}` removed"
                self.add(Kind.PARAMETER_REMOVED, "old", at, text, True)
                continue
            param, at, p_at = news[key]
            name, required = param["name"], bool(param.get("required")) or where == "path"
            if key not in olds:
                label = shape(self.new.resolver, param.get("schema", {}), child(p_at, "schema"))
                need = "required" if required else "optional"
                text = f"{where} parameter `{name}` added ({need}, `{label.display}`)"
                self.add(Kind.PARAMETER_ADDED, "new", at, text, required)
                continue
            before, _, b_at = olds[key]
            was = bool(before.get("required")) or where == "path"
            if was != required:
                text = f"{where} parameter `{name}` is now {'required' if required else 'optional'}"
                self.add(Kind.PARAMETER_CHANGED, "new", at, text, required)
            kinds = (Kind.PARAMETER_CHANGED,) * 3
            old_schema = (before.get("schema", {}), child(b_at, "schema"))
            new_schema = (param.get("schema", {}), child(p_at, "schema"))
            subject = _subject(f"{where} parameter", "")  # paths start with the name
            self.schema(kinds, old_schema, new_schema, name, subject)

    # ---------------------------------------------------------------------------- request body

    def _body(self, spec: Spec, op: _Op) -> tuple[dict[str, Any], str, str | None] | None:
        if "requestBody" not in op.node:
            return None
        body, at = spec.resolver.deref(op.node["requestBody"], child(op.at, "requestBody"))
        return body, at, _media(body.get("content") or {})

    def request_body(self) -> None:
        old, new = self._body(self.old, self.o), self._body(self.new, self.n)
        if old is None and new is None:
            return
        if new is None:
            assert old is not None
            self.add(Kind.REQUEST_BODY_REMOVED, "old", old[1], "request body removed", True)
            return
        required = bool(new[0].get("required"))
        if old is None:
            text = f"{'required' if required else 'optional'} request body added"
            self.add(Kind.REQUEST_BODY_ADDED, "new", new[1], text, required)
            return
        if _base(old[2]) != _base(new[2]):
            text = f"request body content type changed from `{old[2]}` to `{new[2]}`"
            self.add(Kind.REQUEST_BODY_CHANGED, "new", new[1], text, True)
            return
        if bool(old[0].get("required")) != required:
            text = f"request body is now {'required' if required else 'optional'}"
            self.add(Kind.REQUEST_BODY_CHANGED, "new", new[1], text, required)
        if old[2] is not None and new[2] is not None:
            kinds = (
                Kind.REQUEST_FIELD_ADDED,
                Kind.REQUEST_FIELD_REMOVED,
                Kind.REQUEST_FIELD_CHANGED,
            )
            subject = _subject("request field", "request body")
            self.schema(kinds, _schema(old), _schema(new), "", subject)

    # ------------------------------------------------------------------------------- responses

    def _responses(self, spec: Spec, op: _Op) -> dict[str, _Entry]:
        out: dict[str, _Entry] = {}
        for code, raw in (op.node.get("responses") or {}).items():
            node, at = spec.resolver.deref(raw, child(op.at, "responses", code))
            out[str(code)] = (node if isinstance(node, dict) else {}, at)
        return out

    def responses(self) -> None:
        olds, news = self._responses(self.old, self.o), self._responses(self.new, self.n)
        for code in sorted(olds.keys() | news.keys()):
            success = code.startswith("2")
            what = "success response" if success else "response"
            if code not in news:
                at = child(self.o.at, "responses", code)
                # Code that reads the success result breaks; a documented error going away does not.
                self.add(Kind.STATUS_REMOVED, "old", at, f"{what} {code} removed", success)
            elif code not in olds:
                at = child(self.n.at, "responses", code)
                note = "" if success else " (a newly documented error)"
                self.add(Kind.STATUS_ADDED, "new", at, f"{what} {code} added{note}", False)
            else:
                self.headers(code, olds[code], news[code])
        old_ok = [c for c in olds if c.startswith("2")]
        new_ok = [c for c in news if c.startswith("2")]
        common = [c for c in sorted(old_ok) if c in new_ok]
        pairs = [(c, c) for c in common] or ([(old_ok[0], new_ok[0])] if old_ok and new_ok else [])
        for old_code, new_code in pairs:
            self.success_body(olds[old_code], news[new_code])

    def headers(self, code: str, old: _Entry, new: _Entry) -> None:
        before = {k.lower(): k for k in old[0].get("headers") or {}}
        after = {k.lower(): k for k in new[0].get("headers") or {}}
        for key in sorted(before.keys() | after.keys()):
            if key not in after:
                at = child(old[1], "headers", before[key])
                text = f"response header `{before[key]}` removed from {code}"
                self.add(Kind.HEADER_REMOVED, "old", at, text, code.startswith("2"))
            elif key not in before:
                at = child(new[1], "headers", after[key])
                text = f"response header `{after[key]}` added to {code}"
                self.add(Kind.HEADER_ADDED, "new", at, text, False)

    def success_body(self, old: _Entry, new: _Entry) -> None:
        o_media = _media(old[0].get("content") or {})
        n_media = _media(new[0].get("content") or {})
        if _base(o_media) != _base(n_media):
            was, now = o_media or "no content", n_media or "no content"
            text = f"success response content changed from `{was}` to `{now}`"
            # Gaining a body where there was none changes no caller's code.
            breaking = o_media is not None
            self.add(Kind.RESPONSE_BODY_CHANGED, "new", new[1], text, breaking)
            return
        if o_media is not None and n_media is not None:
            kinds = (
                Kind.RESPONSE_FIELD_ADDED,
                Kind.RESPONSE_FIELD_REMOVED,
                Kind.RESPONSE_FIELD_CHANGED,
            )
            o_schema = _schema((old[0], old[1], o_media))
            n_schema = _schema((new[0], new[1], n_media))
            subject = _subject("response field", "response body")
            self.schema(kinds, o_schema, n_schema, "", subject)


def _media(content: dict[str, Any]) -> str | None:
    """The media type the SDK uses: JSON when offered, else the first one."""
    for media in content:
        base = _base(media)
        if base == "application/json" or (base or "").endswith("+json"):
            return str(media)
    return str(next(iter(content))) if content else None


def _base(media: str | None) -> str | None:
    return media.split(";")[0].strip().lower() if media else None


def _schema(entry: tuple[dict[str, Any], str, str | None]) -> tuple[Any, str]:
    node, at, media = entry
    assert media is not None
    content = node.get("content") or {}
    return content[media].get("schema", {}), child(at, "content", media, "schema")


def _subject(field: str, root: str) -> Callable[[str], str]:
    """Names a dotted path in prose: ``request field `a.b```, or ``request body`` for the root."""
    return lambda path: f"{field} `{path}`" if path else root

"""Changelog, part 2 — the operations: each SDK call added, removed, renamed, or changed in its
arguments, request body and result.

Operations are matched by ``METHOD /path`` (one whose path moved is followed by its
operationId). Names come from the IR (the NEW side keeps the OLD side's published names, so a
method "renamed" by its operationId but kept by the manifest is no rename); parameters are the
call's arguments (Python name, type, required, positional order of path parameters); the result
is the call's return type, so ``201`` → ``200`` with the same body changes nothing users see.
Schema changes inside bodies stop at model classes, which :mod:`codegen.changelog.classes`
reports once each.
"""

from __future__ import annotations

import json
from typing import Any

from codegen.changelog.diff import Kind, Pair
from codegen.changelog.schema import Direction, SchemaDiff, Side
from codegen.changelog.surface import Surface
from codegen.changelog.unchanged import unchanged_schemas
from codegen.errors import child
from codegen.ir import opnames
from codegen.ir.records import Operation, Param


def compare(pair: Pair) -> None:
    olds, news = pair.old.operations, pair.new.operations
    new_by_id = {op.operation_id: key for key, op in news.items() if op.operation_id}
    moved: dict[str, str] = {}  # new key -> old key
    for key, op in olds.items():
        target = new_by_id.get(op.operation_id or "")
        if key not in news and target is not None and target not in olds:
            moved[target] = key
    unchanged = unchanged_schemas(pair.old.document, pair.new.document)
    boundaries = frozenset(pair.old.classes) | frozenset(pair.new.classes)
    for key in sorted(olds.keys() | news.keys(), key=lambda k: (k.split(" ", 1)[1], k)):
        if key in moved.values():
            continue
        if key not in news:
            call = pair.old.call(key)
            text = f"`{call}` removed"
            pair.add(Kind.OPERATION_REMOVED, call, [key], ("old", olds[key].pointer), text, True)
        elif key not in olds and key not in moved:
            call = pair.new.call(key)
            text = f"`{call}` added"
            pair.add(Kind.OPERATION_ADDED, call, [key], ("new", news[key].pointer), text, False)
        else:
            old_key = moved.get(key, key)
            _OperationDiff(pair, olds[old_key], news[key], unchanged, boundaries).run(old_key)
    for (kind, subject, side, at, text), (keys, breaking) in sorted(pair.shared.items()):
        if len(keys) > 1:
            text += f" (a shared parameter: {len(keys)} methods)"
        else:  # defined once, used once: named by its call
            subject = subject.replace("client.…", pair.new.call(next(iter(keys))), 1)
        pair.add(kind, subject, keys, (side, at), text, breaking)


_SHARED = "#/components/parameters/"
_ARGUMENTS = frozenset(
    {Kind.PARAMETER_ADDED, Kind.PARAMETER_REMOVED, Kind.PARAMETER_CHANGED, Kind.DEPRECATED}
)


class _OperationDiff:
    """The changes of one operation present in both specs."""

    def __init__(
        self,
        pair: Pair,
        o: Operation,
        n: Operation,
        unchanged: frozenset[str],
        boundaries: frozenset[str],
    ) -> None:
        self.pair, self.o, self.n = pair, o, n
        self.unchanged, self.boundaries = unchanged, boundaries
        self.call = pair.new.call(n.key)

    def add(
        self, kind: Kind, side: Side, at: str, text: str, breaking: bool, arg: str = ""
    ) -> None:
        if arg and at.startswith(_SHARED) and kind in _ARGUMENTS:
            key = (kind, f"client.…({arg}=…)", side, at, text)
            keys, was = self.pair.shared.get(key, (set(), False))
            self.pair.shared[key] = (keys | {self.n.key}, was or breaking)
            return
        subject = f"{self.call}({arg}=…)" if arg else self.call
        self.pair.add(kind, subject, [self.n.key], (side, at), text, breaking)

    def run(self, old_key: str) -> None:
        o, n = self.o, self.n
        old_call = self.pair.old.call(old_key)
        if old_key != n.key:
            text = f"moved from `{old_key}`" + ("" if old_call != self.call else "; same method")
            self.add(Kind.OPERATION_MOVED, "new", n.pointer, text, False)
        if old_call != self.call:
            text = f"`{old_call}` is now `{self.call}`"
            self.add(Kind.OPERATION_RENAMED, "new", n.pointer, text, True)
        elif o.operation_id != n.operation_id:
            text = f"operationId `{o.operation_id}` → `{n.operation_id}`; the method keeps its name"
            self.add(Kind.OPERATION_RENAMED, "new", child(n.pointer, "operationId"), text, False)
        if o.deprecated != n.deprecated:
            text = "is deprecated" if n.deprecated else "is no longer deprecated"
            self.add(Kind.DEPRECATED, "new", n.pointer, text, False)
        if o.server != n.server:
            text = f"is sent to `{n.server or 'the client base URL'}` (was `{o.server or 'the client base URL'}`)"
            self.add(Kind.SERVERS_CHANGED, "new", child(n.pointer, "servers"), text, False)
        spec_old, spec_new = _node(self.pair.old, o), _node(self.pair.new, n)
        if _dump(spec_old.get("security")) != _dump(spec_new.get("security")):
            text = "security requirements changed"
            self.add(Kind.SECURITY_CHANGED, "new", child(n.pointer, "security"), text, False)
        self.parameters()
        self.idempotency()
        self.request_body()
        self.result()

    def schema(
        self, kinds: tuple[Kind, Kind, Kind], old: Any, new: Any, arg: str, sends: bool
    ) -> None:
        """Changes inside a schema up to the model classes; kinds of added/removed/changed."""
        direction = Direction.REQUEST if sends else Direction.RESPONSE
        found = SchemaDiff(
            self.pair.old.resolver,
            self.pair.new.resolver,
            direction,
            lambda p: f"`{p}`" if p else "",
            self.unchanged,
            classes=self.boundaries,
        )
        body = self.n.body if self.n.body is not None else self.o.body
        keywords = {f.wire_name: str(f.name) for f in body.fields} if body else {}
        for fc in found.compare(old, new, ""):
            kind = {"added": kinds[0], "removed": kinds[1], "changed": kinds[2]}[fc.verb]
            head = fc.path.split(".")[0].split("[")[0].split("<")[0]
            head = keywords.get(head, head)  # an inline body's field by its keyword argument
            text = fc.message.strip()
            if not sends and text.startswith("`"):
                text = "result field " + text
            elif sends and arg and fc.path:
                text = "argument field " + text
            self.add(kind, fc.side, fc.pointer, text, fc.breaking, (arg or head) if sends else "")

    # ------------------------------------------------------------------------------ parameters

    def parameters(self) -> None:
        olds, news = _params(self.o), _params(self.n)
        for key in sorted(olds.keys() | news.keys()):
            if key not in news:
                p = olds[key]
                text = f"lost the {p.location} parameter `{p.wire_name}`"
                self.add(Kind.PARAMETER_REMOVED, "old", p.pointer, text, True, p.name)
                continue
            p = news[key]
            if key not in olds:
                need = "required" if p.required else "optional"
                text = f"gained the {need} {p.location} parameter `{p.wire_name}` (`{p.type.annotation()}`)"
                self.add(Kind.PARAMETER_ADDED, "new", p.pointer, text, p.required, p.name)
                continue
            before = olds[key]
            if before.name != p.name:
                text = (
                    f"argument `{before.name}=` is now `{p.name}=` ({p.location} `{p.wire_name}`)"
                )
                self.add(Kind.PARAMETER_CHANGED, "new", p.pointer, text, True, p.name)
            if before.required != p.required:
                text = "is now required" if p.required else "is now optional"
                self.add(Kind.PARAMETER_CHANGED, "new", p.pointer, text, p.required, p.name)
            if before.deprecated != p.deprecated:
                text = "is deprecated" if p.deprecated else "is no longer deprecated"
                self.add(Kind.DEPRECATED, "new", p.pointer, text, False, p.name)
            kinds = (Kind.PARAMETER_CHANGED,) * 3
            old_s = self.pair.old.resolver.deref({"$ref": before.pointer}, before.pointer)[0]
            new_s = self.pair.new.resolver.deref({"$ref": p.pointer}, p.pointer)[0]
            old_schema = ((old_s or {}).get("schema", {}), child(before.pointer, "schema"))
            new_schema = ((new_s or {}).get("schema", {}), child(p.pointer, "schema"))
            self.schema(kinds, old_schema, new_schema, p.name, True)
        order = [(p.name) for p in self.o.params if p.location == "path"]
        now = [(p.name) for p in self.n.params if p.location == "path"]
        common = [n for n in now if n in order]
        if common != [n for n in order if n in now]:
            text = f"positional path arguments reordered: ({', '.join(order)}) → ({', '.join(now)})"
            self.add(Kind.PARAMETER_CHANGED, "new", self.n.pointer, text, True)

    def idempotency(self) -> None:
        if (self.o.idempotency is None) == (self.n.idempotency is None):
            return
        if self.n.idempotency is not None:
            text = "now sends an idempotency key (generated unless given) and retries every failure"
            p = self.n.idempotency
            self.add(Kind.PARAMETER_ADDED, "new", p.pointer, text, False, p.name)
        else:
            assert self.o.idempotency is not None
            p = self.o.idempotency
            self.add(
                Kind.PARAMETER_REMOVED, "old", p.pointer, "lost its idempotency key", True, p.name
            )

    # ---------------------------------------------------------------------------- request body

    def request_body(self) -> None:
        o, n = self.o.body, self.n.body
        at = child(self.n.pointer, "requestBody")
        if o is None and n is None:
            return
        if n is None:
            self.add(
                Kind.REQUEST_BODY_REMOVED,
                "old",
                child(self.o.pointer, "requestBody"),
                "lost its request body",
                True,
            )
            return
        if o is None:
            text = f"takes {'a required' if n.required else 'an optional'} request body (`{n.media_type}`)"
            self.add(Kind.REQUEST_BODY_ADDED, "new", at, text, n.required)
            return
        if o.kind != n.kind:
            text = f"request body is now `{n.media_type}` (was `{o.media_type}`)"
            self.add(Kind.REQUEST_BODY_CHANGED, "new", at, text, True)
            return
        if o.required != n.required:
            text = f"request body is now {'required' if n.required else 'optional'}"
            self.add(Kind.REQUEST_BODY_CHANGED, "new", at, text, n.required)
        kinds = (Kind.REQUEST_FIELD_ADDED, Kind.REQUEST_FIELD_REMOVED, Kind.REQUEST_FIELD_CHANGED)
        old_s = _media_schema(self.pair.old, self.o.pointer, ("requestBody",), o.media_type)
        new_s = _media_schema(self.pair.new, self.n.pointer, ("requestBody",), n.media_type)
        if old_s is not None and new_s is not None:
            self.schema(kinds, old_s, new_s, "", True)

    # -------------------------------------------------------------------------------- the result

    def result(self) -> None:
        o, n = self.o.response, self.n.response
        at = child(self.n.pointer, "responses", str(n.status))
        was, now = o.type.annotation(), n.type.annotation()
        if (was, o.paged) != (now, n.paged):
            paged = (
                " (an iterator of pages)" if n.paged else "",
                " (an iterator of pages)" if o.paged else "",
            )
            text = f"returns `{now}`{paged[0]} instead of `{was}`{paged[1]}"
            self.add(Kind.RESPONSE_BODY_CHANGED, "new", at, text, was != "None")
            return
        if o.status != n.status:
            text = f"success status {o.status} → {n.status}; the call still returns `{now}`"
            self.add(Kind.STATUS_CHANGED, "new", at, text, False)
        self.errors()
        self.headers()
        kinds = (
            Kind.RESPONSE_FIELD_ADDED,
            Kind.RESPONSE_FIELD_REMOVED,
            Kind.RESPONSE_FIELD_CHANGED,
        )
        old_s = _response_schema(self.pair.old, self.o)
        new_s = _response_schema(self.pair.new, self.n)
        if old_s is not None and new_s is not None:
            self.schema(kinds, old_s, new_s, "", False)

    def errors(self) -> None:
        olds = {e.status: e for e in self.o.errors}
        news = {e.status: e for e in self.n.errors}
        for status in sorted(olds.keys() | news.keys()):
            at = child(self.n.pointer, "responses", str(status))
            if status not in olds:
                text = f"documents a {status} response (`{news[status].class_name}`)"
                self.add(Kind.STATUS_ADDED, "new", at, text, False)
            elif status not in news:
                text = f"no longer documents its {status} response"
                self.add(
                    Kind.STATUS_REMOVED,
                    "old",
                    child(self.o.pointer, "responses", str(status)),
                    text,
                    False,
                )

    def headers(self) -> None:
        before = _headers(self.pair.old, self.o)
        after = _headers(self.pair.new, self.n)
        for key in sorted(before.keys() | after.keys()):
            if key not in after:
                text = f"response header `{before[key][0]}` removed"
                self.add(Kind.HEADER_REMOVED, "old", before[key][1], text, True)
            elif key not in before:
                text = f"response header `{after[key][0]}` added"
                self.add(Kind.HEADER_ADDED, "new", after[key][1], text, False)


def _params(op: Operation) -> dict[tuple[str, str], Param]:
    out: dict[tuple[str, str], Param] = {}
    for p in op.params:
        if op.idempotency is not None and p.pointer == op.idempotency.pointer:
            continue
        out[opnames.param_key({"in": p.location.value, "name": p.wire_name})] = p
    return out


def _node(side: Surface, op: Operation) -> dict[str, Any]:
    found = ((side.document.get("paths") or {}).get(op.path) or {}).get(op.method.value.lower())
    return found if isinstance(found, dict) else {}


def _media_schema(
    side: Surface, at: str, tokens: tuple[str, ...], media: str
) -> tuple[Any, str] | None:
    node, where = side.resolver.deref({"$ref": child(at, *tokens)}, child(at, *tokens))
    content = (node or {}).get("content") if isinstance(node, dict) else None
    if not isinstance(content, dict) or media not in content:
        return None
    return content[media].get("schema", {}), child(where, "content", media, "schema")


def _response_schema(side: Surface, op: Operation) -> tuple[Any, str] | None:
    node = _node(side, op)
    responses = node.get("responses") or {}
    raw = responses.get(str(op.response.status))
    if raw is None:
        return None
    resolved, where = side.resolver.deref(
        raw, child(op.pointer, "responses", str(op.response.status))
    )
    content = resolved.get("content") if isinstance(resolved, dict) else None
    if not isinstance(content, dict):
        return None
    for media in content:
        base = media.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return content[media].get("schema", {}), child(where, "content", media, "schema")
    return None


def _headers(side: Surface, op: Operation) -> dict[str, tuple[str, str]]:
    responses = _node(side, op).get("responses") or {}
    raw = responses.get(str(op.response.status))
    if raw is None:
        return {}
    resolved, where = side.resolver.deref(
        raw, child(op.pointer, "responses", str(op.response.status))
    )
    headers = resolved.get("headers") if isinstance(resolved, dict) else None
    return {k.lower(): (k, child(where, "headers", k)) for k in headers or {}}


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True)

"""Stage 3 — `$ref` resolution: local pointers and relative files, never the network.

:class:`Resolver` follows references (detecting reference cycles) and :func:`bundle` turns a spec
split over several files into one self-contained document whose `$ref`s are all local, which is
what the later stages (and datamodel-code-generator) consume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from codegen.errors import CodegenError, child, escape_token, unescape_token
from codegen.output.cache import Cache
from codegen.spec import units
from codegen.spec.load import parse_text
from codegen.spec.members import members

__all__ = ["Resolver", "Target", "bundle", "members", "reachable", "split_ref"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Keys under which a schema starts (a parameter's, a media type's, a header's; the components').
_SCHEMA_KEYS = frozenset({"schema", "schemas"})


@dataclass(frozen=True, slots=True)
class Target:
    """Where a reference points: a file (None for the root document) and a JSON pointer."""

    file: Path | None
    pointer: str


def split_ref(ref: str, at: str) -> tuple[str, str]:
    """Split ``file#/pointer`` into its parts, refusing anything that would need the network."""
    if not isinstance(ref, str):
        raise CodegenError(
            "`$ref` must be a string",
            pointer=at,
            hint='Write it as {"$ref": "#/components/schemas/Name"}.',
        )
    if _SCHEME.match(ref) or ref.startswith("//"):
        raise CodegenError(
            f"`$ref` to a URL is not followed: {ref!r}",
            pointer=at,
            hint="Generation never touches the network; download the document next to the spec "
            "and reference it by relative path.",
        )
    file_part, _, frag = ref.partition("#")
    if frag and not frag.startswith("/"):
        raise CodegenError(
            f"`$ref` fragment {frag!r} is not a JSON pointer",
            pointer=at,
            hint="Use a pointer such as #/components/schemas/Name.",
        )
    return file_part, "#" + frag


@dataclass(slots=True)
class Resolver:
    """Follows `$ref`s inside a root document and relative files under its folder."""

    root: dict[str, Any]
    base_dir: Path | None = None
    root_file: Path | None = None
    _files: dict[Path, Any] = field(default_factory=dict)
    # A `$ref` string -> where its chain ends (only chains that end somewhere): GitHub's
    # operations repeat a few hundred parameter references four thousand times.
    _ends: dict[str, tuple[Any, str]] = field(default_factory=dict)

    def _is_root(self, file: Path) -> bool:
        """Whether ``file`` is the root document itself (a ref back into the spec's own file);
        without ``root_file`` the root is recognised by its content."""
        if self.root_file is not None:
            return file == self.root_file.resolve()
        return bool(self.document(file) == self.root)

    def document(self, file: Path | None) -> Any:
        if file is None:
            return self.root
        if file not in self._files:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as exc:
                raise CodegenError(
                    f"cannot read referenced file {file.name}: {exc.strerror or exc}",
                    hint="Check the relative path in the $ref.",
                ) from None
            self._files[file] = parse_text(text, file.name)
        return self._files[file]

    def target(self, ref: str, at: str, current: Path | None = None) -> Target:
        """Where ``ref`` (found at ``at`` inside ``current``) points; ``file`` is None exactly
        when that is the root document, however the reference spells it."""
        file_part, frag = split_ref(ref, at)
        if not file_part:
            return Target(current, frag)
        if self.base_dir is None:
            raise CodegenError(
                f"`$ref` to another file ({file_part!r}) in a document that has no folder",
                pointer=at,
                hint="Load the spec from a file so relative references can be followed.",
            )
        base = current.parent if current is not None else self.base_dir
        path = (base / unquote(file_part)).resolve()
        root_dir = self.base_dir.resolve()
        if not path.is_relative_to(root_dir):
            raise CodegenError(
                f"`$ref` {ref!r} reaches outside the spec's folder",
                pointer=at,
                hint="Keep every referenced file in the spec's folder or below it.",
            )
        if not path.is_file():
            raise CodegenError(
                f"`$ref` {ref!r}: file {file_part!r} does not exist",
                pointer=at,
                hint="Fix the path, or add the file next to the spec.",
            )
        return Target(None if self._is_root(path) else path, frag)

    def lookup(self, target: Target, at: str) -> Any:
        """The node at ``target``; a clear error when it is missing."""
        node = self.document(target.file)
        tokens = target.pointer[2:].split("/") if target.pointer not in ("#", "#/") else []
        for raw in tokens:
            token = unescape_token(unquote(raw))
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                where = f"{target.file.name}" if target.file else ""
                raise CodegenError(
                    f"`$ref` target {where}{target.pointer} does not exist",
                    pointer=at,
                    hint="Define it, or point the $ref at an existing component.",
                )
        return node

    def deref(self, node: Any, at: str) -> tuple[Any, str]:
        """Follow a chain of root-document `$ref`s; returns the node and its pointer. (The
        documents are not changed while a resolver reads them.)"""
        start = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(start, str):
            end = self._ends.get(start)
            if end is None:
                end = self._ends[start] = self._follow(node, at)
            return end
        return self._follow(node, at)

    def _follow(self, node: Any, at: str) -> tuple[Any, str]:
        seen: list[Target] = []
        current: Path | None = None
        while isinstance(node, dict) and "$ref" in node:
            target = self.target(node["$ref"], at, current)
            if target in seen:
                chain = " -> ".join(
                    (t.file.name if t.file else "") + t.pointer for t in [*seen, target]
                )
                raise CodegenError(
                    f"`$ref` cycle that never reaches a definition: {chain}",
                    pointer=at,
                    hint="One of these references must point at a real object.",
                )
            seen.append(target)
            node = self.lookup(target, at)
            at = target.pointer
            current = target.file
        return node, at


def _component_name(target: Target) -> str:
    tokens = [t for t in target.pointer[2:].split("/") if t]
    if tokens:
        return unescape_token(tokens[-1])
    assert target.file is not None
    return target.file.stem


def bundle(
    document: dict[str, Any], resolver: Resolver, *, cache: Cache | None = None
) -> dict[str, Any]:
    """A copy of ``document`` whose every `$ref` is local.

    A schema in another file becomes a component named after its last pointer token (or the file's
    name); the same target always gets the same name. Anything else in another file (a path item,
    an operation's parameter, a response) is copied in where its reference stands. Two different targets wanting one name is an
    error, as is a name already taken by the root document's own components.

    A document whose every `$ref` is already a local pointer to something that exists (found
    from the units' facts, :mod:`codegen.spec.units`, with ``cache`` those of the run) is
    returned as a shallow copy: the walk would copy it unchanged (GitHub: a tenth of a second).
    """
    own = set(document.get("components", {}).get("schemas", {}) or {})
    if units.already_local(document, resolver, units.index(cache)):
        return dict(document)
    placed: dict[Target, str] = {}
    extra: dict[str, Any] = {}

    inlining: list[Target] = []

    def visit(
        node: Any,
        base: str,
        path: list[str | int],
        current: Path | None,
        schema: bool,
        names: bool = False,
    ) -> Any:
        """A copy of ``node`` with its $refs made local; ``node`` is at ``base`` + ``path`` (one
        list, extended and shortened as the walk goes; the pointer text is only built at a
        $ref, not for each of the document's nodes). ``schema``: whether ``node`` is (inside) a
        schema; a reference to another file anywhere else (a path item, a parameter, a
        response) is copied in where it stands, not filed as a component schema. ``names``:
        whether ``node``'s keys are names rather than keywords (:func:`members`)."""
        if isinstance(node, dict):
            if not names and "$ref" in node and isinstance(node["$ref"], str):
                at = child(base, *path)
                target = resolver.target(node["$ref"], at, current)
                if target.file is None:  # into the root document: every $ref must land somewhere
                    resolver.lookup(target, at)
                    return (
                        node if node["$ref"] == target.pointer else {**node, "$ref": target.pointer}
                    )
                if not schema:
                    return inline(target, at)
                return {**node, "$ref": "#/components/schemas/" + escape_token(place(target, at))}
            copy = dict(node)
            for key, value, inner_names in members(node, names):
                path.append(key)
                inner_schema = schema or (not names and key in _SCHEMA_KEYS)
                copy[key] = visit(value, base, path, current, inner_schema, inner_names)
                path.pop()
            return copy
        if isinstance(node, list):
            items = []
            for i, value in enumerate(node):
                if isinstance(value, dict | list):
                    path.append(i)
                    value = visit(value, base, path, current, schema)
                    path.pop()
                items.append(value)
            return items
        return node

    def inline(target: Target, at: str) -> Any:
        if target in inlining:
            chain = " -> ".join((t.file.name if t.file else "") + t.pointer for t in inlining)
            raise CodegenError(
                f"`$ref` cycle that never reaches a definition: {chain}",
                pointer=at,
                hint="One of these references must point at a real object.",
            )
        inlining.append(target)
        node = visit(resolver.lookup(target, at), target.pointer, [], target.file, False)
        inlining.pop()
        return node

    def place(target: Target, at: str) -> str:
        if target in placed:
            return placed[target]
        name = _component_name(target)
        if name in own or name in placed.values():
            raise CodegenError(
                f"the schema from {target.file.name if target.file else ''}{target.pointer} would be "
                f"named {name!r}, which another schema already uses",
                pointer=at,
                hint="Rename one of the two schemas.",
            )
        placed[target] = name
        extra[name] = visit(resolver.lookup(target, at), target.pointer, [], target.file, True)
        return name

    out: dict[str, Any] = {**visit(document, "#", [], None, False)}
    if extra:
        out.setdefault("components", {}).setdefault("schemas", {}).update(extra)
    return out


def _kept_operations(paths: Any) -> Any:
    """``paths`` without the operations marked ``x-excluded`` (which get no method)."""
    if not isinstance(paths, dict):
        return paths
    return {
        path: {
            k: v
            for k, v in item.items()
            if not (isinstance(v, dict) and v.get("x-excluded") is True)
        }
        if isinstance(item, dict)
        else item
        for path, item in paths.items()
    }


def _excluded(op: Any) -> bool:
    return isinstance(op, dict) and op.get("x-excluded") is True


def reachable(
    document: dict[str, Any], *, skip_excluded: bool = False, cache: Cache | None = None
) -> dict[str, Any]:
    """``document`` without the component schemas no operation (or 3.1 webhook) can reach.

    Models are generated for what the client can send or receive; a schema only a vendor
    extension uses (GitHub's x-webhooks: a third of its schemas) is left out, which also keeps
    the model stage — the slowest — to the work that matters. ``skip_excluded``: operations marked
    ``x-excluded`` reach nothing either (the paths themselves are returned whole: the build skips
    those operations and still checks override keys against them).

    The `$ref`s are read from the units' facts (:mod:`codegen.spec.units`; with ``cache``, those
    of the run); what is not a unit is walked.
    """
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return document
    prefix = "#/components/schemas/"
    keep: set[str] = set()
    components = document.get("components") or {}
    idx = units.index(cache)
    refs: list[str] = []
    walked: list[tuple[Any, bool]] = []  # (node, names): the parts that are not units
    paths = document.get("paths")
    if isinstance(paths, dict):
        for item in paths.values():
            facts = idx.facts(item)
            refs.extend(facts.own)
            for member, found in facts.refs.items():
                if not (skip_excluded and isinstance(item, dict) and _excluded(item.get(member))):
                    refs.extend(found)
    else:
        walked.append((_kept_operations(paths) if skip_excluded else paths, True))
    maps: list[tuple[str, Any]] = [("webhooks", document.get("webhooks"))]
    maps += [(k, v) for k, v in components.items() if k != "schemas"]
    for kind, members_ in maps:
        if isinstance(members_, dict) and (kind == "webhooks" or kind in units.UNIT_MAPS):
            for node in members_.values():
                refs.extend(idx.facts(node).all_refs())
        else:
            walked.append((members_, True))
    while walked:
        node, names = walked.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if not names and isinstance(ref, str):
                refs.append(ref)
            walked.extend((value, inner) for _, value, inner in members(node, names))
        elif isinstance(node, list):
            walked.extend((value, False) for value in node)
    while refs:
        ref = refs.pop()
        if ref.startswith(prefix):
            name = unescape_token(ref[len(prefix) :].split("/", 1)[0])
            if name not in keep and name in schemas:
                keep.add(name)
                refs.extend(idx.facts(schemas[name]).all_refs())
    if len(keep) == len(schemas):
        return document
    pruned = {name: schema for name, schema in schemas.items() if name in keep}
    return {**document, "components": {**components, "schemas": pruned}}

"""The model stage's draft (the classes, their fields, the warnings) kept in the cache.

With every datamodel-code-generator run a cache hit, the draft of GitHub's models still took
0.2 s: the passes that prepare the document for the engine (:mod:`.prepare`), the batch plan,
reading back the engine's results and renaming the numbered classes. All of that is a function
of the draft's inputs: the bundled document, the class names the overrides file and the clash
rules chose, the overrides' field names and the published class names.

The path items are the exception that makes an operation's edit cheap: the engine models the
components only (webhook payloads are moved there), so a path item counts only by the warnings
its own schemas' preparation makes, unless a schema refers into ``paths`` (then the engine is
given them: :attr:`Warned.reads_paths`). So the draft is stored under a key made of the other
inputs and every unit but the path items (:func:`name`, :class:`Digests`), and each path item's
warnings apart, by its key and digest (:class:`PathWarnings`): an edited operation prepares its
own path item again, nothing else. The front end's unit digests make the key cheap (GitHub:
2 ms, in the process that has them).

A hit replays what the slow path did to the cache as well (:func:`replay`): it asks for the same
names in the same order (the finished models' key is made of them, see :mod:`codegen.pipeline`)
and keeps each entry it had used, so the next output still holds the engine's results for a
later edit that needs them.
"""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from codegen.errors import Diagnostics, Warning_
from codegen.models.prepare import prepare
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.spec import units

__all__ = ["Digests", "PathWarnings", "Plain", "Warned", "document_digest", "name", "replay"]

# The classes (schema pointer -> class name), the fields (class name -> (name, alias, required)
# each), the renames and the repeats of a draft, as built-in values.
Plain = tuple[dict[str, str], dict[str, list[tuple[str, str, bool]]], dict[str, str], list[str]]
_KIND = "draft"


@dataclass(frozen=True, slots=True)
class Digests:
    """A document's digest without its path items (``rest``) and each path item's."""

    rest: str
    paths: dict[str, str]  # path -> its unit's digest ({} when ``paths`` is no map)

    def of_paths(self) -> str:
        return hashlib.sha256(json.dumps(list(self.paths.items())).encode()).hexdigest()


class _Undigested(Exception):
    """A unit without a digest (a value marshal cannot write): the draft is not cached."""


def _digests(idx: units.Index, mapping: dict[str, Any]) -> dict[str, str]:
    out = {}
    for key, node in mapping.items():
        digest = idx.entry(node)[0]
        if digest is None:
            raise _Undigested(key)
        out[key] = digest
    return out


def _tagged(digests: dict[str, str]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A map of units as its names and their digests, tagged with a tuple (which no parsed
    document holds, so no other value of the document reads the same)."""
    return ("units", tuple(digests.items()))


def document_digest(document: dict[str, Any], cache: Cache) -> Digests | None:
    """The digests of ``document``: each unit (:mod:`codegen.spec.units`) by the digest the
    front end found for it, the other objects (``info``, ``x-webhooks``) by the index's digest
    of each, the rest (``tags``, an unusual ``components`` map) by its :mod:`marshal` form, in
    document order; the path items apart.
    None when a part has no digest. It relies on what the units' digests rely on: no step writes
    into a document it was given, so a unit's content is what it was when its digest was found."""
    idx = units.index(cache)
    shape: dict[str, Any] = {}
    paths: dict[str, str] = {}
    try:
        for key, value in document.items():
            if key == "paths" and isinstance(value, dict):
                paths = _digests(idx, value)
                shape[key] = ("paths",)  # where they are, for a draft that reads them
            elif key == "webhooks" and isinstance(value, dict):
                shape[key] = _tagged(_digests(idx, value))
            elif key == "components" and isinstance(value, dict):
                shape[key] = {
                    kind: (
                        _tagged(_digests(idx, kept))
                        if kind in units.UNIT_MAPS and isinstance(kept, dict)
                        else kept
                    )
                    for kind, kept in value.items()
                }
            elif isinstance(value, dict):  # (digested once a run: the examples index asks too)
                digest = idx.digest(value)
                if digest is None:
                    raise _Undigested(key)
                shape[key] = ("digest", digest)
            else:
                shape[key] = value
        data = marshal.dumps(shape, units.MARSHAL_VERSION)  # (one content, one digest)
    except (_Undigested, ValueError, RecursionError):
        return None
    return Digests(hashlib.sha256(data).hexdigest(), paths)


def name(
    digest: Digests,
    schema_names: Mapping[str, str] | None,
    rekey: Mapping[str, str] | None,
    field_names: Mapping[str, Mapping[str, str]] | None,
) -> str:
    """The draft's cache entry for a document of ``digest`` and these names (in their order)."""
    names = [
        dict(schema_names or {}),
        dict(rekey or {}),
        {ref: dict(table) for ref, table in (field_names or {}).items()},
    ]
    return cache_key(_KIND, digest.rest, json.dumps(names))


def _rows(warnings: list[Warning_]) -> list[list[str]]:
    return [[w.message, w.pointer, w.did, w.hint] for w in warnings]


def _strings(values: Any, size: int) -> bool:
    return type(values) is list and len(values) == size and all(type(v) is str for v in values)


def _warnings(rows: Any) -> list[Warning_] | None:
    """The warnings of :func:`_rows`, or None for anything else."""
    if not (type(rows) is list and all(_strings(r, 4) for r in rows)):
        return None
    return [Warning_(*r) for r in rows]


class PathWarnings:
    """The warnings of each path item's preparation (:func:`prepare` of the item alone), in
    document order, kept in one cache entry by the item's path and digest (the warnings'
    pointers name the path): an item seen before is not prepared again."""

    def __init__(self, cache: Cache | None, digests: Mapping[str, str] | None) -> None:
        self.fit: list[Warning_] = []
        self.cap: list[Warning_] = []
        self._cache = cache if digests else None
        self._digests = digests or {}
        self._name = cache_key(f"{_KIND}-paths") if self._cache is not None else ""
        self._stored = self._cache.table(self._name) if self._cache is not None else {}
        self._kept: dict[str, list[list[list[str]]]] = {}

    def prepared(self, path: str, item: Any) -> Any:
        """``item`` prepared; its warnings recorded."""
        ready = prepare({"paths": {path: item}})
        self._record(path, ready.fit.warnings, ready.cap.warnings)
        return ready.document["paths"][path]

    def warn(self, path: str, item: Any) -> None:
        """The warnings of ``item``'s preparation recorded (those stored, if any)."""
        digest = self._digests.get(path)
        found = self._stored.get(f"{digest} {path}") if digest else None
        pair = [_warnings(rows) for rows in found] if type(found) is list else []
        if len(pair) == 2 and pair[0] is not None and pair[1] is not None:
            self._record(path, pair[0], pair[1])
        else:
            self.prepared(path, item)

    def _record(self, path: str, fit: list[Warning_], cap: list[Warning_]) -> None:
        self.fit += fit
        self.cap += cap
        digest = self._digests.get(path)
        if digest:
            self._kept[f"{digest} {path}"] = [_rows(fit), _rows(cap)]

    def save(self) -> None:
        if self._cache is not None:
            self._cache.put(self._name, json.dumps(self._kept, ensure_ascii=False).encode())


@dataclass(slots=True)
class Warned:
    """The warnings of a draft, by where they come from, and whether it read the path items."""

    paths: PathWarnings
    before: Diagnostics = field(default_factory=Diagnostics)  # naming the webhook payloads
    fit: Diagnostics = field(default_factory=Diagnostics)  # patterns, but the path items'
    cap: Diagnostics = field(default_factory=Diagnostics)  # nesting, but the path items'
    prepared_paths: bool = False  # whether the path items were prepared (at least warned)
    reads_paths: bool = False  # whether the engine was given the path items

    def record(self, diags: Diagnostics | None) -> None:
        """The warnings, in the order of a walk of the whole document (paths come first)."""
        if diags is not None:
            for part in (
                self.before.warnings,
                self.paths.fit,
                self.fit.warnings,
                self.paths.cap,
                self.cap.warnings,
            ):
                diags.extend(part)

    def pack(self, plain: Plain, asked: list[tuple[str, bool]], paths: str) -> bytes:
        """The draft, its warnings, its use of the path items (``paths``: their digest, when
        read) and the cache names it asked for, each with whether it was an entry it used or
        made (or only a name looked up or noted)."""
        classes, fields, renames, repeats = plain
        table = {
            "classes": classes,
            "fields": fields,
            "renames": renames,
            "repeats": repeats,
            "before": _rows(self.before.warnings),
            "fit": _rows(self.fit.warnings),
            "cap": _rows(self.cap.warnings),
            "paths": [self.prepared_paths, paths if self.reads_paths else ""],
            "asked": asked,
        }
        return json.dumps(table, ensure_ascii=False).encode("utf-8")


def _fields_ok(fields: dict[str, Any]) -> bool:
    """Whether each class's fields are lists of [name, alias, required] (checked in bulk: the
    joins take strings only)."""
    if not all(type(row) is list for row in fields.values()):
        return False
    flat = [f for row in fields.values() for f in row]
    if not all(type(f) is list and len(f) == 3 for f in flat):
        return False
    try:
        "".join([f[0] for f in flat] + [f[1] for f in flat])
    except TypeError:
        return False
    return {type(f[2]) for f in flat} <= {bool}


def _unpacked(payload: bytes, warned: Warned) -> tuple[Plain, list[list[Any]], str] | None:
    """What :meth:`Warned.pack` wrote (its warnings put into ``warned``), or None."""
    try:
        table = json.loads(payload)
        classes, fields, asked = table["classes"], table["fields"], table["asked"]
        renames, repeats = table["renames"], table["repeats"]
        prepared_paths, paths = table["paths"]
        parts = [_warnings(table[k]) for k in ("before", "fit", "cap")]
    except (ValueError, TypeError, KeyError):
        return None
    if not (type(classes) is dict and all(type(v) is str for v in classes.values())):
        return None
    if not (type(fields) is dict and _fields_ok(fields)):
        return None
    if not (type(renames) is dict and all(type(v) is str for v in renames.values())):
        return None
    if not (type(repeats) is list and all(type(r) is str for r in repeats)):
        return None
    if not (type(asked) is list and all(type(a) is list and len(a) == 2 for a in asked)):
        return None
    if not all(type(n) is str and type(e) is bool for n, e in asked):
        return None
    if not (type(prepared_paths) is bool and type(paths) is str):
        return None
    before, fit, cap = parts
    if before is None or fit is None or cap is None:
        return None
    warned.before.extend(before)
    warned.fit.extend(fit)
    warned.cap.extend(cap)
    warned.prepared_paths, warned.reads_paths = prepared_paths, bool(paths)
    return (classes, fields, renames, repeats), asked, paths


def replay(
    cache: Cache, entry: str, digest: Digests, document: dict[str, Any], paths: PathWarnings
) -> tuple[Plain, Warned] | None:
    """The draft stored under ``entry`` and its warnings (the path items' from ``paths``), its
    cache names asked again; None, with nothing done, when there is none, or when it read path
    items other than ``document``'s."""
    payload = cache.get(entry)
    warned = Warned(paths)
    found = _unpacked(payload, warned) if payload is not None else None
    if found is None or (found[2] and found[2] != digest.of_paths()):
        return None
    plain, asked, _ = found
    for asked_name, used in asked:
        if used:
            cache.get(asked_name)  # kept for the next output (a missing one is made when needed)
        else:
            cache.asked.append(asked_name)
    items = document.get("paths")
    if warned.prepared_paths and isinstance(items, dict):
        for path, item in items.items():
            paths.warn(path, item)
    return plain, warned

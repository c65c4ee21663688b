"""The units of a spec (each path item, webhook and component) and the facts the front end's
walks look for in each: its `$ref`s, a few keywords, whether its references can all be followed.

Validation (the `$ref`s of each operation, the discriminators), bundling (is every `$ref` already
local?) and pruning (which schemas do the operations reach?) each walked the whole document
(GitHub: half a million nodes, about a tenth of a second a walk). They read the :class:`Facts`
of each unit instead, found by one walk of the unit with the rules of
:func:`codegen.spec.members.members` (so exactly the `$ref`s those walks see, none in examples or
vendor extensions): once per run, and not at all for a unit the previous run saw. The facts are
kept in the cache (``spec-units``) under a digest of the unit's content, SHA-256 of its
:mod:`marshal` form (:data:`MARSHAL_VERSION`), which tells ``1``, ``1.0`` and ``true`` apart: two
different contents never share it, and one content always has it.

A unit is a member of ``paths`` or ``webhooks``, or of a ``components`` map that every walk
reads as a map of names (:data:`UNIT_MAPS`); the rest (``info``, ``tags``, an unusual
``components`` map) is walked by each step as before. Within a run the facts of a unit are found
again by the unit's identity (:func:`index`: one index per :class:`~codegen.output.cache.Cache`,
that is per run): no step writes into a document it is given (each makes a copy of what it
changes), so a unit's content stays what it was when its facts were found.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sys
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from codegen.errors import CodegenError
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.spec.members import NAME_MAPS, members, skipped

if TYPE_CHECKING:
    from codegen.spec.resolve import Resolver

__all__ = [
    "READ_DATA",
    "UNIT_MAPS",
    "WORDS",
    "Facts",
    "Index",
    "Pos",
    "already_local",
    "index",
    "rest_refs",
]

Pos = tuple[str, ...]  # ("paths", "/x"), ("webhooks", "w"), ("components", "schemas", "A")
TABLE = "spec-units"  # the cache entry of the units' facts
# The components maps whose members are units: those every walk enters as maps of names
# (:data:`codegen.spec.members.NAME_MAPS`); ``mediaTypes`` (3.2) and unknown maps are not.
UNIT_MAPS = frozenset(
    {
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
    }
)
# Keywords that move a schema's base URI or resolve dynamically: wherever their text is in a
# unit's marshal form (a description naming one too), its references are not followed by
# pointer alone. (Draft 4's ``id`` is looked for as a string where keywords are.)
_UNFOLLOWED = tuple(w.encode() for w in ("$id", "$anchor", "$schema", "$dynamic", "$recursive"))
# Keys a check looks for in a few units only (validation's discriminators and OpenAPI 3.2
# constructs): it passes over a unit whose marshal form does not have the word.
WORDS = ("discriminator", "itemSchema", "additionalOperations")
# Data that :mod:`codegen.spec.lint`'s walk of the document still enters (it looks for schemas
# in an example's ``value``); other data and vendor extensions nobody reads as part of the spec.
READ_DATA = frozenset({"const", "enum", "value"})


@dataclass(frozen=True, slots=True)
class Facts:
    """What the walks look for in one unit."""

    own: tuple[str, ...]  # the unit's own `$ref` (a path item that is a reference)
    refs: dict[str, tuple[str, ...]]  # member key -> the distinct string `$ref`s inside it
    words: tuple[str, ...]  # those of WORDS its marshal form has (all when it is not known)
    # Whether ``own`` and ``refs`` are every reference a reader of the unit follows by pointer
    # alone: none in data the lint walk reads (READ_DATA), no keyword of _UNFOLLOWED, no draft
    # 4 `id` (False when the unit's marshal form is not known). A reference *into* data or a
    # map of names is another matter (:func:`codegen.spec.closures.ref_units`).
    pinned: bool

    def all_refs(self) -> Iterator[str]:
        yield from self.own
        for refs in self.refs.values():
            yield from refs

    def pack(self) -> list[Any]:
        refs = {k: list(v) for k, v in self.refs.items()}
        return [list(self.own), refs, list(self.words), self.pinned]


def _unpack(packed: Any) -> Facts | None:
    """The facts :meth:`Facts.pack` wrote, or None for anything else."""
    if type(packed) is not list or len(packed) != 4:
        return None
    own, refs, words, pinned = packed
    if not (type(own) is list and type(refs) is dict and type(words) is list):
        return None
    try:  # str.join takes only strings: a check at C speed
        "".join(own + words)
        "".join(refs)
        for found in refs.values():
            if type(found) is not list:
                return None
            "".join(found)
    except TypeError:
        return None
    if type(pinned) is not bool:
        return None
    return Facts(tuple(own), {k: tuple(v) for k, v in refs.items()}, tuple(words), pinned)


def walk(node: Any, data: bytes | None) -> Facts:
    """The facts of one unit (``data``: its marshal form, None if not known): the walk of
    :func:`codegen.spec.members.members` from the unit down, its `$ref`s kept per member."""
    own: set[str] = set()
    refs: dict[str, set[str]] = {}
    pinned = data is not None and not any(word in data for word in _UNFOLLOWED)
    look = data is not None and b"$ref" in data  # else no `$ref` can hide in its data
    tops: list[tuple[str, Any, bool]] = []
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            own.add(node["$ref"])
        pinned = pinned and not isinstance(node.get("id"), str)
        for key, value in node.items():
            if isinstance(value, dict | list):
                if not skipped(key, value):
                    tops.append((key, value, key in NAME_MAPS and isinstance(value, dict)))
                elif pinned and look and key in READ_DATA and b"$ref" in marshal.dumps(value):
                    pinned = False
    elif isinstance(node, list):
        tops = [("", value, False) for value in node]
    for top, value, names in tops:
        found = refs.setdefault(top, set())
        todo = [(value, names)]
        while todo:
            current, names = todo.pop()
            if isinstance(current, list):
                todo.extend((v, False) for v in current)
            elif isinstance(current, dict):
                if not names:
                    ref = current.get("$ref")
                    if isinstance(ref, str):
                        found.add(ref)
                    if pinned and isinstance(current.get("id"), str):
                        pinned = False  # draft 4: the references inside resolve against it
                for key, value in current.items():
                    if not isinstance(value, dict | list):
                        continue
                    if names:
                        todo.append((value, False))
                    elif not skipped(key, value):
                        todo.append((value, key in NAME_MAPS and isinstance(value, dict)))
                    elif pinned and look and key in READ_DATA and b"$ref" in marshal.dumps(value):
                        pinned = False
    words = WORDS if data is None else tuple(w for w in WORDS if w.encode() in data)
    return Facts(
        tuple(sorted(own)), {k: tuple(sorted(v)) for k, v in refs.items() if v}, words, pinned
    )


# marshal's format 2: each value written out in full. Formats 3 and 4 write an object met again
# in one call as a back-reference, but only one whose reference count is above one, and mark
# interned strings: the bytes of one content then depend on what else holds its objects (the
# bundle's cache, the parser's shared keys). On HeyGen's spec 40 of 90 schemas had other digests
# in the next run of the same spec, so their cached facts, lint verdicts and the model draft
# were missed on every edit.
MARSHAL_VERSION = 2


def _marshalled(node: Any) -> bytes | None:
    try:
        return marshal.dumps(node, MARSHAL_VERSION)
    except (ValueError, RecursionError):
        return None


class Index:
    """The units' facts for one run; with a ``cache``, also the previous run's by digest."""

    def __init__(self, cache: Cache | None) -> None:
        self.cache = cache
        # id(unit) -> (the unit, its digest, its facts); the unit is held so its id stays its own
        self._seen: dict[int, tuple[Any, str | None, Facts]] = {}
        self._stored: dict[str, Any] | None = None
        self._kept: dict[str, list[Any]] = {}
        self._digests: dict[int, tuple[Any, str | None]] = {}  # id -> (the object, digest())
        self._salt = cache_key(TABLE, sys.version, str(marshal.version))

    def units(self, document: Any) -> Iterator[tuple[Pos, Any]]:
        """The units of ``document``, in document order."""
        if not isinstance(document, dict):
            return
        for section in ("paths", "webhooks"):
            mapping = document.get(section)
            if isinstance(mapping, dict):
                for name, node in mapping.items():
                    yield (section, name), node
        components = document.get("components")
        if isinstance(components, dict):
            for kind, mapping in components.items():
                if kind in UNIT_MAPS and isinstance(mapping, dict):
                    for name, node in mapping.items():
                        yield ("components", kind, name), node

    def facts(self, node: Any) -> Facts:
        return self.entry(node)[1]

    def entry(self, node: Any) -> tuple[str | None, Facts]:
        """The digest of a unit (None without a cache, or for a value marshal cannot write)
        and its facts."""
        seen = self._seen.get(id(node))
        if seen is not None and seen[0] is node:
            return seen[1], seen[2]
        data = _marshalled(node)
        found = None
        if data is not None and self.cache is not None:
            found = hashlib.sha256(data).hexdigest()
        facts: Facts | None = None
        packed: Any = None
        if found is not None:
            packed = self.stored().get(found)
            facts = _unpack(packed) if packed is not None else None
        if facts is None:
            facts = walk(node, data)
            packed = None
        if found is not None:  # (the stored form kept as read: it is what packing would make)
            self._kept[found] = facts.pack() if packed is None else packed
        self._seen[id(node)] = (node, found, facts)
        return found, facts

    def digest(self, node: Any) -> str | None:
        """SHA-256 of any object's marshal form (None when marshal cannot write it), made once
        per object and run: the parts of a document that are not units (``info``, GitHub's
        ``x-webhooks``) are digested for the model draft's key and for the examples index."""
        seen = self._digests.get(id(node))
        if seen is not None and seen[0] is node:
            return seen[1]
        data = _marshalled(node)
        found = hashlib.sha256(data).hexdigest() if data is not None else None
        self._digests[id(node)] = (node, found)
        return found

    def stored(self) -> dict[str, Any]:
        if self._stored is None:
            table = self.cache.table(TABLE) if self.cache is not None else {}
            units = table.get("units") if table.get("salt") == self._salt else None
            self._stored = units if isinstance(units, dict) else {}
        return self._stored

    def save(self) -> None:
        """Put the facts of every unit this run saw into the cache."""
        if self.cache is not None:
            table = {"salt": self._salt, "units": self._kept}  # (in the order first seen)
            self.cache.put(TABLE, json.dumps(table, ensure_ascii=False).encode("utf-8"))


_INDEXES: weakref.WeakKeyDictionary[Cache, Index] = weakref.WeakKeyDictionary()


def index(cache: Cache | None) -> Index:
    """The index of the run that ``cache`` belongs to (a new one for None)."""
    if cache is None:
        return Index(None)
    found = _INDEXES.get(cache)
    if found is None:
        found = _INDEXES[cache] = Index(cache)
    return found


def already_local(document: dict[str, Any], resolver: Resolver, idx: Index) -> bool:
    """Whether every `$ref` that :func:`codegen.spec.resolve.bundle` would meet is a local
    pointer to something that exists (each unit's by its facts, which list more: those beside a
    `$ref` too)."""
    refs: set[str] = set()
    for _, node in idx.units(document):
        refs.update(idx.facts(node).all_refs())
    refs.update(rest_refs(document))
    for ref in refs:
        if not ref.startswith("#"):
            return False
        try:
            resolver.lookup(resolver.target(ref, "#"), "#")
        except CodegenError:
            return False
    return True


def rest_refs(document: dict[str, Any]) -> set[str]:
    """The string `$ref`s of ``document`` outside its units (``info``, ``tags``, an unusual
    ``components`` map…), found as :func:`codegen.spec.resolve.bundle` walks (and more: beside
    a `$ref` too)."""
    found: set[str] = set()
    todo: list[tuple[Any, bool]] = []
    if isinstance(document.get("$ref"), str):
        found.add(document["$ref"])
    for key, value, names in members(document, False):
        if key in ("paths", "webhooks") and isinstance(value, dict):
            continue
        if key == "components" and isinstance(value, dict):
            if isinstance(value.get("$ref"), str):
                found.add(value["$ref"])
            todo.extend(
                (v, inner)
                for kind, v, inner in members(value, False)
                if not (kind in UNIT_MAPS and isinstance(v, dict))
            )
            continue
        todo.append((value, names))
    while todo:
        node, names = todo.pop()
        if isinstance(node, dict):
            if not names and isinstance(node.get("$ref"), str):
                found.add(node["$ref"])
            todo.extend((value, inner) for _, value, inner in members(node, names))
        elif isinstance(node, list):
            todo.extend((value, False) for value in node)
    return found

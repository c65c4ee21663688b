"""The examples the spec shows per wire name, for arguments it shows none for; kept per unit.

An argument without an example of its own borrows what the spec shows elsewhere for the same
wire name (:meth:`codegen.build.examples.ExampleBuilder.value`: a request's ``video_id`` is the
same kind of value as the ``video_id`` a response shows). Finding them is a walk of the whole
document (GitHub: 38,000 objects, a tenth of the build), so it is done per unit
(:mod:`codegen.spec.units`, and each other object of the document's top level): a unit's share
of the index depends on its content alone (the walk follows no `$ref`), and is kept in the cache
(``example-names``, in marshal form) under the unit's digest, the one the front end's index already computed in
this run. A unit the previous run saw is not walked again; its share is put in its place in the
walk, so the index is the one a fresh walk makes, in the same order. A share JSON would not give
back exactly (a YAML map with a number as key) is not kept: that unit is walked on every run.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator, Mapping
from typing import Any

from codegen.build.examples import shown_examples
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.spec import schemawalk, units

__all__ = ["examples_by_name", "indexed_examples_by_name"]

Notes = list[tuple[str, list[Any]]]  # (wire name, the values shown for it), in document order
_TABLE = "example-names"
_HOLDING_UNITS = frozenset({"paths", "webhooks", "components"})
_NOT_SCHEMAS = frozenset({"example", "examples", "default", "const", "enum"})


def examples_by_name(
    document: Any, known: Mapping[int, Notes] | None = None
) -> dict[str, tuple[Any, ...]]:
    """Wire name → the ``example``/``examples`` values the spec gives properties and parameters
    of that name, in document order (``video_id`` → ``"v_abc123def456"`` from a response model).
    Example payloads themselves are never searched (they are data, not schemas). ``known``: the
    notes of objects already walked, by identity (units of ``document``)."""
    found: dict[str, list[Any]] = {}
    for name, values in _notes(document, known or {}):
        found.setdefault(name, []).extend(values)
    return {name: tuple(values) for name, values in found.items()}


def indexed_examples_by_name(document: Any, cache: Cache | None) -> dict[str, tuple[Any, ...]]:
    """:func:`examples_by_name` of ``document``, each unit's notes from ``cache`` when it holds
    them (and this run's put back for the next)."""
    if cache is None:
        return examples_by_name(document)
    index = units.index(cache)
    salt = cache_key(_TABLE, str(marshal.version))
    # (marshal: a fifth of JSON's time each way for GitHub's 1.2 MB of example values; the
    # values kept are JSON's kind, :func:`_plain`, so either gives them back exactly)
    table = cache.table(_TABLE, marshal.loads)
    stored = table.get("units") if table.get("salt") == salt else None
    if not isinstance(stored, dict):
        stored = {}
    known: dict[int, Notes] = {}
    kept: dict[str, list[Any]] = {}
    for node, digest in _shares(document, index):
        if digest is None:
            continue  # (walked in place)
        notes = _unpack(stored.get(digest))
        if notes is None:
            notes = _notes(node, {})
            if not all(_plain(values) for _, values in notes):
                continue
        kept[digest] = [[name, values] for name, values in notes]
        known[id(node)] = notes
    cache.put(_TABLE, marshal.dumps({"salt": salt, "units": kept}))
    return examples_by_name(document, known)


def _shares(document: Any, index: units.Index) -> Iterator[tuple[dict[str, Any], str | None]]:
    """The objects whose notes are kept, with their digests: the units (digests from the
    index), and the document's other objects (``info``, vendor extensions such as GitHub's
    ``x-webhooks``, 6,500 objects the walk enters), digested by the index too."""
    for _, node in index.units(document):
        if isinstance(node, dict):
            yield node, index.entry(node)[0]
    if isinstance(document, dict):
        for key, value in document.items():
            if key not in _HOLDING_UNITS and isinstance(value, dict):
                yield value, index.digest(value)


def _notes(document: Any, known: Mapping[int, Notes]) -> Notes:
    """The walk: every dict and list of ``document`` (a scalar is never a call: GitHub's
    100,000 leaves were a third of its time), but not those of ``known``, whose notes are put
    in their place."""
    out: Notes = []

    def note(name: Any, node: Any) -> None:
        if isinstance(name, str) and isinstance(node, dict):
            values = shown_examples(node)
            if values:
                out.append((name, values))

    def visit_list(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, dict):
                visit(item)
            elif isinstance(item, list):
                visit_list(item)

    def visit(node: dict[str, Any]) -> None:
        walked = known.get(id(node))
        if walked is not None:
            out.extend(walked)
            return
        if isinstance(node.get("in"), str) and "name" in node:  # a parameter
            note(node["name"], node)
            note(node["name"], node.get("schema"))
        props = node.get("properties")
        if isinstance(props, dict):
            for name, prop in props.items():
                note(name, prop)
        for key, value in node.items():
            if key in _NOT_SCHEMAS:
                continue
            if isinstance(value, dict):
                if key in schemawalk.MAP:
                    # A map of names to schemas: the names are not keywords, so the map itself
                    # is never read as a schema (a property called ``properties`` or ``in``).
                    visit_list(list(value.values()))
                else:
                    visit(value)
            elif isinstance(value, list):
                visit_list(value)

    if isinstance(document, dict):
        visit(document)
    elif isinstance(document, list):
        visit_list(document)
    return out


def _plain(value: Any) -> bool:
    """Whether JSON gives ``value`` back exactly: the same types (``1``, ``1.0`` and ``true``
    stay apart), string keys only."""
    kind = type(value)
    if value is None or kind in (str, int, float, bool):
        return True
    if kind is list:
        return all(_plain(v) for v in value)
    if kind is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    return False


def _unpack(packed: Any) -> Notes | None:
    """The notes a previous run kept (``[[name, [value, ...]], ...]``), or None for anything
    else."""
    if type(packed) is not list:
        return None
    notes: Notes = []
    for pair in packed:
        if not (type(pair) is list and len(pair) == 2):
            return None
        name, values = pair
        if type(name) is not str or type(values) is not list or not values:
            return None
        notes.append((name, values))
    return notes

"""What a check of one unit can read: its content and that of every unit its `$ref`s reach.

:func:`closures` gives each unit (:mod:`codegen.spec.units`) a digest of all of it, which the
lint step keys the unit's warnings by: a unit is linted again only when it or something it reaches
through references changed. A reference is followed as both :class:`~codegen.spec.resolve.Resolver`
and the ``referencing`` library (under ``jsonschema``) read a pointer; one that may lead where the
units' facts do not list every reference (outside the units, into data, into a map of names, to
an anchor or another file) leaves the unit, and everything reaching it, without a digest.
"""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import unquote

from codegen.errors import unescape_token
from codegen.spec.members import NAME_MAPS, skipped
from codegen.spec.units import UNIT_MAPS, Facts, Index, Pos

__all__ = ["closures", "ref_units"]


def _tokens(ref: str) -> list[list[str]] | None:
    """The pointer tokens of a local ``ref``, read as :class:`~codegen.spec.resolve.Resolver`
    and as the ``referencing`` library read them (they decode ``%2F`` at different steps)."""
    if not ref.startswith("#/"):
        return None
    if "%" not in ref and "~" not in ref:
        return [ref[2:].split("/")]
    ours = [unescape_token(unquote(t)) for t in ref[2:].split("/")]
    theirs = [t.replace("~1", "/").replace("~0", "~") for t in unquote(ref[2:]).split("/")]
    return [ours] if ours == theirs else [ours, theirs]


def _unit_of(tokens: list[str]) -> Pos | None:
    if tokens[0] in ("paths", "webhooks") and len(tokens) >= 2:
        return (tokens[0], tokens[1])
    if tokens[0] == "components" and len(tokens) >= 3 and tokens[1] in UNIT_MAPS:
        return ("components", tokens[1], tokens[2])
    return None


def _followed(document: dict[str, Any], tokens: list[str]) -> bool:
    """Whether the node at ``tokens`` is one the facts walk reads as keywords or inside one
    (not data, not a map of names), or is not there at all (then the reference fails the same
    way as long as the unit it would be in is the same)."""
    node: Any = document
    names = False
    for token in tokens:
        if isinstance(node, dict):
            if token not in node:
                return True
            value = node[token]
            if not names and skipped(token, value):
                return False
            names = not names and token in NAME_MAPS and isinstance(value, dict)
            node = value
        elif isinstance(node, list):
            if not (token.isdigit() and int(token) < len(node)):
                return True
            node, names = node[int(token)], False
        else:
            return True
    return not names


def ref_units(document: dict[str, Any], ref: str) -> list[Pos] | None:
    """The units a reference of ``document`` leads into; None when a reader may follow it out
    of the units (not a local pointer into paths, webhooks or a map of :data:`UNIT_MAPS`), or
    into data or a map of names, whose references the facts do not list."""
    readings = _tokens(ref)
    if readings is None:
        return None
    out: list[Pos] = []
    for tokens in readings:
        pos = _unit_of(tokens)
        if pos is None or not _followed(document, tokens):
            return None
        if pos not in out:
            out.append(pos)
    return out


def _absent(document: dict[str, Any], pos: Pos) -> bool:
    """Whether the unit place ``pos`` of ``document`` is empty (its maps are missing, or objects
    without that member): a reference into it fails the same way each time."""
    node: Any = document
    for token in pos:
        if not isinstance(node, dict):
            return False
        if token not in node:
            return True
        node = node[token]
    return False


def closures(document: dict[str, Any], idx: Index) -> dict[Pos, str]:
    """For each unit of ``document`` whose references can all be followed, a digest of its own
    content and of every unit its `$ref`s reach, directly or not (a reference to a unit that is
    not there counts as that absence). A unit reaching a `$ref` that leads elsewhere (outside
    the units, to another file, to an anchor, into data) or one that is not pinned down
    (:attr:`Facts.pinned`) gets none. Computed over the strongly connected components of the
    reference graph (Tarjan's algorithm, iteratively), each component hashed once, with the
    digests of those it reaches."""
    places: list[Pos] = []
    number: dict[Pos, int] = {}
    entries: list[tuple[str | None, Facts]] = []
    for pos, node in idx.units(document):
        number[pos] = len(places)
        places.append(pos)
        entries.append(idx.entry(node))
    targets: dict[str, tuple[list[int], list[str]] | None] = {}
    kids: list[list[int]] = []
    labels: list[list[str] | None] = []  # a unit's own label and those of the absent it names
    for found, facts in entries:
        label: list[str] | None = None
        out: set[int] = set()
        if found is not None and facts.pinned:
            label = [f"{places[len(labels)]!r}={found}"]
            for ref in facts.all_refs():
                if ref not in targets:
                    targets[ref] = _targets(document, ref, number)
                reached = targets[ref]
                if reached is None:
                    label = None
                    break
                out.update(reached[0])
                label.extend(reached[1])
        labels.append(label)
        kids.append(list(out) if label is not None else [])
    hashes: list[str | None] = [None] * len(places)
    order = [-1] * len(places)
    low = [0] * len(places)
    stack: list[int] = []
    on_stack = [False] * len(places)
    counter = 0
    for start in range(len(places)):
        if order[start] >= 0:
            continue
        work = [(start, 0)]
        while work:
            at, i = work.pop()
            if i == 0:
                order[at] = low[at] = counter
                counter += 1
                stack.append(at)
                on_stack[at] = True
            if i < len(kids[at]):
                work.append((at, i + 1))
                kid = kids[at][i]
                if order[kid] < 0:
                    work.append((kid, 0))
                elif on_stack[kid]:
                    low[at] = min(low[at], order[kid])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[at])
            if low[at] == order[at]:
                members = [stack.pop()]
                while members[-1] != at:
                    members.append(stack.pop())
                for member in members:
                    on_stack[member] = False
                digest = _component_hash(members, labels, kids, hashes)
                for member in members:
                    hashes[member] = digest
    return {places[i]: h for i, h in enumerate(hashes) if h is not None}


def _targets(
    document: dict[str, Any], ref: str, number: dict[Pos, int]
) -> tuple[list[int], list[str]] | None:
    """The units ``ref`` leads into (by number) and the labels of the absent ones it names."""
    reached = ref_units(document, ref)
    if reached is None:
        return None
    present: list[int] = []
    absent: list[str] = []
    for pos in reached:
        if pos in number:
            present.append(number[pos])
        elif _absent(document, pos):
            absent.append(f"{pos!r}=absent")
        else:
            return None
    return present, absent


def _component_hash(
    members: list[int],
    labels: list[list[str] | None],
    kids: list[list[int]],
    hashes: list[str | None],
) -> str | None:
    """The digest of one strongly connected component: its units' places and digests, the
    digests of the components it reaches and the places of the absent units it names."""
    inside = set(members)
    parts: set[str] = set()
    for at in members:
        label = labels[at]
        if label is None:
            return None
        parts.update(label)
        for kid in kids[at]:
            if kid not in inside:
                known = hashes[kid]
                if known is None:
                    return None
                parts.add(known)
    return hashlib.sha256("\n".join(sorted(parts)).encode("utf-8", "surrogatepass")).hexdigest()

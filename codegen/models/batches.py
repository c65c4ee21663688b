"""The prepared document cut into parts datamodel-code-generator can model apart, each run
(and cached) on its own, the outputs merged into one module (:mod:`.merging`).

A component's model depends only on the components it refers to, so the components are cut
into *groups*, weakly connected by any reference (``$ref``, a discriminator mapping, also by a
bare schema name, a string anywhere that reads ``#/components/…``, into any section: schemas,
parameters, responses, examples, headers): no group's output can depend on another's. Groups
without a schema make no model and are left out. The groups are packed into a few *batches*
(:func:`plan`), each one run of the engine, cached by its exact input (:mod:`.engine`): a
schema edit re-runs one batch, not the document (GitHub: 957 groups, one of 303 components;
the whole run 4.1 s, the 303 alone 2.2 s, a bucket of small groups 0.1–0.3 s).

The packing depends on the document only, never on what is cached: groups of at least
:data:`BIG` components run alone, the others go to one of a power-of-two number of buckets by a
hash of their first component's name, so adding or removing a schema moves no other group.
A document of :data:`INTERLEAVED_FROM` schemas or more is packed finer (:data:`FINE`): a schema
edit re-runs a bucket of about 15 schemas, not 79 (GitHub: 61 batches instead of 17, the edited
one 0.04 s CPU instead of 0.21 s), and the extra runs (0.18 s CPU) are made in the child beside
its largest group (1.8 s). A mid-sized document is packed coarsely: it gains from two processes,
and each run costs the engine about 4 ms more.
A document of fewer than :data:`SPLIT_FROM` schemas is one batch (the whole, as before). The
batches run two at a time (:func:`codegen.models.engine.run_texts`), so cutting a mid-sized
document shortens the model stage too (HeyGen's 90 schemas: one run of 0.21 s CPU, or four
batches in two processes, the largest 0.15 s; each run costs the engine about 5 ms more).

A document of fewer than :data:`INTERLEAVED_FROM` schemas has its models merged in the order one
run of the whole writes them, so its output is the one it had before it was cut; a larger one
(GitHub), in the order its output has had since such documents were first batched (by their
groups' places in the document; :mod:`.merging` has both).

Each batch's document is the prepared one without ``paths``, ``webhooks`` and the top-level
extensions (``x-webhooks``: GitHub's 0.6 MB, read by no model, parsed again by every run),
which the cut only allows when no schema refers into them.

What cannot be cut or merged soundly (a ``$ref`` outside ``#/components/`` or to a component
it cannot find, a ``$id``, a statement the merge does not know, a name one batch imports and
another defines) is modelled in one run of the whole document, as before.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from codegen.errors import unescape_token
from codegen.models import ahead
from codegen.models.background import parallel
from codegen.models.engine import run_engine, run_texts
from codegen.models.handover import field_aliases
from codegen.models.merging import merge, outlines
from codegen.output.cache import Cache

__all__ = ["BIG", "FINE", "PER_BUCKET", "SPLIT_FROM", "Plan", "modelled", "plan"]

SPLIT_FROM = 48  # schemas; a document with fewer is modelled in one run
INTERLEAVED_FROM = 150  # schemas; see :func:`codegen.models.merging.merge`'s two orders
BIG = 64  # components; a group this large runs alone
PER_BUCKET = 16  # components of small groups per bucket, about (a power of two of buckets)
FINE = (32, 4)  # BIG and PER_BUCKET from INTERLEAVED_FROM schemas on
_MAX_BUCKETS = 64
_REF = re.compile(r'"#/components/((?:[^"\\]|\\.)*)"')  # a JSON string, escapes and all
_MAPPING = re.compile(r'"mapping": \{([^{}]*)\}')
_ELSEWHERE = re.compile(r'"\$ref": "(?!#/components/)')

Key = tuple[str, str]  # (section, name) of a component


@dataclass(frozen=True, slots=True)
class Plan:
    """The engine inputs (``texts``, one per batch) and where each component sits."""

    texts: list[str]
    group_of: dict[Key, int]  # component -> its group
    position: dict[Key, int]  # component -> its place in the document
    order: str  # the document's components in order (for the cache key of the merge)
    as_one_run: bool  # the merge orders the models as one run does (fewer than INTERLEAVED_FROM)


def _dumped(items: Mapping[str, Any]) -> dict[str, str]:
    """Each value's JSON text, by its key's JSON text."""
    return {json.dumps(k): json.dumps(v) for k, v in items.items()}


def _joined(pairs: Sequence[tuple[str, str]]) -> str:
    """The text ``json.dumps`` gives a dict of these (key text, value text) pairs."""
    return "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"


def _targets(text: str, known: Mapping[Key, int]) -> list[Key] | None:
    """The components one component's JSON ``text`` refers to, None for a reference the cut
    cannot follow: into ``paths`` or ``webhooks``, elsewhere than ``#/components/``, against a
    ``$id``, or to a component it cannot find (percent-encoded, say)."""
    if _ELSEWHERE.search(text) or '"$id"' in text or '"#/paths/' in text or '"#/webhooks/' in text:
        return None
    found: list[Key] = []
    for raw in _REF.findall(text):
        parts = json.loads(f'"{raw}"').split("/")
        target = (unescape_token(parts[0]), unescape_token(parts[1])) if len(parts) > 1 else None
        if target is None or target not in known:
            return None
        found.append(target)
    for inner in _MAPPING.findall(text):
        try:
            table = json.loads("{" + inner + "}")
        except ValueError:
            return None
        # a mapping value may name a schema without ``#/components/schemas/``
        found += [("schemas", v) for v in table.values() if ("schemas", v) in known]
    return found


def _buckets(small: int, per_bucket: int) -> int:
    """How many buckets the small groups go to: a power of two, so it changes rarely."""
    count = 1
    while count * 2 <= min(small // per_bucket, _MAX_BUCKETS):
        count *= 2
    return count


def plan(prepared: dict[str, Any]) -> Plan | None:
    """The batches to model ``prepared`` in, or None: model it in one run (a small document, a
    mid-sized one where the batches cannot run side by side, whose only gain they are, or a
    reference the cut cannot follow)."""
    components = prepared.get("components")
    if not isinstance(components, dict) or not all(
        isinstance(d, dict) for d in components.values()
    ):
        return None
    keys = [(s, name) for s, d in components.items() for name in d]
    schemas = len(components.get("schemas") or {})
    if schemas < SPLIT_FROM or (schemas < INTERLEAVED_FROM and not parallel()):
        return None
    texts = {s: _dumped(d) for s, d in components.items()}
    index = {k: i for i, k in enumerate(keys)}
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (section, name) in enumerate(keys):
        targets = _targets(texts[section][json.dumps(name)], index)
        if targets is None:
            return None
        for target in targets:
            parent[find(i)] = find(index[target])
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(find(i), []).append(i)
    # The engine models the schemas (and what they refer to): a group of other components only
    # (GitHub's 535 examples, 1.5 MB) makes no model, and is left out.
    groups = {r: g for r, g in groups.items() if any(keys[i][0] == "schemas" for i in g)}
    as_one_run = schemas < INTERLEAVED_FROM
    big, per_bucket = (BIG, PER_BUCKET) if as_one_run else FINE
    batches = [g for g in groups.values() if len(g) >= big]
    small = [g for g in groups.values() if len(g) < big]
    count = _buckets(sum(len(g) for g in small), per_bucket)
    buckets: dict[int, list[int]] = {}
    for g in small:
        anchor = json.dumps(keys[g[0]]).encode("utf-8")
        buckets.setdefault(zlib.crc32(anchor) % count, []).extend(g)
    batches = sorted([*batches, *(sorted(b) for b in buckets.values())], key=min)
    if len(batches) < 2:
        return None
    out: list[str] = []
    for members in batches:
        part: dict[str, list[tuple[str, str]]] = {}
        for i in members:
            section, name = keys[i]
            k = json.dumps(name)
            part.setdefault(section, []).append((k, texts[section][k]))
        inner = _joined([(json.dumps(s), _joined(p)) for s, p in part.items()])
        out.append(
            _joined(
                [
                    (json.dumps(k), inner if k == "components" else json.dumps(v))
                    for k, v in prepared.items()
                    if k not in ("paths", "webhooks") and not k.startswith("x-")
                ]
            )
        )
    group_of = {keys[i]: min(g) for g in groups.values() for i in g}
    return Plan(out, group_of, index, json.dumps(keys), as_one_run)


Output = tuple[Any, dict[str, Any]]  # the engine's module and metadata


def modelled(
    prepared: dict[str, Any],
    aliases: Mapping[str, str],
    back: Mapping[str, str],
    field_names: Mapping[str, Mapping[str, str]] | None,
    cache: Cache | None,
) -> Output:
    """The engine's module and metadata for ``prepared``: per batch and merged where the plan
    allows, else in one run. ``field_names`` (the overrides file's field renames) need a second
    run of each batch they rename a field of, with the class names of the first."""
    cut = plan(prepared)
    merged = _batched(cut, aliases, back, field_names, cache) if cut is not None else None
    if merged is not None:
        return merged
    source, meta = run_engine(prepared, dict(aliases), cache)
    if field_names:
        scoped = {**aliases, **field_aliases(meta, back, field_names)}
        source, meta = run_engine(prepared, scoped, cache)
    return source, meta


def _batched(
    cut: Plan,
    aliases: Mapping[str, str],
    back: Mapping[str, str],
    field_names: Mapping[str, Mapping[str, str]] | None,
    cache: Cache | None,
) -> Output | None:
    # Each batch is given the aliases of the names its text holds: the engine uses no other.
    own = [{k: v for k, v in aliases.items() if json.dumps(k) in text} for text in cut.texts]
    outputs = run_texts(cut.texts, own, cache)
    if field_names:
        every = [m for _, meta in outputs for m in meta.get("models", [])]
        field_aliases({"models": every}, back, field_names)  # its errors, as one run raises them
        again: list[int] = []
        for i, (_, meta) in enumerate(outputs):
            refs = {back.get(r, r) for m in meta.get("models", []) if (r := m.get("source_ref"))}
            mine = {r: t for r, t in field_names.items() if r in refs}
            if mine:
                own[i] = {**own[i], **field_aliases(meta, back, mine)}
                again.append(i)
        redone = run_texts([cut.texts[i] for i in again], [own[i] for i in again], cache)
        for i, output in zip(again, redone, strict=True):
            outputs[i] = output
    if not all(isinstance(source, str) for source, _ in outputs):
        ahead.clear()  # (what run_texts parsed ahead)
        return None
    if cache is not None:  # the merge's order follows the document's (not in the batches' keys)
        cache.note("models-merge", cut.order)
    return merge(cut, outputs, outlines([source for source, _ in outputs], cache))

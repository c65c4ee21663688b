"""The prepared document cut into parts datamodel-code-generator can model apart, and its runs'
outputs put back together as one module.

A component's model depends only on the components it refers to, so the components are cut
into *groups*, weakly connected by any reference (``$ref``, a discriminator mapping, a string
anywhere that reads ``#/components/…``, into any section: schemas, parameters, responses,
examples, headers): no group's output can depend on another's. The groups are packed into a few
*batches* (:func:`plan`), each one run of the engine, cached by its exact input
(:mod:`.engine`): a schema edit re-runs one batch, not the document (GitHub: 957 groups, one of
303 components; the whole run 4.1 s, the 303 alone 2.2 s, a bucket of small groups 0.1–0.3 s).

The packing depends on the document only, never on what is cached: groups of at least
:data:`BIG` components run alone, the others go to one of a power-of-two number of buckets by a
hash of their first component's name, so adding or removing a schema moves no other group.

:func:`merge` makes one module of the batches' outputs, a function of those outputs (and the
document's component order) only, so a run with some batches cached gives the same bytes:

- each batch's top-level statements are attributed to their groups (by the metadata's
  ``source_path``) and the groups' sequences are merged by the position of each statement's
  component in the document (a group keeps the engine's own order, which defines every class
  before its subclasses and root-model uses);
- the import lines become one set (one line per module); a name two batches import from
  different places, or one batch defines and another imports, cannot be merged;
- a class name two batches both define stays with the component schema of that name (else
  the first in the merged order), and the others are numbered as the engine numbers
  duplicates within one run (``Status1``), which :func:`codegen.ir.classnames.denumber` then
  names after the schema's place in the spec, as it does the engine's own numbers.

Each batch's document is the prepared one without ``paths``, ``webhooks`` and the top-level
extensions (``x-webhooks``: GitHub's 0.6 MB, read by no model, parsed again by every run),
which the cut only allows when no schema refers into them.

What cannot be cut or merged soundly (a schema referring into ``paths``, a ``$id``, a statement
the merge does not know) is modelled in one run of the whole document, as before.
"""

from __future__ import annotations

import ast
import heapq
import json
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from codegen.errors import unescape_token
from codegen.models import mend
from codegen.models.engine import run_engine, run_texts
from codegen.models.handover import field_aliases
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key

__all__ = ["BIG", "PER_BUCKET", "SPLIT_FROM", "Plan", "merge", "modelled", "plan"]

SPLIT_FROM = 150  # components; a document with fewer is modelled in one run
BIG = 64  # components; a group this large runs alone
PER_BUCKET = 16  # components of small groups per bucket, about (a power of two of buckets)
_MAX_BUCKETS = 16
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


def _buckets(small: int) -> int:
    """How many buckets the small groups go to: a power of two, so it changes rarely."""
    count = 1
    while count * 2 <= min(small // PER_BUCKET, _MAX_BUCKETS):
        count *= 2
    return count


def plan(prepared: dict[str, Any]) -> Plan | None:
    """The batches to model ``prepared`` in, or None: model it in one run (a small document, or
    a reference the cut cannot follow)."""
    components = prepared.get("components")
    if not isinstance(components, dict) or not all(
        isinstance(d, dict) for d in components.values()
    ):
        return None
    keys = [(s, name) for s, d in components.items() for name in d]
    if len(components.get("schemas") or {}) < SPLIT_FROM:
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
    batches = [g for g in groups.values() if len(g) >= BIG]
    small = [g for g in groups.values() if len(g) < BIG]
    count = _buckets(sum(len(g) for g in small))
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
    return Plan(out, group_of, index, json.dumps(keys))


@dataclass(slots=True)
class _Item:
    """One top-level statement of a batch's module: the model it defines, and its text."""

    batch: int
    group: int
    position: int  # its component's place in the document
    name: str
    text: str
    model: dict[str, Any]


def _defined(node: ast.stmt) -> str | None:
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        return target.id if isinstance(target, ast.Name) else None
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


class _Unmergeable(Exception):
    """Something in the batches' outputs the merge does not know how to join soundly."""


# Where one engine output's top-level statements are (lines counted from 1, as ast counts):
# {"doc": [first, last], "imports": [[module or None, level, [[name, asname], …]], …],
# "defs": [[name defined or None, first, last], …]}; a function of the output's text only,
# cached by it (:func:`outlines`), so a cached batch is not parsed again.
Outline = dict[str, Any]


def outline(source: str) -> Outline:
    """The :data:`Outline` of one engine output (``{}`` when it has no module docstring)."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return {}
    first = body[0] if body else None
    if not (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        return {}
    imports: list[Any] = []
    defs: list[Any] = []
    for node in body[1:]:
        if isinstance(node, ast.Import | ast.ImportFrom):
            module = node.module or "" if isinstance(node, ast.ImportFrom) else None
            level = node.level if isinstance(node, ast.ImportFrom) else 0
            imports.append([module, level, [[a.name, a.asname] for a in node.names]])
            continue
        start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        defs.append([_defined(node), start, node.end_lineno])
    return {"doc": [first.lineno, first.end_lineno], "imports": imports, "defs": defs}


def outlines(sources: Sequence[str], cache: Cache | None) -> list[Outline]:
    """Each source's :func:`outline`, from the cache where it has it."""
    out: list[Outline] = []
    for source in sources:
        name = cache_key("models-outline", source)
        stored = cache.get(name) if cache is not None else None
        try:
            found = json.loads(stored) if stored is not None else None
        except ValueError:
            found = None
        if not isinstance(found, dict):
            found = outline(source)
        if cache is not None:
            cache.put(name, json.dumps(found).encode("utf-8"))
        out.append(found)
    return out


@dataclass(slots=True)
class _Imports:
    """The import lines of every batch, one line per module, each name once."""

    froms: dict[tuple[str, int], list[tuple[str, str | None]]]
    plain: list[tuple[str, str | None]]  # ``import a.b as c``
    bound: dict[str, tuple[str, int, str]]  # name in the module -> where it comes from
    bound_by: dict[str, set[int]]  # name in the module -> the batches importing it

    def add(self, module: str | None, level: int, names: list[list[Any]], batch: int) -> None:
        for name, asname in names:
            if module is None:
                if (name, asname) not in self.plain:
                    self.plain.append((name, asname))
                self._bind(asname or name.split(".")[0], ("", 0, name), batch)
                continue
            known = self.froms.setdefault((module, level), [])
            if (name, asname) not in known:
                known.append((name, asname))
            self._bind(asname or name, (module, level, name), batch)

    def _bind(self, name: str, origin: tuple[str, int, str], batch: int) -> None:
        if self.bound.setdefault(name, origin) != origin:
            raise _Unmergeable(f"{name} is imported from two places")
        self.bound_by.setdefault(name, set()).add(batch)

    def lines(self) -> list[str]:
        future = self.froms.get(("__future__", 0), [])
        out = [f"from __future__ import {_names(future)}", ""] if future else []
        for (module, level), names in self.froms.items():
            if module != "__future__":
                out.append(f"from {'.' * level}{module} import {_names(names)}")
        return [*out, *(f"import {_names([pair])}" for pair in self.plain)]


def _names(names: list[tuple[str, str | None]]) -> str:
    return ", ".join(name if asname is None else f"{name} as {asname}" for name, asname in names)


def _statements(
    batch: int, source: str, shape: Outline, meta: dict[str, Any], plan: Plan, imports: _Imports
) -> tuple[str, list[_Item]]:
    """The module docstring and the statements of one batch's ``source`` (its ``shape``)."""
    if not shape:
        raise _Unmergeable("no module docstring")
    lines = source.split("\n")
    models: dict[str, dict[str, Any]] = {}
    for model in meta.get("models", []):
        if model.get("class_name") in models:
            raise _Unmergeable("two models of one name")
        models[model.get("class_name")] = model
    first, last = shape["doc"]
    doc = "\n".join(lines[first - 1 : last])
    for module, level, names in shape["imports"]:
        imports.add(module, level, names, batch)
    items: list[_Item] = []
    for name, first, last in shape["defs"]:
        model = models.pop(name, None) if name is not None else None
        path = model.get("source_path") if model is not None else None
        if model is None or not isinstance(path, list) or len(path) < 3:
            raise _Unmergeable("a statement that defines no model of the metadata")
        key = (str(path[1]), str(path[2]))
        if path[0] != "components" or key not in plan.group_of:
            raise _Unmergeable("a model of no component")
        text = "\n".join(lines[first - 1 : last])
        items.append(_Item(batch, plan.group_of[key], plan.position[key], name, text, model))
    if models:
        raise _Unmergeable("a model of the metadata without a statement")
    return doc, items


def _interleaved(items: list[_Item]) -> list[_Item]:
    """The groups' statements merged by their components' places, each group in its order."""
    sequences: dict[int, list[_Item]] = {}
    for item in items:
        sequences.setdefault(item.group, []).append(item)
    heap = [(seq[0].position, group, 0) for group, seq in sequences.items()]
    heapq.heapify(heap)
    out: list[_Item] = []
    while heap:
        _, group, i = heapq.heappop(heap)
        seq = sequences[group]
        out.append(seq[i])
        if i + 1 < len(seq):
            heapq.heappush(heap, (seq[i + 1].position, group, i + 1))
    return out


def _is_component(model: dict[str, Any]) -> bool:
    path = model.get("source_path") or []
    return len(path) == 3 and path[1] == "schemas"


def _renamed(text: str, old: str, new: str) -> str:
    """One statement's ``text`` with the class ``old`` (its definition and every name that
    refers to it, never text in strings) called ``new``."""
    if not re.search(rf"\b{re.escape(old)}\b", text):
        return text
    lines = text.split("\n")
    edits: list[mend.Edit] = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Name) and node.id == old:
            assert node.end_col_offset is not None
            edits.append((node.lineno, node.col_offset, node.end_col_offset, new))
        elif isinstance(node, ast.ClassDef) and node.name == old:
            row = lines[node.lineno - 1].encode()
            found = re.compile(rb"class\s+(\w+)").match(row, node.col_offset)
            if found is None or found.group(1).decode() != old:
                raise _Unmergeable("a class statement the merge cannot read")
            edits.append((node.lineno, found.start(1), found.end(1), new))
    mend.apply_edits(lines, edits)
    return "\n".join(lines)


def _settle_collisions(order: list[_Item], imported: set[str]) -> None:
    """Number the classes of one name that several batches define (in place): the component
    schema keeps the name (else the first), the others become ``Name1``, ``Name2``… as the
    engine numbers them within one run, each renamed in every statement of its group."""
    by_name: dict[str, list[_Item]] = {}
    for item in order:
        by_name.setdefault(item.name, []).append(item)
    taken = set(by_name) | imported
    renames: dict[int, list[tuple[str, str]]] = {}  # group -> (old, new)
    for name, defs in by_name.items():
        if len(defs) < 2:
            continue
        keeper = next((d for d in defs if _is_component(d.model)), defs[0])
        for item in defs:
            if item is keeper:
                continue
            n = 1
            while f"{name}{n}" in taken:
                n += 1
            taken.add(f"{name}{n}")
            renames.setdefault(item.group, []).append((name, f"{name}{n}"))
    for item in order:
        for old, new in renames.get(item.group, []):
            item.text = _renamed(item.text, old, new)
            if item.name == old:
                item.name = new
                item.model = {**item.model, "class_name": new}


def merge(
    plan: Plan,
    outputs: Sequence[tuple[str, dict[str, Any]]],
    shapes: Sequence[Outline] | None = None,
) -> tuple[str, dict[str, Any]] | None:
    """One module and its metadata from the batches' ``outputs`` (in the order of
    ``plan.texts``), or None when they cannot be joined soundly (see the module docstring)."""
    imports = _Imports({}, [], {}, {})
    docs: set[str] = set()
    items: list[_Item] = []
    try:
        if shapes is None:
            shapes = [outline(source) for source, _ in outputs]
        for batch, ((source, meta), shape) in enumerate(zip(outputs, shapes, strict=True)):
            doc, found = _statements(batch, source, shape, meta, plan, imports)
            docs.add(doc)
            items += found
        if len(docs) != 1:
            raise _Unmergeable("the batches' modules begin differently")
        for item in items:
            if imports.bound_by.get(item.name, {item.batch}) != {item.batch}:
                raise _Unmergeable(f"{item.name} is defined by one batch, imported by another")
        order = _interleaved(items)
        _settle_collisions(order, set(imports.bound))
    except (_Unmergeable, SyntaxError):
        return None
    body = [docs.pop(), "", *imports.lines()]
    for item in order:
        body += ["", "", item.text]
    versions = [meta.get("version") for _, meta in outputs]
    meta = {"version": versions[0], "models": [item.model for item in order]}
    return "\n".join(body), meta


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
        return None
    if cache is not None:  # the merge's order follows the document's (not in the batches' keys)
        cache.note("models-merge", cut.order)
    return merge(cut, outputs, outlines([source for source, _ in outputs], cache))

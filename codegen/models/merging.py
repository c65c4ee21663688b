"""The batches' engine outputs (:mod:`codegen.models.batches`) as one module and its metadata.

:func:`merge` makes one module of the batches' outputs, a function of those outputs (and the
document's component order) only, so a run with some batches cached gives the same bytes:

- each batch's top-level statements are attributed to their groups (by the metadata's
  ``source_path``) and the groups' sequences are merged by the position of each statement's
  component in the document (a group keeps the engine's own order, which defines every class
  before its subclasses and root-model uses); or, where the plan asks for it (``as_one_run``),
  in the order one run of the whole document writes them, rebuilt from the rounds of each
  batch's sort (:func:`_one_run`), with each import line's names sorted as that run sorts them
  (the order of the lines themselves is ruff's, whose isort rule formats every model file);
- the import lines become one set (one line per module); a name two batches import from
  different places, or one batch defines and another imports, cannot be merged;
- a class name two batches both define (in the interleaved order) stays with the component schema of that name (else
  the first in the merged order), and the others are numbered as the engine numbers
  duplicates within one run (``Status1``), which :func:`codegen.ir.classnames.denumber` then
  names after the schema's place in the spec, as it does the engine's own numbers.

Anything else (a statement the merge does not know, a name two batches import from different
places) makes :func:`merge` return None: the caller then models the document in one run.
"""

from __future__ import annotations

import ast
import functools
import heapq
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from codegen.errors import unescape_token
from codegen.models import ahead, mend
from codegen.models.engine import SORT
from codegen.models.split import defined
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key

__all__ = ["Outline", "Placed", "merge", "outline", "outlines"]


class Placed(Protocol):
    """Where each component sits: its group and its place in the document."""

    @property
    def group_of(self) -> Mapping[tuple[str, str], int]: ...

    @property
    def position(self) -> Mapping[tuple[str, str], int]: ...

    @property
    def as_one_run(self) -> bool: ...


@dataclass(slots=True)
class _Item:
    """One top-level statement of a batch's module: the model it defines, and its text."""

    batch: int
    group: int
    position: int  # its component's place in the document
    name: str
    text: str
    model: dict[str, Any]
    index: int = -1  # its place among the batch's statements that are no import
    first: int = 0  # its first line in the batch's module
    plain: bool = True  # its text as the batch wrote it (no class renamed in it)


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
        body = ahead.body(source)  # (parsed once for the merge too: :mod:`.ahead`)
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
        defs.append([defined(node), start, node.end_lineno])
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

    def lines(self, *, sort: bool = False) -> list[str]:
        """The import lines; ``sort``: each line's names sorted, as one engine run writes them."""
        future = self.froms.get(("__future__", 0), [])
        out = [f"from __future__ import {_names(future)}", ""] if future else []
        for (module, level), names in self.froms.items():
            if module != "__future__":
                listed = sorted(names, key=lambda pair: pair[0]) if sort else names
                out.append(f"from {'.' * level}{module} import {_names(listed)}")
        return [*out, *(f"import {_names([pair])}" for pair in self.plain)]


def _names(names: list[tuple[str, str | None]]) -> str:
    return ", ".join(name if asname is None else f"{name} as {asname}" for name, asname in names)


def _statements(
    batch: int, source: str, shape: Outline, meta: dict[str, Any], plan: Placed, imports: _Imports
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
    for index, (name, first, last) in enumerate(shape["defs"]):
        model = models.pop(name, None) if name is not None else None
        path = model.get("source_path") if model is not None else None
        if model is None or not isinstance(path, list) or len(path) < 3:
            raise _Unmergeable("a statement that defines no model of the metadata")
        key = (str(path[1]), str(path[2]))
        if path[0] != "components" or key not in plan.group_of:
            raise _Unmergeable("a model of no component")
        text = "\n".join(lines[first - 1 : last])
        group, position = plan.group_of[key], plan.position[key]
        items.append(_Item(batch, group, position, name, text, model, index, first))
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


def _component(path: str) -> tuple[str, str] | None:
    """The component a reference path of the engine's lies in (``#/components/schemas/A/…``)."""
    if not path.startswith("#/components/"):
        return None
    parts = path[len("#/components/") :].split("#")[0].split("/")
    return (unescape_token(parts[0]), unescape_token(parts[1])) if len(parts) > 1 else None


def _one_run(items: list[_Item], metas: Sequence[dict[str, Any]], plan: Placed) -> list[_Item]:
    """The statements in the order one engine run of the whole document writes them.

    The engine sorts its models in rounds: each round takes, in the order the models were made,
    every model whose references are all defined, and leaves the others to the next
    (:func:`codegen.models.engine._sorting` records each model's round). A model's round
    depends only on what it refers to, transitively (its group, all in one batch), and on the
    order they were made in, the document's, which a batch keeps: so each has the round its
    batch gave it, and one run writes the models by round, then by the order they were made in
    (the document's place of their component, then the batch's order). Checked on each batch:
    it made its models in the document's order and wrote them in this order; anything else
    (a cycle, which the engine orders otherwise) is :class:`_Unmergeable`."""
    made: dict[tuple[int, str], tuple[int, int]] = {}  # (batch, class) -> (round, rank made)
    for batch, meta in enumerate(metas):
        recorded = meta.get(SORT)
        if not isinstance(recorded, list):
            raise _Unmergeable("a batch without its sort")
        last = -1
        for rank, (name, path, number) in enumerate(recorded):
            component = _component(path)
            if component is None or component not in plan.position:
                raise _Unmergeable("a model of no component")
            if plan.position[component] < last or (batch, name) in made:
                raise _Unmergeable("models made out of the document's order, or named twice")
            last = plan.position[component]
            made[(batch, name)] = (number, rank)
    if len({item.name for item in items}) != len(items) or any(
        (item.batch, item.name) not in made for item in items
    ):
        raise _Unmergeable("a class name several batches define, or one the sort did not see")

    def key(item: _Item) -> tuple[int, int, int]:
        number, rank = made[(item.batch, item.name)]
        return number, item.position, rank

    order = sorted(items, key=key)
    for batch in range(len(metas)):
        if [i for i in order if i.batch == batch] != [i for i in items if i.batch == batch]:
            raise _Unmergeable("a batch not written in the order of its sort")
    return order


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
            text = _renamed(item.text, old, new)
            item.plain = item.plain and text is item.text
            item.text = text
            if item.name == old:
                item.name = new
                item.model = {**item.model, "class_name": new}


def merge(
    plan: Placed,
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
        if plan.as_one_run:
            order = _one_run(items, [meta for _, meta in outputs], plan)
        else:
            order = _interleaved(items)
            _settle_collisions(order, set(imports.bound))
    except (_Unmergeable, SyntaxError):
        ahead.clear()
        return None
    header = "\n".join([docs.pop(), "", *imports.lines(sort=plan.as_one_run)])
    text = "\n\n\n".join([header, *(item.text for item in order)])
    _offer(text, header, order, [source for source, _ in outputs])
    ahead.clear()
    versions = [meta.get("version") for _, meta in outputs]
    meta = {"version": versions[0], "models": [item.model for item in order]}
    return text, meta


def _offer(text: str, header: str, order: list[_Item], sources: list[str]) -> None:
    """Offer the rewrite the merged module's tree (:func:`.ahead.offer`), made when it asks."""
    bodies = {b: ahead.parsed(sources[b]) for b in {item.batch for item in order if item.plain}}
    ahead.offer(text, functools.partial(_tree, header, order, sources, bodies))


def _tree(
    header: str,
    order: list[_Item],
    sources: list[str],
    bodies: dict[int, list[ast.stmt] | None],
) -> ahead.Offered | None:
    """The header parsed, then each statement the node its batch's parse made (those parsed
    ahead in ``bodies``, the others now), its lines and its decorators' moved to its place in
    the merged module; None when a statement does not fit."""
    try:
        top = ast.parse(header).body
    except SyntaxError:
        return None
    owned: dict[int, list[ast.stmt]] = {}
    below: dict[int, int] = {}
    last = header.count("\n") + 1  # the last line so far
    for item in order:
        start = last + 3  # (two empty lines between statements)
        if item.plain:
            if item.batch not in owned:
                statements = bodies.get(item.batch) or ast.parse(sources[item.batch]).body
                owned[item.batch] = [  # (the docstring first)
                    n for n in statements[1:] if not isinstance(n, ast.Import | ast.ImportFrom)
                ]
            nodes, first = owned[item.batch][item.index : item.index + 1], item.first
        else:  # a class renamed in it: parsed on its own
            nodes, first = ast.parse(item.text).body, 1
        if len(nodes) != 1:
            return None
        node = nodes[0]
        decorators = getattr(node, "decorator_list", [])
        if min([node.lineno, *(d.lineno for d in decorators)]) != first:
            return None
        if start != first and node.end_lineno is not None:
            node.lineno += start - first
            node.end_lineno += start - first
            for decorator in decorators:
                ast.increment_lineno(decorator, start - first)
            below[id(node)] = start - first
        top.append(node)
        last = start + item.text.count("\n")
    return ast.Module(body=top, type_ignores=[]), below

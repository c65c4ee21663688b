"""The model module's share of the package: its ``models/`` modules and its entries in ``api.md``.

Apart from :mod:`codegen.render.package` so that the model stage's process, which cuts its own
source (:mod:`codegen.models.background`), does not import Jinja and the views to do it.

What the cut and ``api.md`` read of each top-level statement (the names it uses, its entry) is
kept in the cache by the statement's own text (:class:`_Statements`): a schema edit changes a
few statements of GitHub's 1,395, and walking the others again was 0.2 s of its run. The
module and its parts are cached whole too (:func:`pack_parts`), by the pipeline.
"""

from __future__ import annotations

import ast
import json
import marshal
from typing import Any

from codegen.models.collector import paused
from codegen.models.rewrite import parsed, statement_keys
from codegen.models.split import SPLIT_ABOVE, class_count, names_used, split_models
from codegen.output.cache import Cache
from codegen.render.apidoc import ModelDoc, model_doc, model_docs

__all__ = [
    "HEADER",
    "STATEMENTS",
    "ModelParts",
    "model_files",
    "model_parts",
    "pack_parts",
    "plain_docs",
    "unpack_parts",
]

HEADER = (
    "# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.\n"
)

ModelParts = tuple[dict[str, str] | None, tuple[ModelDoc, ...]]

STATEMENTS = "facts-statements"  # the cache entry of :class:`_Statements`


class _Statements:
    """The facts of each top-level statement, memoized by the statement's text: the statement
    alone on its lines (no other shares one), those lines as they read; its parsed form, and so
    the facts, follow from that text alone. A statement sharing a line is not memoized."""

    def __init__(self, source: str, tree: ast.Module, cache: Cache | None) -> None:
        self.cache = cache
        self.stored: dict[str, Any] = cache.table(STATEMENTS) if cache is not None else {}
        self.kept: dict[str, dict[str, Any]] = {}
        self.keys: dict[int, str] = {}  # id of the statement's node -> its key
        if cache is not None:
            self.keys = statement_keys(STATEMENTS, source, source.split("\n"), tree)

    def _fact(self, node: ast.stmt, fact: str) -> Any:
        key = self.keys.get(id(node))
        entry = self.stored.get(key) if key is not None else None
        return entry.get(fact) if isinstance(entry, dict) else None

    def _keep(self, node: ast.stmt, fact: str, value: Any) -> None:
        key = self.keys.get(id(node))
        if key is not None:
            self.kept.setdefault(key, {})[fact] = value

    def used(self, node: ast.stmt) -> set[str]:
        found = self._fact(node, "used")
        if not (isinstance(found, list) and all(isinstance(n, str) for n in found)):
            found = sorted(names_used(node))
        self._keep(node, "used", found)
        return set(found)

    def doc(self, node: ast.ClassDef) -> ModelDoc:
        found = self._fact(node, "doc")
        made = _unpack_doc(found)
        if made is None:
            made = model_doc(node)
            found = [made.name, made.bases, list(made.fields)]
        self._keep(node, "doc", found)
        return made

    def save(self) -> None:
        if self.cache is not None:
            self.cache.put(STATEMENTS, json.dumps(self.kept, ensure_ascii=False).encode("utf-8"))


def _unpack_doc(found: Any) -> ModelDoc | None:
    if not (isinstance(found, list) and len(found) == 3):
        return None
    name, bases, fields = found
    if not (isinstance(name, str) and isinstance(bases, str) and isinstance(fields, list)):
        return None
    if not all(isinstance(f, str) for f in fields):
        return None
    return ModelDoc(name, bases, tuple(fields))


def model_parts(
    source: str, layout: str, cache: Cache | None = None, spent: list[object] | None = None
) -> ModelParts:
    """What the package needs of the model module ``source``: its ``models/`` modules (None
    for a single ``models.py``: ``layout`` "module", or "auto" up to
    :data:`~codegen.models.split.SPLIT_ABOVE` classes) and the models for ``api.md``. The
    module is parsed once, by the model rewrite (:func:`codegen.models.rewrite.parsed`);
    each statement's facts come from ``cache`` when it has them (:class:`_Statements`).
    The parsed module goes into ``spent`` when given, freed with it (the model process, which
    ends without freeing it, would spend 0.02 s on GitHub's before sending its results)."""
    with paused():
        tree = parsed(source)  # (the tree the model rewrite kept, when it could)
        if spent is not None:
            spent.append(tree)
        facts = _Statements(source, tree, cache)
        split = None
        if layout == "package" or (layout == "auto" and class_count(tree) > SPLIT_ABOVE):
            split = split_models(source, tree, facts.used)
        docs = model_docs(tree, facts.doc)
        facts.save()
        return split, docs


def model_files(package: str, source: str, split: dict[str, str] | None) -> dict[str, str]:
    """The model files of ``package``: ``models/`` modules when ``split`` (from
    :func:`model_parts`), else one ``models.py`` holding ``source``."""
    if split is not None:
        return {f"{package}/models/{name}": HEADER + text for name, text in split.items()}
    return {f"{package}/models.py": HEADER + source}


_PACKED = "codegen parts 1"  # the format of :func:`pack_parts`


def plain_docs(docs: tuple[ModelDoc, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """The ``api.md`` entries as built-in values (for ``marshal`` and the pipe): a renamed
    class's name is an Identifier, which ``marshal`` does not take, and pickling GitHub's 1,400
    ModelDoc objects took twice as long as these tuples."""
    return [(str(d.name), d.bases, d.fields) for d in docs]


def pack_parts(text: str, parts: ModelParts) -> bytes:
    """The model module ``text`` and its parts (:func:`model_parts`) as bytes, for the cache:
    ``marshal`` of built-in values (GitHub's 2.7 MB in 0.01 s each way, where JSON took 0.07 s
    to write)."""
    split, docs = parts
    return marshal.dumps((_PACKED, text, split, plain_docs(docs)))


def unpack_parts(payload: bytes | None) -> tuple[str, ModelParts] | None:
    """The text and parts of :func:`pack_parts`, or None for anything else."""
    if payload is None:
        return None
    try:
        table = marshal.loads(payload)
        if not (isinstance(table, tuple) and len(table) == 4 and table[0] == _PACKED):
            return None
        _, text, split, docs = table
        if split is not None and not isinstance(split, dict):
            return None
        if not all(isinstance(d, tuple) and isinstance(d[2], tuple) for d in docs):
            return None
        found = tuple(ModelDoc(n, b, f) for n, b, f in docs)
        strings = [text, *(split or {}), *(split or {}).values()]
        strings += [x for d in found for x in (d.name, d.bases, *d.fields)]
    except (ValueError, TypeError, EOFError, IndexError):
        return None
    if not all(isinstance(x, str) for x in strings):
        return None
    return text, (split, found)

"""The engine's outputs parsed once per run, and the merged module's tree made from them.

A batch's output is parsed for its outline (:func:`codegen.models.merging.outline`, when that is
not cached), its statements become the merged module's (:func:`codegen.models.merging.merge`),
and the rewrite walks that module (:func:`codegen.models.rewrite.rewrite`): one parse each
before. Now each output is parsed once (:func:`body`), where the model process would wait
anyway when it can (while another process runs a batch: :func:`codegen.models.engine.run_texts`;
GitHub's schema edit waited 0.11 s for its one batch, then parsed the 2.5 MB module for 0.13 s),
and the merge offers the rewrite a tree of the merged module made of those statements
(:func:`offer`, :func:`taken`), each moved to its lines there.

Everything is held by the very text (``is``, never equality) and handed out for that text only.
"""

from __future__ import annotations

import ast
import contextlib
from collections.abc import Iterable

__all__ = ["Offered", "body", "clear", "offer", "own", "parse", "settle", "taken"]

# id of an output's text -> (that text, its statements), until :func:`clear`
_BODIES: dict[int, tuple[str, list[ast.stmt]]] = {}
# The merged module's tree, by its text; the statements whose inner nodes are not yet moved to
# their lines there, by id, with how many lines (:func:`settle`). At most one: it is large.
Offered = tuple[ast.Module, dict[int, int]]
_OFFERED: list[tuple[str, Offered]] = []


def parse(sources: Iterable[str]) -> None:
    """Parse these outputs now (the caller has nothing else to do), for :func:`body`."""
    for source in sources:
        with contextlib.suppress(SyntaxError):  # (raised again where it is read)
            body(source)


def body(source: str) -> list[ast.stmt]:
    """The statements of ``source`` (parsed now, or before by :func:`parse` or :func:`body`):
    shared, so read them and do not change them (:func:`offer` takes them over)."""
    found = _BODIES.get(id(source))
    if found is not None and found[0] is source:
        return found[1]
    statements = ast.parse(source).body
    _BODIES[id(source)] = (source, statements)
    return statements


def own(source: str) -> list[ast.stmt]:
    """The statements of ``source`` for the caller to change: :func:`body`'s, no longer shared."""
    statements = body(source)
    del _BODIES[id(source)]
    return statements


def clear() -> None:
    """Forget the outputs' statements (the merge is done)."""
    _BODIES.clear()


def offer(text: str, tree: ast.Module, pending: dict[int, int]) -> None:
    """``tree`` is ``text`` parsed, but that the inner nodes of the statements in ``pending``
    (by id) are that many lines above their place (their own lines and their decorators' are
    right)."""
    _OFFERED[:] = [(text, (tree, pending))]


def taken(text: str) -> Offered | None:
    """What :func:`offer` offered for this very ``text`` (once), or None."""
    if _OFFERED and _OFFERED[0][0] is text:
        return _OFFERED.pop()[1]
    _OFFERED.clear()
    return None


def settle(stmt: ast.stmt, pending: dict[int, int]) -> None:
    """Move the inner nodes of ``stmt`` to their lines (before they are read)."""
    shift = pending.pop(id(stmt), 0)
    if shift:
        decorators = {id(d) for d in getattr(stmt, "decorator_list", [])}
        for child in ast.iter_child_nodes(stmt):
            if id(child) not in decorators:
                ast.increment_lineno(child, shift)

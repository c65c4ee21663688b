"""The engine's outputs parsed once per run, and the merged module's tree made from them.

A batch's output is parsed for its outline (:func:`codegen.models.merging.outline`, when that is
not cached), its statements become the merged module's (:func:`codegen.models.merging.merge`),
and the rewrite walks that module (:func:`codegen.models.rewrite.rewrite`): one parse each
before. Now each output is parsed once (:func:`body`), as far as it can be while the model
process would wait anyway (while another process runs a batch, until it is done:
:func:`codegen.models.engine.run_texts`; GitHub's schema edit waited 0.11 s for its one batch,
then parsed the 2.5 MB module for 0.13 s), and the merge offers the rewrite a tree of the
merged module made of those statements when it asks (:func:`offer`, :func:`taken`: after the
draft is sent), each statement's lines (not its inner nodes') moved to its place there.

Everything is held by the very text (``is``, never equality) and handed out for that text only.
"""

from __future__ import annotations

import ast
import contextlib
from collections.abc import Callable, Iterable

__all__ = ["Offered", "body", "clear", "offer", "parse", "parsed", "taken"]

# id of an output's text -> (that text, its statements), until :func:`clear`
_BODIES: dict[int, tuple[str, list[ast.stmt]]] = {}
# The merged module's tree (made when taken) and how many lines above their place the inner
# nodes of each moved statement are (by the statement's id), by the module's text. At most one.
Offered = tuple[ast.Module, dict[int, int]]
_OFFERED: list[tuple[str, Callable[[], Offered | None]]] = []


def parse(sources: Iterable[str], until: Callable[[], bool]) -> None:
    """Parse these outputs now, one by one until ``until()`` (the caller has nothing else to
    do until then), for :func:`body` and :func:`parsed`."""
    for source in sources:
        if until():
            return
        with contextlib.suppress(SyntaxError):  # (raised again where it is read)
            body(source)


def body(source: str) -> list[ast.stmt]:
    """The statements of ``source`` (parsed now, or before by :func:`parse` or :func:`body`):
    shared until :func:`clear`, so read them and do not change them."""
    found = parsed(source)
    if found is not None:
        return found
    statements = ast.parse(source).body
    _BODIES[id(source)] = (source, statements)
    return statements


def parsed(source: str) -> list[ast.stmt] | None:
    """:func:`body`, if ``source`` has been parsed; else None."""
    found = _BODIES.get(id(source))
    return found[1] if found is not None and found[0] is source else None


def clear() -> None:
    """Forget the outputs' statements (the merge is done)."""
    _BODIES.clear()


def offer(text: str, make: Callable[[], Offered | None]) -> None:
    """``make()`` (called by :func:`taken`, once) gives ``text`` parsed, or None; but that the
    inner nodes of each statement in its second part (by id) are that many lines above their
    place: its own lines and its decorators' are right, all that the passes after the rewrite
    read (moving every node of GitHub's 460 statements the rewrite walks took 0.045 s; the
    rewrite adds the lines to its edits instead)."""
    _OFFERED[:] = [(text, make)]


def taken(text: str) -> Offered | None:
    """What :func:`offer` offered for this very ``text`` (once), or None."""
    if _OFFERED and _OFFERED[0][0] is text:
        return _OFFERED.pop()[1]()
    _OFFERED.clear()
    return None

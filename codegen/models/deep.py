"""Room for deeply nested schemas in code that recurses: ours is iterative where it matters,
but datamodel-code-generator (and ``json``, ``ast``, ``copy``) recurse once per nesting level.

:func:`run_deep` runs a function in a thread with a large stack and a raised recursion limit, so
a schema nested a few hundred levels deep (objects of objects, arrays of arrays, allOf chains)
generates instead of failing with ``RecursionError``. The limit is restored afterwards.
:func:`cap_inline_nesting` types what one Python annotation cannot spell as ``Any``.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from codegen.errors import Diagnostics, pointer
from codegen.spec import schemawalk

T = TypeVar("T")

RECURSION_LIMIT = 100_000  # frames; a nesting level costs the library about a dozen
STACK_BYTES = 1024 * 1024 * 1024  # reserved address space, only touched as deep as it is used

_lock = threading.Lock()


def run_deep(fn: Callable[[], T]) -> T:
    """``fn()`` with room to recurse; its exception, if any, is raised here."""
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # handed to the caller unchanged
            error.append(exc)

    with _lock:
        old_limit = sys.getrecursionlimit()
        old_stack = threading.stack_size()
        try:
            threading.stack_size(STACK_BYTES)
            sys.setrecursionlimit(max(old_limit, RECURSION_LIMIT))
            worker = threading.Thread(target=target, name="codegen-deep")
            worker.start()
        finally:
            threading.stack_size(old_stack)
        try:
            worker.join()
        finally:
            sys.setrecursionlimit(old_limit)
    if error:
        raise error[0]
    return result[0]


# Python's parser allows 200 nested brackets; an annotation nests one or two per level of
# arrays, maps and unions (a property or a named schema starts a new class, and a new count).
_INLINE_NESTING = frozenset({"items", "additionalProperties", "anyOf", "oneOf"})
_MAX_INLINE_NESTING = 40


def cap_inline_nesting(prepared: dict[str, Any], diags: Diagnostics | None) -> None:
    """Arrays of arrays (or maps of maps) nested past what one Python annotation can spell are
    typed ``Any`` from that depth on, with a warning; the values still parse, unchecked."""
    for path, node in schemawalk.walk(prepared):
        run = 0
        for token in reversed(path):
            if isinstance(token, int):
                continue
            if token not in _INLINE_NESTING:
                break
            run += 1
        if run > _MAX_INLINE_NESTING and node:
            node.clear()
            if diags is not None:
                diags.warn(
                    f"schemas nested more than {_MAX_INLINE_NESTING} deep inside one type",
                    pointer(*path),
                    "typed the deeper levels as Any (one Python annotation cannot nest further)",
                )

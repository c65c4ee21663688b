"""Room for deeply nested schemas in code that recurses: ours is iterative where it matters,
but datamodel-code-generator (and ``json``, ``ast``, ``copy``) recurse once per nesting level.

:func:`run_deep` runs a function in a thread with a large stack and a raised recursion limit, so
a schema nested a few hundred levels deep (objects of objects, arrays of arrays, allOf chains)
generates instead of failing with ``RecursionError``. The limit is restored afterwards.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

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

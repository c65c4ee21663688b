"""Python's cycle collector, paused over stretches that make many objects and no cycles.

A stretch's survivors are young when it ends, so the next collection walks them all (GitHub's
parsed model module after the rewrite: a 58 ms "youngest generation" collection in the model
process, 0.13 s of collections in all on a schema edit). Where the survivors may leave the
collector's generations (after :func:`freeze`: in the model stage's process, which ends after
its task; in the main process while :func:`codegen.pipeline.generate` runs, thawed after), a
stretch freezes them as it ends instead.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["freeze", "paused", "resumed", "thaw"]

_FREEZING: list[bool] = []  # whether :func:`freeze` froze the heap (and paused stretches freeze)


def freeze() -> None:
    """Every object alive leaves the collector's generations, and from now on each paused
    stretch's survivors do as they end, until :func:`thaw` (a forked child keeps this state:
    it ends without thawing). Not when something else in this process froze objects (they
    stay as they are). Frozen without a collection first: the caller makes no cycles before
    (on GitHub's document that collection found no garbage in 0.02-0.08 s)."""
    if gc.get_freeze_count() == 0 and not _FREEZING:
        gc.freeze()
        _FREEZING.append(True)


def thaw() -> None:
    """What :func:`freeze` and the paused stretches since froze is the collector's again."""
    if _FREEZING:
        _FREEZING.clear()
        gc.unfreeze()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for a stretch that allocates many objects and makes no cycles (a
    parsed model module, the IR, the views): each collection walks every object alive, the
    whole spec included, and the ``ast`` passes over GitHub's models spent more time in them
    than in parsing (rewrite, mend and split 1.67 s → 0.54 s with it off). Garbage without
    cycles is freed as usual; any with cycles waits for the next collection."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if _FREEZING:
            gc.freeze()
        gc.enable()


@contextlib.contextmanager
def resumed() -> Iterator[None]:
    """The collector on, inside a paused stretch, for code that makes cycles (the model
    generator, whose garbage would otherwise pile up over GitHub's largest batch)."""
    if gc.isenabled():
        yield
        return
    gc.enable()
    try:
        yield
    finally:
        gc.disable()

"""The lint step's warnings per unit (a path item, a webhook, a component), kept for the next run.

A unit's warnings depend on the unit, on every unit its `$ref`s reach (a `required` name defined
in an ``allOf`` member elsewhere, an example checked against a referenced schema) and on the
document's dialect, and on nothing else: :func:`codegen.spec.closures.closures` gives the digest
of all of it, and a unit whose key (that digest, its place and the dialect, salted like every
key of :mod:`codegen.output.cache`) the previous run recorded is not linted again: its warnings
are replayed, in the place of the walk where it stands, so the run records what a fresh one
does, in the same order. The lint step keeps no state between units that could change a
warning (its property sets are complete whatever was asked before).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from codegen.errors import Warning_
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.spec import units
from codegen.spec.closures import closures

__all__ = ["UnitWarnings", "holds_units"]

_TABLE = "lint-units"


def holds_units(path: list[str | int]) -> bool:
    """Whether the object at ``path`` is a map of units (:mod:`codegen.spec.units`)."""
    if len(path) == 1:
        return path[0] in ("paths", "webhooks")
    return len(path) == 2 and path[0] == "components" and path[1] in units.UNIT_MAPS


class UnitWarnings:
    """The recorded warnings of one run's units; without a ``cache`` it records nothing."""

    def __init__(self, document: dict[str, Any], is31: bool, cache: Cache | None) -> None:
        self.cache = cache
        self.index = units.index(cache)
        self.keys: dict[tuple[Any, ...], str] = {}
        self.stored: dict[str, Any] = {}
        self.kept: dict[str, Any] = {}
        if cache is not None:
            base = cache_key(_TABLE, "3.1" if is31 else "3.0")
            for pos, digest in closures(document, self.index).items():
                text = f"{base}\0{pos!r}\0{digest}".encode("utf-8", "surrogatepass")
                self.keys[pos] = hashlib.sha256(text).hexdigest()
            self.stored = cache.table(_TABLE)

    def replay(self, path: list[str | int]) -> tuple[list[Warning_], list[str]] | None:
        """The warnings and value verdicts (their names) recorded for the unit at ``path``."""
        key = self.keys.get(tuple(path))
        found = _unpack(self.stored.get(key)) if key is not None else None
        if found is not None and key is not None:
            self.kept[key] = self.stored[key]
        return found

    def record(self, path: list[str | int], warnings: list[Warning_], verdicts: list[str]) -> None:
        key = self.keys.get(tuple(path))
        if key is not None:
            shown = [[w.message, w.pointer, w.did, w.hint] for w in warnings]
            self.kept[key] = [shown, sorted(set(verdicts))]

    def save(self) -> None:
        """Put this run's units (and the units' facts, :mod:`codegen.spec.units`) into the
        cache."""
        if self.cache is not None:
            payload = json.dumps(self.kept, ensure_ascii=False)  # (in the order of the walk)
            self.cache.put(_TABLE, payload.encode("utf-8"))
        self.index.save()


def _unpack(entry: Any) -> tuple[list[Warning_], list[str]] | None:
    """The warnings and verdict names of a stored unit, or None for anything else."""
    if not (isinstance(entry, list) and len(entry) == 2):
        return None
    shown, names = entry
    if not (isinstance(shown, list) and isinstance(names, list)):
        return None
    if not all(isinstance(w, list) and len(w) == 4 for w in shown):
        return None
    if not all(isinstance(x, str) for x in [*names, *(x for w in shown for x in w)]):
        return None
    return [Warning_(*w) for w in shown], names

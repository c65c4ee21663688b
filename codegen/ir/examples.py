"""Usage examples as a small value tree: what a docstring example shows, without code strings.

Built by :mod:`codegen.build.examples`, turned into Python source by :mod:`codegen.render.examples`.
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen.ir.evolve import unguarded_reprs

Scalar = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Value:
    """A JSON scalar, printed with ``repr``."""

    value: Scalar


@dataclass(frozen=True, slots=True)
class Expr:
    """A fixed expression of the generator's own (``b"..."``, ``datetime.datetime(...)``)."""

    kind: str


@dataclass(frozen=True, slots=True)
class Call:
    """``Class(positional)`` or ``Class(name=value, ...)``."""

    cls: str
    args: tuple[Example, ...] = ()
    kwargs: tuple[tuple[str, Example], ...] = ()


@dataclass(frozen=True, slots=True)
class ListValue:
    items: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class DictValue:
    items: tuple[tuple[str, Example], ...]


Example = Value | Expr | Call | ListValue | DictValue

unguarded_reprs(globals())  # (the render cache's keys: see there)

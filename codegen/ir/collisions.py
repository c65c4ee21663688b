"""Collisions of parameter and body-field names within one operation, resolved by one rule.

Several wire names of one operation may want one Python keyword argument (a path and a query
``id``; ``user-id`` and ``user_id``; ``café`` and ``cafe``). :func:`resolve` gives each a distinct
name, deterministically and never with a number, and returns every :class:`Clash` so the caller
can warn with both spec pointers and the override that picks other names. The spellings it chooses
from are made in :mod:`codegen.ir.naming`; the rule itself is the README's "Names".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from codegen.errors import CodegenError
from codegen.ir import naming
from codegen.ir.naming import Identifier


@dataclass(frozen=True, slots=True)
class Named:
    """One wire name that wants a Python name among others of the same scope.

    ``key``: what the overrides file calls it (``"path.username"``); ``where``: the word that
    tells it from a namesake in another place (``path``, ``query``, ``body``…); ``rank``: lower
    keeps the plain name when several want it; ``fixed``: the overrides file's choice."""

    key: str
    wire: str
    where: str
    pointer: str
    rank: int = 0
    fixed: Identifier | None = None


@dataclass(frozen=True, slots=True)
class Clash:
    """``loser`` wanted ``wanted``, which ``holder`` keeps; ``loser`` got ``given`` instead."""

    loser: Named
    holder: Named
    wanted: Identifier
    given: Identifier


def _spelling_rank(item: Named, preferred: Identifier) -> tuple[int, int, str]:
    exact = item.wire in (preferred, preferred.rstrip("_"))
    return (item.rank, 0 if exact else 1 if item.wire.isascii() else 2, item.wire)


def resolve(
    items: Iterable[Named], *, taken: Iterable[str] = (), what: str = "argument"
) -> tuple[dict[str, Identifier], list[Clash]]:
    """Distinct keyword-argument names for ``items`` (``key`` → name), and each clash resolved.

    The rule, in order: an override's name is used as given; every other item wants
    :func:`param_name` of its wire name. Of the items wanting one name the lowest ``rank`` (then
    the wire name spelled exactly like the Python name, then ASCII, then the wire name's code
    points) keeps it; each of the others takes the first free name of: the name with its
    ``where`` word appended (``username_path``), the wire name itself when it is a plain
    identifier (``userId``), the wire name :func:`spelled` out (``start_time_lt``), and that with
    the ``where`` word. Never a number. Names in ``taken`` are never given. When nothing is free
    the error names the override to write.
    """
    items = list(items)
    used: dict[str, Named | None] = dict.fromkeys(taken)
    names: dict[str, Identifier] = {}
    for item in items:
        if item.fixed is None:
            continue
        if item.fixed in used:
            other = used[item.fixed]
            raise CodegenError(
                f"the overrides file names {item.key!r} {item.fixed!r}, which "
                + (f"{other.key!r} is called too" if other else "the method itself uses"),
                pointer=item.pointer,
                hint="Pick another name in the overrides file.",
            )
        used[item.fixed] = item
        names[item.key] = item.fixed
    groups: dict[Identifier, list[Named]] = {}
    for item in items:
        if item.fixed is None:
            groups.setdefault(naming.param_name(item.wire), []).append(item)
    losers: list[tuple[Named, Identifier]] = []
    for preferred, members in groups.items():
        if len(members) > 1:
            members.sort(key=lambda m: _spelling_rank(m, preferred))
        first, rest = members[0], members[1:]
        if preferred in used:
            rest = members
        else:
            used[preferred] = first
            names[first.key] = preferred
        losers += [(m, preferred) for m in rest]
    clashes = []
    for item, preferred in losers:
        holder = used[preferred]
        options = (
            [naming.suffixed(preferred, item.where)]
            if holder is None or holder.where != item.where
            else []
        )
        verbatim = naming.verbatim(item.wire)
        if verbatim is not None:
            options.append(verbatim)
        plain = naming.reserved_safe(naming.spelled(item.wire))
        options += [plain, naming.reserved_safe(naming.suffixed(plain, item.where))]
        given = next((o for o in options if o not in used), None)
        if given is None:
            raise CodegenError(
                f"{what} {item.wire!r} ({item.key}) has no free Python name: "
                f"{', '.join(dict.fromkeys(options))} are all taken",
                pointer=item.pointer,
                hint=f'Name it in the overrides file: "{item.key}" = "..."',
            )
        used[given] = item
        names[item.key] = given
        clashes.append(Clash(item, holder or item, preferred, given))
    return names, clashes

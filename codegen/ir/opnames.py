"""Method names for operations: short where unambiguous, stable once published.

Candidates per operation, most preferred first: the verb alone when the rest of the operationId
names the resource (``listVideosV3`` in ``videos`` → ``list``), the operationId without its version
suffix (``list_videos``), then with it (``list_videos_v3``). Names already published (recorded in
the previous output's manifest) are kept, so adding an operation never renames another one; new
operations take their first candidate that clashes with nothing. A clash no candidate resolves is
an error that asks for an override.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from codegen.errors import CodegenError
from codegen.ir import naming
from codegen.ir.naming import Identifier


@dataclass(frozen=True, slots=True)
class Wanted:
    key: str  # METHOD /path
    resource: Identifier
    operation_id: str
    pointer: str
    fixed: Identifier | None = None  # from the overrides file


def _plural_forms(words: list[str]) -> set[tuple[str, ...]]:
    if not words:
        return set()
    last = words[-1]
    forms = {last, last.rstrip("s") if last.endswith("s") else last + "s"}
    return {(*words[:-1], form) for form in forms}


def _version(operation_id: str) -> int:
    parts = naming.words(operation_id)
    last = parts[-1] if parts else ""
    return int(last[1:]) if len(parts) > 1 and last[:1] == "v" and last[1:].isdigit() else 0


def candidates(
    operation_id: str, resource: Identifier, *, short: bool = True
) -> tuple[Identifier, ...]:
    """The names ``operation_id`` may take in ``resource``, most preferred first. Module-level
    functions (``short=False``) never take the bare verb, which could shadow a builtin."""
    long = naming.snake(operation_id, drop_version=True)
    versioned = naming.snake(operation_id)
    parts = naming.words(operation_id)
    if len(parts) > 1 and parts[-1][:1] == "v" and parts[-1][1:].isdigit():
        parts = parts[:-1]
    out: list[Identifier] = []
    res_words = naming.words(resource)
    forms = _plural_forms(res_words)
    if short:
        n = len(res_words)
        if len(parts) > n and tuple(parts[:n]) in forms:
            # "repos/get" in resource repos → get; "pulls/list-files" → list_files
            out.append(naming.attribute(" ".join(parts[n:])))
        elif len(parts) > 1 and tuple(parts[1:]) in forms:
            out.append(naming.attribute(parts[0]))
    for name in (long, versioned):
        if name not in out:
            out.append(name)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class OpClash:
    """``loser`` wanted ``wanted``, which ``holder`` keeps; ``loser`` got ``given`` instead."""

    loser: Wanted
    holder: Wanted
    wanted: Identifier
    given: Identifier


def _segments(key: str) -> list[str]:
    """The words a path segment contributes to a name: ``users`` → ``users``, ``{id}`` →
    ``by id``."""
    path = key.partition(" ")[2]
    return [f"by {s[1:-1]}" if s.startswith("{") else s for s in path.split("/") if s]


def fallbacks(w: Wanted, holder: Wanted | None, base: Identifier) -> list[Identifier]:
    """Names for ``w`` once every candidate is taken, ``holder`` keeping ``base``: ``base`` plus
    what tells the two operations apart, first the path segments only ``w`` has
    (``GET /users/a`` beside ``GET /users/b`` → ``get_user_a``), then the HTTP method
    (``get_user_post``), then the operationId spelled out (``get-user`` → ``get_dash_user``),
    then ``base`` plus the whole path and the method. Never a number."""
    method = w.key.partition(" ")[0].lower()
    theirs = _segments(holder.key) if holder is not None else []
    own = [s for s in _segments(w.key) if s not in theirs]
    options = []
    if own:
        options.append(naming.attribute(f"{base} {' '.join(own)}"))
    if holder is None or holder.key.partition(" ")[0].lower() != method:
        options.append(naming.attribute(f"{base} {method}"))
    options.append(naming.spelled(w.operation_id))
    options.append(naming.attribute(f"{base} {' '.join(_segments(w.key))} {method}"))
    return list(dict.fromkeys(options))


def _holds_plain(w: Wanted, name: Identifier, index: int) -> tuple[int, int, int, int]:
    # Of operations with nothing else left that want one name: the shortest path (the others
    # then have segments of their own to add), then the operationId spelled exactly like the
    # name, then an ASCII one, then the first in the document keeps it.
    exact = w.operation_id in (name, name.rstrip("_"))
    return (len(_segments(w.key)), 0 if exact else 1, 0 if w.operation_id.isascii() else 1, index)


def assign(
    wanted: Sequence[Wanted], published: Mapping[str, str], *, short: bool = True
) -> tuple[dict[str, Identifier], list[OpClash]]:
    """``METHOD /path`` → method name, for the operations of one resource, and each clash that
    only :func:`fallbacks` resolved (for a warning)."""
    names: dict[str, Identifier] = {}
    for w in wanted:
        if w.fixed is not None:
            names[w.key] = w.fixed
    for w in wanted:
        if w.key in names:
            continue
        resource, _, name = published.get(w.key, "").partition(".")
        if resource == w.resource and name and name not in names.values():
            names[w.key] = Identifier(name)
    order = {w.key: i for i, w in enumerate(wanted)}
    pending = [w for w in wanted if w.key not in names]
    level = {w.key: 0 for w in pending}
    options = {w.key: list(candidates(w.operation_id, w.resource, short=short)) for w in pending}
    holders: dict[str, tuple[Wanted | None, Identifier]] = {}
    while pending:
        proposed = {w.key: options[w.key][level[w.key]] for w in pending}
        taken = set(names.values())
        clashing = {k for k, n in proposed.items() if n in taken}
        by_name: dict[Identifier, list[Wanted]] = {}
        for w in pending:
            if w.key not in clashing:
                by_name.setdefault(proposed[w.key], []).append(w)
        for name, contenders in by_name.items():
            if len(contenders) > 1:
                # One that has no other name left keeps it (of several such, see _holds_plain);
                # otherwise the newest version (operationId suffix V<n>) does. The others move
                # on to their next candidate.
                stuck = [w for w in contenders if level[w.key] == len(options[w.key]) - 1]
                if stuck:
                    winners = [min(stuck, key=lambda x: _holds_plain(x, name, order[x.key]))]
                else:
                    versions = [_version(w.operation_id) for w in contenders]
                    winners = [
                        w for w, v in zip(contenders, versions, strict=True) if v == max(versions)
                    ]
                clashing |= {w.key for w in contenders if len(winners) > 1 or w is not winners[0]}
        for w in pending:
            if w.key not in clashing:
                names[w.key] = proposed[w.key]
        pending = [w for w in pending if w.key in clashing]
        for w in pending:
            level[w.key] += 1
            if level[w.key] < len(options[w.key]):
                continue
            if w.key not in holders:
                base = options[w.key][-1]
                holder = next((x for x in wanted if names.get(x.key) == base), None)
                holders[w.key] = (holder, base)
                extra = [n for n in fallbacks(w, holder, base) if n not in options[w.key]]
                options[w.key] += extra
                if extra:
                    continue
            raise CodegenError(
                f"operation {w.operation_id!r} ({w.key}) has no free method name in "
                f"resource {w.resource!r}: {', '.join(options[w.key])} are all taken",
                pointer=w.pointer,
                hint=f'Add [operations."{w.key}"] name = "..." with a `reason` to the overrides '
                "file.",
            )
    clashes = []
    for w in wanted:
        if w.key in holders:
            holder, base = holders[w.key]
            clashes.append(OpClash(w, holder or w, base, names[w.key]))
    return names, clashes


def default_resource(op: Mapping[str, object], path: str) -> Identifier:
    """The SDK namespace of an operation when the overrides name none: its first tag, else the
    first literal path segment that is not a version (``/v3/videos/{id}`` → ``videos``)."""
    tags = op.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str):
        return naming.snake(tags[0])
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    segments = [s for s in segments if not (s[:1] == "v" and s[1:].isdigit())]
    return naming.snake(segments[0] if segments else "default")


def param_key(param: Mapping[str, object]) -> tuple[str, str]:
    """What identifies a parameter of an operation: its location and name, header names
    compared without case (an operation's ``x-trace`` overrides a path-level ``X-Trace``)."""
    where, name = str(param.get("in")), str(param.get("name"))
    return where, name.lower() if where == "header" else name

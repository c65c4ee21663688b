"""Resource paths and method names for operations: read off the URL, stable once published.

**Resources follow the path.** Version segments (``v3``) are dropped; every literal segment that
is followed by a parameter, or that is a plural noun, is a resource nested in the one before it
(``/v3/video-translations/proofreads/{proofread_id}`` → ``video_translations.proofreads``).
A singular trailing segment is not a resource but a method of its parent: an action
(``POST …/{id}/rotate-secret`` → ``rotate_secret``) or a singleton (``GET /users/me`` → ``me``).

**Methods are verbs.** On an item (the path ends in a parameter): GET ``get``, PUT/PATCH
``update``, DELETE ``delete``. On a collection: GET ``list`` (``get`` for a singular one), POST
``create`` (or the operationId's own verb when that is all it adds: ``uploadAsset`` at
``POST /assets`` → ``upload``), PUT/PATCH ``update``, DELETE ``delete``. An action takes the operationId's own words
when they end with the segment's (``createAvatarConsent`` at ``…/consent`` → ``create_consent``;
a GET's leading ``get`` is dropped), else the segment's words. The operationId's words that name
the resource never reappear in the method (the "residual" below has them removed).

**Clashes.** Candidates per operation, most preferred first: the rule's name, the same with the
path's version (``list_v2``), the residual of the operationId; then :func:`fallbacks` (the name
plus the path segments only this operation has: ``get_by_rev``). Names
already published (the previous output's manifest) are kept, so adding an operation never renames
another one; in a clash the operation whose operationId agrees with the rule wins, then the newest
version. A clash no candidate resolves is an error that asks for an override.

Plural nouns are recognised by their ending (``-s``, not ``-ss``/``-us``/``-is``): the rules only ask
"is this segment plural", never singularise, so a suffix test does what an inflection library would
and keeps the generator free of one; a segment it misjudges is one ``resource`` override away.
"""

from __future__ import annotations

import functools
import keyword
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from codegen.errors import CodegenError
from codegen.ir import naming
from codegen.ir.naming import Identifier

_VERSION = re.compile(r"^v([0-9]+)$")
ROOT = Identifier("root")  # the resource of operations whose path has no literal segment
_ITEM_VERBS = {
    "GET": "get",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
    "POST": "update",
}
_COLLECTION_VERBS = {"GET": "list", "POST": "create", "PUT": "update", "PATCH": "update"}
_COLLECTION_VERBS["DELETE"] = "delete"
_NOT_VERBS = frozenset({"new", "all", "one", "many", "item", "items", "post"})


@dataclass(frozen=True, slots=True)
class Route:
    """Where an operation lives in the SDK, by the rules alone (no overrides, no clashes)."""

    resource: tuple[Identifier, ...]  # client.<a>.<b>…
    name: Identifier  # the method


@dataclass(frozen=True, slots=True)
class Wanted:
    key: str  # METHOD /path
    resource: Identifier  # the resource's module name (its path joined by "_")
    operation_id: str
    pointer: str
    fixed: Identifier | None = None  # from the overrides file
    resource_path: tuple[Identifier, ...] = ()  # client.<a>.<b>; () means (resource,)
    rule: Identifier | None = None  # the name the path rules give; None: operationId only


@functools.lru_cache(maxsize=1 << 16)
def is_plural(segment: str) -> bool:
    """Whether a path segment's last word is a plural noun (``proofreads``, ``event-types``)."""
    parts = naming.words(segment)
    last = parts[-1] if parts else ""
    return len(last) > 2 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def path_version(path: str) -> int:
    """The API version a path names (``/v3/videos`` → 3), 0 when none."""
    found = [int(m.group(1)) for s in path.split("/") if (m := _VERSION.match(s))]
    return max(found, default=0)


def _segments(path: str) -> list[str | None]:
    """The path's literal segments without versions; ``None`` for a parameter."""
    out: list[str | None] = []
    for s in path.split("/"):
        if not s or _VERSION.match(s):
            continue
        out.append(None if "{" in s else s)
    return out


def _resource_words(resource: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in resource:
        for w in naming.words(part):
            found |= {w, w + "s", w[:-1] if w.endswith("s") else w, w + "es"}
    return found


def residual(operation_id: str, resource: Sequence[str]) -> list[str]:
    """The operationId's words without those naming the resource or the version:
    ``rotateWebhookEndpointSecret`` in ``webhooks.endpoints`` → ``rotate secret``."""
    return list(_residual(operation_id, tuple(resource)))


# Asked for each operation by the route, the method names and their clashes (GitHub: 3,681
# times for 1,223 operations): remembered, as naming's own functions are.
@functools.lru_cache(maxsize=1 << 16)
def _residual(operation_id: str, resource: tuple[str, ...]) -> tuple[str, ...]:
    parts = naming.words(operation_id)
    if len(parts) > 1 and _VERSION.match(parts[-1]):
        parts = parts[:-1]
    drop = _resource_words(resource)
    return tuple(w for w in parts if w not in drop)


def route(
    method: str,
    path: str,
    operation_id: str | None = None,
    nested: Collection[tuple[Identifier, ...]] = (),
) -> Route:
    """The resource and method the path rules give ``METHOD path`` (see the module docstring).
    ``nested``: the resource paths of the whole API; a singular segment that has resources
    below it (``/repos/{o}/{r}/readme`` beside ``…/readme/{dir}``) is a resource too."""
    alternative, plain = _routes(method.upper(), path, operation_id)
    return alternative[1] if alternative is not None and alternative[0] in nested else plain


# Asked three times per operation (its resource, the regrouping, its method name) with the
# same three strings; ``nested`` only picks one of two results. The rules' work is remembered
# per strings, the pick made per call (GitHub: 3,669 routes of 1,223 operations).
@functools.lru_cache(maxsize=1 << 16)
def _routes(
    method: str, path: str, operation_id: str | None
) -> tuple[tuple[tuple[Identifier, ...], Route] | None, Route]:
    """For a singular last segment, the resource path it would be and the route when it is one
    of the API's resources (None for other paths); then the route otherwise."""
    segments = _segments(path)
    literals = [s for s in segments if s is not None]
    ends_in_param = bool(segments) and segments[-1] is None
    singular_action = len(literals) > 1 and not ends_in_param and not is_plural(literals[-1])
    alternative: tuple[tuple[Identifier, ...], Route] | None = None
    if singular_action:
        as_resource = tuple(naming.attribute(s) for s in literals)
        name = "get" if method == "GET" else _COLLECTION_VERBS.get(method, method.lower())
        alternative = as_resource, Route(as_resource, naming.attribute(name))
    if ends_in_param or not literals:
        verbs = _ITEM_VERBS if ends_in_param else _COLLECTION_VERBS
        resource = literals
        name = verbs.get(method, method.lower())
        if not ends_in_param and method == "GET":
            name = "get"
    elif len(literals) == 1 or is_plural(literals[-1]):
        resource = literals
        name = _COLLECTION_VERBS.get(method, method.lower())
        if method == "GET" and not is_plural(literals[-1]):
            name = "get"  # GET /user: a singleton
        rest = residual(operation_id or "", resource)
        if (
            method == "POST"
            and len(rest) == 1
            and rest[0] not in _NOT_VERBS
            and not keyword.iskeyword(rest[0])
        ):
            name = rest[0]  # uploadAsset at POST /assets → upload; designVoice → design
    else:
        resource, action = literals[:-1], naming.words(literals[-1])
        rest = residual(operation_id or "", resource)
        if method == "GET" and rest[:1] == ["get"]:
            rest = rest[1:]
        name = "_".join(rest if rest[-len(action) :] == action else action)
    path_ = tuple(naming.attribute(s) for s in resource) or (ROOT,)
    return alternative, Route(path_, naming.attribute(name))


def resource_name(resource_path: Sequence[Identifier]) -> Identifier:
    """The module (and namespace key) of a resource: its path joined by ``_``."""
    return naming.snake("_".join(resource_path))


def _version(w: Wanted) -> int:
    parts = naming.words(w.operation_id)
    last = parts[-1] if parts else ""
    by_id = int(last[1:]) if len(parts) > 1 and last[:1] == "v" and last[1:].isdigit() else 0
    return max(by_id, path_version(w.key.partition(" ")[2]))


def candidates(
    operation_id: str, resource: Identifier, *, short: bool = True
) -> tuple[Identifier, ...]:
    """The operationId-based names of an operation: its residual in ``resource`` (``short``),
    then the whole operationId without and with its version. Module-level names
    (``short=False``) never take the residual, which could be a bare verb."""
    out: list[Identifier] = []
    if short:
        rest = residual(operation_id, [resource])
        if rest:
            out.append(naming.attribute(" ".join(rest)))
    for name in (naming.snake(operation_id, drop_version=True), naming.snake(operation_id)):
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


def _key_words(key: str) -> list[str]:
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
    theirs = _key_words(holder.key) if holder is not None else []
    own = [s for s in _key_words(w.key) if s not in theirs]
    options = []
    if own:
        options.append(naming.attribute(f"{base} {' '.join(own)}"))
    if holder is None or holder.key.partition(" ")[0].lower() != method:
        options.append(naming.attribute(f"{base} {method}"))
    options.append(naming.spelled(w.operation_id))
    options.append(naming.attribute(f"{base} {' '.join(_key_words(w.key))} {method}"))
    return list(dict.fromkeys(options))


def _holds_plain(w: Wanted, name: Identifier, index: int) -> tuple[int, int, int, int]:
    # Of operations with nothing else left that want one name: the shortest path (the others
    # then have segments of their own to add), then the operationId spelled exactly like the
    # name, then an ASCII one, then the first in the document keeps it.
    exact = w.operation_id in (name, name.rstrip("_"))
    return (len(_key_words(w.key)), 0 if exact else 1, 0 if w.operation_id.isascii() else 1, index)


def _options(w: Wanted, short: bool) -> tuple[Identifier, ...]:
    out: list[Identifier] = []
    if short and w.rule is not None:
        out.append(w.rule)
        version = path_version(w.key.partition(" ")[2])
        if version:
            out.append(naming.suffixed(w.rule, f"v{version}"))
        rest = residual(w.operation_id, w.resource_path or (w.resource,))
        if rest:
            out.append(naming.attribute(" ".join(rest)))
        # No operationId spelled out: its words name the resource, which the method must not
        # repeat (`users.get_user`); a clash still unresolved goes to :func:`fallbacks`.
        return tuple(dict.fromkeys(out))
    for name in candidates(w.operation_id, w.resource, short=short and w.rule is None):
        out.append(name)
    return tuple(dict.fromkeys(out))


def _agrees(w: Wanted) -> bool:
    """Whether the operationId says what the rule does (``rotateSecret`` ~ ``rotate_secret``)."""
    rest = residual(w.operation_id, w.resource_path or (w.resource,))
    return w.rule is not None and naming.words(w.rule) == rest[-len(naming.words(w.rule)) :]


def assign(
    wanted: Sequence[Wanted],
    published: Mapping[str, str],
    *,
    short: bool = True,
    reserved: frozenset[Identifier] = frozenset(),
) -> tuple[dict[str, Identifier], list[OpClash]]:
    """``METHOD /path`` → method name, for the operations of one resource, and each clash that
    only :func:`fallbacks` resolved (for a warning). No method takes a ``reserved`` name (the
    resource's nested resources)."""
    names: dict[str, Identifier] = {}
    for w in wanted:
        if w.fixed is not None:
            names[w.key] = w.fixed
    for w in wanted:
        if w.key in names:
            continue
        # "video_translations.proofreads.create": kept while the operation stays in that resource
        resource, _, name = published.get(w.key, "").rpartition(".")
        here = ".".join(w.resource_path or (w.resource,))
        if resource == here and name and name not in names.values() and name not in reserved:
            names[w.key] = Identifier(name)
    order = {w.key: i for i, w in enumerate(wanted)}
    pending = [w for w in wanted if w.key not in names]
    level = {w.key: 0 for w in pending}
    options = {w.key: list(_options(w, short)) for w in pending}
    holders: dict[str, tuple[Wanted | None, Identifier]] = {}
    while pending:
        proposed = {w.key: options[w.key][level[w.key]] for w in pending}
        taken = set(names.values()) | reserved
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
                agreeing = [w for w in contenders if level[w.key] == 0 and _agrees(w)]
                if stuck:
                    winners = [min(stuck, key=lambda x: _holds_plain(x, name, order[x.key]))]
                elif len(agreeing) == 1:
                    winners = agreeing
                else:
                    versions = [_version(w) for w in contenders]
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


def default_resource(op: Mapping[str, object], path: str, method: str = "GET") -> Identifier:
    """The module name of an operation's resource when the overrides name none (see
    :func:`route`): ``/v3/video-translations/proofreads/{id}`` → ``video_translations_proofreads``."""
    op_id = op.get("operationId")
    return resource_name(route(method, path, op_id if isinstance(op_id, str) else None).resource)


def param_key(param: Mapping[str, object]) -> tuple[str, str]:
    """What identifies a parameter of an operation: its location and name, header names
    compared without case (an operation's ``x-trace`` overrides a path-level ``X-Trace``)."""
    where, name = str(param.get("in")), str(param.get("name"))
    return where, name.lower() if where == "header" else name

"""Changelog, part 3 — the model classes: added, removed, renamed, and what changed in each, said
once with every operation that sends or returns it.

Classes are matched by the schema they model (its pointer: the manifest's ``classes``), so a class
whose schema stayed but whose name changed is a rename, and one change to a shared schema is one
entry however many operations use it. A class is compared in the direction(s) it travels: what
callers send may only widen, what they receive may only narrow — except enum members added to a
response, which our open enums parse (``.is_known`` is False), and members removed from an enum
class, which code names (``VideoStatus.DONE``).
"""

from __future__ import annotations

import re

from codegen.changelog.diff import Change, Kind, Pair
from codegen.changelog.schema import Direction, SchemaDiff
from codegen.changelog.surface import Surface, usage
from codegen.changelog.unchanged import unchanged_schemas
from codegen.errors import unescape_token

_FIELD = re.compile(r"^(?P<parent>.+)/properties/(?P<name>[^/]+)(?:/.*)?$")
_LISTED = 12  # class names listed in one "classes added" entry


def compare(pair: Pair) -> None:
    old, new = pair.old, pair.new
    old_sends, old_gets = usage(old)
    new_sends, new_gets = usage(new)
    old_names, new_names = set(old.classes.values()), set(new.classes.values())
    unchanged = unchanged_schemas(old.document, new.document)
    boundaries = frozenset(old.classes) | frozenset(new.classes)
    added: list[str] = []
    for ref in sorted(old.classes.keys() | new.classes.keys()):
        if ref not in new.classes:
            name = old.classes[ref]
            if name not in new_names:
                keys = old_sends.get(name, set()) | old_gets.get(name, set())
                pair.add(
                    Kind.CLASS_REMOVED, name, keys, ("old", ref), f"class `{name}` removed", True
                )
            continue
        name = new.classes[ref]
        if ref not in old.classes:
            if name not in old_names:
                added.append(name)
            continue
        was = old.classes[ref]
        keys = new_sends.get(name, set()) | new_gets.get(name, set())
        if was != name:
            text = f"class `{was}` is now `{name}` (the same schema)"
            pair.add(Kind.CLASS_RENAMED, was, keys, ("new", ref), text, True)
        sends, gets = new_sends.get(name, set()), new_gets.get(name, set())
        directions = [(Direction.REQUEST, sends)] if sends else []
        if gets or not sends:  # classes no call uses (webhook payloads) are read by users
            directions.append((Direction.RESPONSE, gets))
        found: dict[tuple[str, str], list[Change]] = {}
        for direction, users in directions:
            for c in _fields(pair, ref, name, direction, users, unchanged, boundaries):
                found.setdefault((c.subject, c.message), []).append(c)
        for same in found.values():  # one entry when both directions say the same
            first = same[0]
            keys = {k for c in same for k in c.operations}
            breaking = any(c.breaking for c in same)
            pair.add(
                first.kind,
                first.subject,
                keys,
                (first.spec, first.pointer),
                first.message,
                breaking,
            )
    if added:
        shown = ", ".join(f"`{n}`" for n in sorted(added)[:_LISTED])
        more = f" and {len(added) - _LISTED} more" if len(added) > _LISTED else ""
        text = f"{len(added)} class{'es' if len(added) > 1 else ''} added: {shown}{more}"
        pair.add(Kind.CLASS_ADDED, "models", [], ("new", "#/components/schemas"), text, False)


def _fields(
    pair: Pair,
    ref: str,
    name: str,
    direction: Direction,
    users: set[str],
    unchanged: frozenset[str],
    boundaries: frozenset[str],
) -> list[Change]:
    """The changes of one class in one direction (not yet added to ``pair``)."""
    old_node, _ = pair.old.resolver.deref({"$ref": ref}, ref)
    new_node, _ = pair.new.resolver.deref({"$ref": ref}, ref)
    found = SchemaDiff(
        pair.old.resolver,
        pair.new.resolver,
        direction,
        lambda p: "",
        unchanged,
        classes=boundaries,
        inside=ref,
        optional=_optional_field(pair, ref),
    )
    sends = direction is Direction.REQUEST
    kinds = (
        (Kind.REQUEST_FIELD_ADDED, Kind.REQUEST_FIELD_REMOVED, Kind.REQUEST_FIELD_CHANGED)
        if sends
        else (Kind.RESPONSE_FIELD_ADDED, Kind.RESPONSE_FIELD_REMOVED, Kind.RESPONSE_FIELD_CHANGED)
    )
    label = _label(pair.new, ref, name)
    out: list[Change] = []
    for fc in found.compare((old_node, ref), (new_node, ref), ""):
        kind = {"added": kinds[0], "removed": kinds[1], "changed": kinds[2]}[fc.verb]
        subject = f"{label}.{_python_path(pair.new, name, fc.path)}" if fc.path else label
        text = fc.message.strip()
        if label != name and not fc.path:
            text += f" (class `{name}`)"
        if not users:
            text += " (in a model no call returns: a webhook payload or error body)"
        out.append(Change(kind, subject, tuple(users), (), fc.side, fc.pointer, text, fc.breaking))
    return out


def _optional_field(pair: Pair, ref: str) -> bool:
    """``ref`` is an inline schema of a property neither side requires."""
    found = _FIELD.match(ref)
    if found is None:
        return False
    name = unescape_token(found.group("name"))
    for side in (pair.old, pair.new):
        parent, _ = side.resolver.deref({"$ref": found.group("parent")}, found.group("parent"))
        required = parent.get("required") if isinstance(parent, dict) else None
        if isinstance(required, list) and name in required:
            return False
    return True


def _python_path(side: Surface, cls: str, path: str) -> str:
    """``user-id[]`` → ``user_id[]``: the first field by its Python name."""
    head = re.match(r"[^.\[<]+", path)
    if head is None:
        return path
    wire = head.group(0)
    py = side.fields.get(cls, {}).get(wire, wire)
    return py + path[len(wire) :]


def _label(side: Surface, ref: str, name: str) -> str:
    """An inline schema's class by where users meet it: ``Team.kind`` (class ``TeamKind``)."""
    found = _FIELD.match(ref)
    if found is None or found.group("parent") not in side.classes:
        return name
    parent = side.classes[found.group("parent")]
    wire = unescape_token(found.group("name"))
    return f"{parent}.{side.fields.get(parent, {}).get(wire, wire)}"

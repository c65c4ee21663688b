"""Validation of discriminator mappings: each value a string naming a schema that exists.

A mapping value written as ``{"$ref": X}`` is read as ``X`` (with a warning) and so written into
the validated copy, without changing the caller's document; a local mapping target that does
not exist is an error at its entry. Units whose marshal form has no "discriminator"
(:mod:`codegen.spec.units`) are not walked.
"""

from __future__ import annotations

from typing import Any

from codegen.errors import CodegenError, Diagnostics, pointer
from codegen.spec import schemawalk, units
from codegen.spec.resolve import Resolver, Target

__all__ = ["Read", "check", "normalise"]

# Each mapping with an object value, by id: the places it was met at, and its values as strings.
Read = dict[int, tuple[list[schemawalk.Tokens], dict[str, str]]]


def _with_word(doc: dict[str, Any], idx: units.Index, word: str) -> dict[str, Any]:
    """``doc`` without the units (:mod:`codegen.spec.units`) whose facts say they do not have
    ``word`` (a shallow copy of its maps of units; the rest, and every place, as in ``doc``)."""
    out = dict(doc)
    for section in ("paths", "webhooks"):
        if isinstance(doc.get(section), dict):
            out[section] = {k: v for k, v in doc[section].items() if word in idx.facts(v).words}
    if isinstance(doc.get("components"), dict):
        out["components"] = {
            kind: {k: v for k, v in members_.items() if word in idx.facts(v).words}
            if kind in units.UNIT_MAPS and isinstance(members_, dict)
            else members_
            for kind, members_ in doc["components"].items()
        }
    return out


def check(doc: dict[str, Any], resolver: Resolver, diags: Diagnostics, idx: units.Index) -> Read:
    """One walk over the schemas of the document (:mod:`codegen.spec.schemawalk`) for
    discriminator mappings; units whose facts say they have none are passed over.

    A mapping value written as ``{"$ref": X}`` instead of the string ``X`` is read as ``X`` (with a
    warning); a local mapping target that does not exist is an error at its mapping entry.
    Returns, for each mapping (by id) with such values, where it is and its values as strings
    (for :func:`normalise`: the document is not changed here).
    """
    read: Read = {}
    for at, schema in schemawalk.walk(_with_word(doc, idx, "discriminator")):
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("mapping"), dict):
            mapping = disc["mapping"]
            places, done = read.setdefault(id(mapping), ([], {}))
            places.append(at)
            for key, value in list(mapping.items()):
                with diags.collecting():
                    _check_entry(done, key, done.get(key, value), at, resolver, diags)
    return {k: v for k, v in read.items() if v[1]}


def normalise(doc: dict[str, Any], read: Read) -> None:
    """Put the string values :func:`check` read into ``doc``, copying each object and list on
    the way to a mapping (once), so the caller's document is not changed."""
    fresh = {id(doc), id(doc["paths"])}
    for places, done in read.values():
        for at in places:
            node: Any = doc
            for token in (*at, "discriminator", "mapping"):
                inner = node[token]
                if id(inner) not in fresh:
                    inner = node[token] = list(inner) if isinstance(inner, list) else dict(inner)
                    fresh.add(id(inner))
                node = inner
            node.update(done)


def _check_entry(
    done: dict[str, str],
    key: str,
    value: Any,
    path: schemawalk.Tokens,
    resolver: Resolver,
    diags: Diagnostics,
) -> None:
    """One entry of a mapping; a ``{"$ref": X}`` value is read as ``X``, noted in ``done``."""
    entry = pointer(*path, "discriminator", "mapping", key)
    if isinstance(value, dict) and isinstance(value.get("$ref"), str) and len(value) == 1:
        value = done[key] = value["$ref"]
        diags.warn(
            "discriminator mapping value is an object; OpenAPI wants a string",
            entry,
            f"used its $ref {value!r}",
        )
    if not isinstance(value, str):
        raise CodegenError(
            "discriminator mapping values must be strings (schema names or $refs)",
            pointer=entry,
            hint='Write it as "#/components/schemas/Name".',
        )
    if value.startswith("#/"):
        try:
            resolver.lookup(Target(None, value), entry)
        except CodegenError:
            raise CodegenError(
                f"discriminator mapping {key!r} points at {value}, which does not exist",
                pointer=entry,
                hint="Point it at an existing schema, or add the schema.",
            ) from None

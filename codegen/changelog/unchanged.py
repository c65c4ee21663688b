"""Changelog, the shortcut — schema components that are the same on both sides, and what they
reference, need no comparison (:func:`unchanged_schemas`)."""

from __future__ import annotations

from typing import Any

from codegen.errors import escape_token

_SCHEMAS = "#/components/schemas/"


def refs(node: Any) -> set[str]:
    """The schema components ``node`` references directly (anything else as itself)."""
    if isinstance(node, list):
        return {r for item in node for r in refs(item)}
    if not isinstance(node, dict):
        return set()
    found = {r for value in node.values() for r in refs(value)}
    ref = node.get("$ref")
    if isinstance(ref, str):
        found.add(
            _SCHEMAS + ref[len(_SCHEMAS) :].split("/")[0] if ref.startswith(_SCHEMAS) else ref
        )
    return found


def unchanged_schemas(old: dict[str, Any], new: dict[str, Any]) -> frozenset[str]:
    """Schema components equal in both documents, and so is everything they reference."""
    olds = (old.get("components") or {}).get("schemas") or {}
    news = (new.get("components") or {}).get("schemas") or {}
    names = {_SCHEMAS + escape_token(n): n for n in olds.keys() | news.keys()}
    referrers: dict[str, set[str]] = {}
    for ptr, name in names.items():
        for ref in refs(olds.get(name)) | refs(news.get(name)):
            referrers.setdefault(ref, set()).add(ptr)
    changed = [p for p, n in names.items() if n not in olds or n not in news or olds[n] != news[n]]
    changed += [r for r in referrers if r not in names]  # a reference to no component
    seen = set(changed)
    while changed:  # whoever references a changed schema has changed too
        for ptr in referrers.get(changed.pop(), ()):
            if ptr not in seen:
                seen.add(ptr)
                changed.append(ptr)
    return frozenset(names.keys() - seen)

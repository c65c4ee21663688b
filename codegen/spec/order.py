"""A spec in a canonical order, so that the SDK does not depend on how the spec is ordered.

Paths and every map of ``components`` are sorted by name (a path's operations are read in the
fixed order of HTTP methods anyway); what an order means is left alone (properties, ``enum``
values, ``oneOf`` members, parameters). A publisher that reorders its paths or schemas then
regenerates byte for byte the same package: model classes, resources and ``api.md`` keep their
places.
"""

from __future__ import annotations

from typing import Any


def canonical(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with ``paths``, ``webhooks`` and each ``components`` map sorted by key (a
    shallow copy; nothing inside is changed)."""
    out = dict(document)
    for key in ("paths", "webhooks"):
        if isinstance(out.get(key), dict):
            out[key] = dict(sorted(out[key].items()))
    components = out.get("components")
    if isinstance(components, dict):
        out["components"] = {
            kind: dict(sorted(members.items())) if isinstance(members, dict) else members
            for kind, members in components.items()
        }
    return out

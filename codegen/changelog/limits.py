"""Changelog, value constraints — ``maxLength``, ``pattern``, ``maximum``, ``maxItems``… — and the
Python type a schema's ``type``/``format`` becomes, which decide whether a change breaks.

The generated models enforce constraints (``Field(max_length=…)``, ``pattern=…``, ``le=…``), so a
tightened one rejects values that passed before: callers sending them now get a validation error
(breaking), and a response model rejects what the server may no longer send (said, not breaking:
the server promises narrower values). A loosened one breaks nobody.
"""

from __future__ import annotations

import json
from typing import Any

from codegen.spec.resolve import Resolver

# keyword -> (what it says, True when a smaller value is tighter)
KEYWORDS: dict[str, tuple[str, bool]] = {
    "maxLength": ("at most {} character(s)", True),
    "minLength": ("at least {} character(s)", False),
    "maxItems": ("at most {} item(s)", True),
    "minItems": ("at least {} item(s)", False),
    "maxProperties": ("at most {} entries", True),
    "minProperties": ("at least {} entries", False),
    "maximum": ("at most {}", True),
    "exclusiveMaximum": ("below {}", True),
    "minimum": ("at least {}", False),
    "exclusiveMinimum": ("above {}", False),
    "multipleOf": ("a multiple of {}", False),
    "pattern": ("matching `{}`", False),
    "uniqueItems": ("unique items", False),
}


def limits(node: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The constraints a schema states, as (keyword, JSON text), in a fixed order."""
    out: list[tuple[str, str]] = []
    for keyword in KEYWORDS:
        value = node.get(keyword)
        if keyword == "uniqueItems":
            if value is True:
                out.append((keyword, "true"))
        elif isinstance(value, int | float | str) and not isinstance(value, bool):
            out.append((keyword, json.dumps(value, ensure_ascii=False)))
    return tuple(out)


def _number(text: str) -> float | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _say(keyword: str, text: str) -> str:
    value = json.loads(text)
    return KEYWORDS[keyword][0].format(value if isinstance(value, str) else text)


def compare(
    old: tuple[tuple[str, str], ...], new: tuple[tuple[str, str], ...]
) -> list[tuple[str, bool]]:
    """Each constraint change as (what now holds, tightened?)."""
    o, n = dict(old), dict(new)
    out: list[tuple[str, bool]] = []
    for keyword in KEYWORDS:
        was, now = o.get(keyword), n.get(keyword)
        if was == now:
            continue
        if now is None:
            assert was is not None
            out.append((f"no longer {_say(keyword, was)}", False))
            continue
        if was is None:
            out.append((f"now {_say(keyword, now)}", True))
            continue
        a, b = _number(was), _number(now)
        smaller_tighter = KEYWORDS[keyword][1]
        if a is None or b is None or keyword in ("multipleOf", "pattern"):
            tighter = True  # a different pattern or step: values that passed may not now
        else:
            tighter = b < a if smaller_tighter else b > a
        out.append((f"now {_say(keyword, now)} (was {_say(keyword, was)})", tighter))
    return out


# (type, format) -> the Python type of the generated field; anything else is by type alone.
_FORMATS = {
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "time"): "time",
    ("string", "uuid"): "UUID",
    ("string", "binary"): "bytes",
    ("string", "decimal"): "Decimal",
}
_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def python_type(kind: str, fmt: str | None) -> str:
    """What the SDK's annotation says: ``int32`` and ``int64`` are both ``int``, a ``uri`` a
    ``str``; ``array``/``object``/``union``/``any`` stand for themselves."""
    return _FORMATS.get((kind, fmt or ""), _TYPES.get(kind, kind))


KIND: dict[type, str] = {str: "string", bool: "boolean", int: "integer", float: "number"}


def constants(resolver: Resolver, members: list[tuple[Any, str]]) -> list[Any] | None:
    """The values when every member is one constant (``{const: x}`` or ``{enum: [x]}``)."""
    values: list[Any] = []
    for node, at in members:
        resolved, _ = resolver.deref(node, at)
        if not isinstance(resolved, dict):
            return None
        if "const" in resolved:
            values.append(resolved["const"])
        elif isinstance(resolved.get("enum"), list) and len(resolved["enum"]) == 1:
            values.append(resolved["enum"][0])
        else:
            return None
    return values

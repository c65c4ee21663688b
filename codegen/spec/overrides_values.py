"""The plain reader of the overrides file's values (:mod:`codegen.overrides`): each helper returns
a value exactly as the schema (:mod:`codegen.spec.overrides_check`) would read it, or raises
:class:`_Refused` for anything the schema might coerce or reject, leaving it to the schema."""

from __future__ import annotations

import math
from typing import Any, Literal

Path_ = tuple[str, ...]  # a path into a JSON body (``"meta.cursors.next"`` split at the dots)
Layout = Literal["auto", "module", "package"]


class _Refused(Exception):
    """A value the plain reader leaves to the schema."""


def _table(value: Any, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> dict[str, Any]:
    if type(value) is not dict or not set(value) <= set(allowed):
        raise _Refused
    if any(name not in value for name in required):
        raise _Refused
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _Refused
    return value


def _opt_str(table: dict[str, Any], name: str) -> str | None:
    return _str(table[name]) if name in table else None


def _reason(value: Any) -> str:
    """At least 3 characters; one with whitespace around it is the schema's to strip."""
    text = _str(value)
    if len(text) < 3 or text != text.strip():
        raise _Refused
    return text


def _seconds(value: Any) -> float:
    """A number above 0; an integer is the schema's to coerce."""
    if type(value) is not float or math.isnan(value) or not value > 0:
        raise _Refused
    return value


def _opt_seconds(table: dict[str, Any], name: str) -> float | None:
    return _seconds(table[name]) if name in table else None


def _layout(value: Any) -> Layout:
    if value == "auto" and type(value) is str:
        return "auto"
    if value == "module" and type(value) is str:
        return "module"
    if value == "package" and type(value) is str:
        return "package"
    raise _Refused


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise _Refused
    return value


def _strings(value: Any) -> list[str]:
    if type(value) is not list:
        raise _Refused
    return [_str(item) for item in value]


def _names(value: Any) -> dict[str, str]:
    if type(value) is not dict:
        raise _Refused
    return {_str(key): _str(item) for key, item in value.items()}


def _body_path(value: Any) -> Path_:
    """``"meta.cursors.next"`` or a list of keys; no key may be empty."""
    if type(value) is str:
        parts: Path_ = tuple(value.split(".")) if value else ()
    elif type(value) is list:
        parts = tuple(_str(item) for item in value)
    else:
        raise _Refused
    if any(not part for part in parts):
        raise _Refused
    return parts

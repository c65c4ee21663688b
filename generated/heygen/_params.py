# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Parameter serialization as OpenAPI 3.x defines it (``style``, ``explode``, ``allowReserved``):
the query string, path segments, header values and cookies of a request, written by this code
alone (httpx's ``params=`` is not used: it writes spaces as ``+`` and encodes ``[`` ``]``).

Generated methods pass a parameter's value as it is when its serialization is its location's
default (query and cookie: ``form`` exploded; path and header: ``simple`` not exploded), and
wrapped in :class:`Styled` (the style, ``explode`` and ``allowReserved`` as data) otherwise.

What goes out, for a parameter ``color`` of ``"blue"``, ``["blue", "black", "brown"]`` or
``{"R": 100, "G": 200, "B": 150}`` (the specification's style examples):

- query ``form``: ``color=blue``; exploded ``color=blue&color=black&color=brown`` and
  ``R=100&G=200&B=150``; not exploded ``color=blue,black,brown`` and ``color=R,100,G,200,B,150``;
- ``spaceDelimited`` / ``pipeDelimited`` (not exploded): ``color=blue%20black%20brown``,
  ``color=R|100|G|200|B|150``; exploded, they are sent as exploded ``form``;
- ``deepObject``: ``color[R]=100&color[G]=200&color[B]=150``; nested objects nest the brackets
  (``filter[owner][id]=1``) and arrays repeat the key (``filter[ids]=1&filter[ids]=2``);
- path ``simple``: ``blue,black,brown``, ``R,100,G,200,B,150`` (exploded ``R=100,G=200,B=150``);
  ``label``: ``.blue``, ``.blue,black,brown`` (exploded ``.blue.black.brown``, ``.R=100.G=200``);
  ``matrix``: ``;color=blue``, ``;color=blue,black,brown`` (exploded
  ``;color=blue;color=black;color=brown``, ``;R=100;G=200;B=150``);
- header ``simple`` as for paths, without percent-encoding;
- cookie ``form``: ``color=blue``; exploded, one cookie per item or member (``color=blue;
  color=black``, ``R=100; G=200``), the only exploded form that is valid ``Cookie`` syntax; not
  exploded ``color=blue,black,brown``.

Values are percent-encoded (UTF-8, RFC 3986: all but ``A-Z a-z 0-9 - . _ ~``) in queries, paths
and cookies; the delimiters a style adds are not. With ``allow_reserved`` the reserved characters
``:/?[]@!$&'()*+,;=`` of a query value are sent as they are (``#`` is always encoded: it would
end the request target). Booleans are ``true``/``false``, enums their value, dates ISO 8601;
models are written by their wire names (aliases) with only the fields that were set; ``None``
and ``NOT_GIVEN`` members are left out. A value nested where the style has no nesting (an
object inside an array) is written as its compact JSON text; the generator warns about it.
"""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Callable, Mapping
from typing import Literal
from urllib.parse import quote

from ._parse import to_jsonable
from ._types import NotGiven, Query

__all__ = [
    "StyleName",
    "Styled",
    "cookie_pairs",
    "encode_query",
    "expand_path",
    "param_text",
    "path_text",
    "query_pairs",
]

StyleName = Literal[
    "form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"
]

# RFC 3986 reserved characters but ``#``: kept as they are in ``allowReserved`` query values.
_RESERVED = ":/?[]@!$&'()*+,;="
_DELIMITER = {"spaceDelimited": "%20", "pipeDelimited": "|"}


class Styled:
    """A parameter value with the serialization its parameter declares. (A plain slotted class,
    built once per call and argument, like the runtime's other records.)"""

    __slots__ = ("allow_reserved", "explode", "style", "value")

    def __init__(
        self, value: object, style: StyleName, *, explode: bool, allow_reserved: bool = False
    ) -> None:
        self.value = value
        self.style: StyleName = style
        self.explode = explode
        self.allow_reserved = allow_reserved

    def __repr__(self) -> str:
        return (
            f"Styled({self.value!r}, {self.style!r}, explode={self.explode}, "
            f"allow_reserved={self.allow_reserved})"
        )


def _absent(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def _plain(value: object) -> object:
    """Models as JSON-able values (wire names, only the fields set); anything else unchanged."""
    if isinstance(value, str | int | float | Mapping | list | tuple):
        return value
    if hasattr(value, "model_dump"):
        return to_jsonable(value)
    return value


def _members(value: Mapping[object, object]) -> list[tuple[str, object]]:
    return [(str(k), _plain(v)) for k, v in value.items() if not _absent(v)]


def _items(value: list[object] | tuple[object, ...]) -> list[object]:
    return [_plain(v) for v in value if not _absent(v)]


def _scalar(value: object) -> str:
    """The text of one value: ``true``/``false``, an enum's value, ISO 8601 dates; a nested
    array or object (where the style defines no nesting) as compact JSON text."""
    if type(value) is str:
        return value
    if isinstance(value, enum.Enum):  # str enums too: their value, not their name
        value = value.value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date | datetime.datetime | datetime.time):
        return value.isoformat()
    if isinstance(value, Mapping | list | tuple) or hasattr(value, "model_dump"):
        return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _encode(text: str) -> str:
    return quote(text, safe="")


def _encode_reserved(text: str) -> str:
    return quote(text, safe=_RESERVED)


def _name(name: str) -> str:
    """A query name: percent-encoded but for ``[`` and ``]`` (``filter[name]``)."""
    return quote(name, safe="[]")


def query_pairs(
    name: str,
    value: object,
    style: StyleName = "form",
    *,
    explode: bool = True,
    allow_reserved: bool = False,
) -> list[str]:
    """One query parameter as encoded ``key=value`` entries (none for an empty exploded array
    or object). Styles other than the query ones are written as ``form``."""
    enc: Callable[[str], str] = _encode_reserved if allow_reserved else _encode
    key = _name(name)
    value = _plain(value)
    if isinstance(value, Mapping):
        members = _members(value)
        if style == "deepObject":
            return _deep(key, members, enc)
        if explode:
            return [f"{_name(k)}={enc(_scalar(v))}" for k, v in members]
        sep = _DELIMITER.get(style, ",")
        return [f"{key}=" + sep.join(f"{enc(k)}{sep}{enc(_scalar(v))}" for k, v in members)]
    if isinstance(value, list | tuple):
        items = _items(value)
        if explode or style == "deepObject":
            return [f"{key}={enc(_scalar(v))}" for v in items]
        sep = _DELIMITER.get(style, ",")
        return [f"{key}=" + sep.join(enc(_scalar(v)) for v in items)]
    return [f"{key}={enc(_scalar(value))}"]


def _deep(prefix: str, members: list[tuple[str, object]], enc: Callable[[str], str]) -> list[str]:
    out: list[str] = []
    for k, v in members:
        key = f"{prefix}[{_encode(k)}]"
        if isinstance(v, Mapping):
            out += _deep(key, _members(v), enc)
        elif isinstance(v, list | tuple):
            out += [f"{key}={enc(_scalar(i))}" for i in _items(v)]
        else:
            out.append(f"{key}={enc(_scalar(v))}")
    return out


def encode_query(*layers: Query | None) -> str:
    """The query string (without ``?``) of mappings merged left to right: a later value replaces
    an earlier one of the same name, ``None`` and ``NOT_GIVEN`` remove it. Plain values are
    written in exploded ``form``, :class:`Styled` ones as declared."""
    merged: dict[str, object] = {}
    for layer in layers:
        for key, value in (layer or {}).items():
            if _absent(value.value if isinstance(value, Styled) else value):
                merged.pop(key, None)
            else:
                merged[key] = value
    parts: list[str] = []
    for key, value in merged.items():
        if type(value) is str:  # the common case, kept short
            parts.append(f"{_name(key)}={_encode(value)}")
        elif isinstance(value, Styled):
            parts += query_pairs(
                key,
                value.value,
                value.style,
                explode=value.explode,
                allow_reserved=value.allow_reserved,
            )
        else:
            parts += query_pairs(key, value)
    return "&".join(parts)


def path_text(
    name: str, value: object, style: StyleName = "simple", *, explode: bool = False
) -> str:
    """One path parameter's expansion, percent-encoded (``/`` too) but for the style's own
    delimiters. Styles other than ``label`` and ``matrix`` are written as ``simple``."""
    value = _plain(value)
    if isinstance(value, Mapping):
        members = [(_encode(k), _encode(_scalar(v))) for k, v in _members(value)]
        if explode:
            pairs = [f"{k}={v}" for k, v in members]
            if style == "matrix":
                return "".join(";" + p for p in pairs)
            return "." + ".".join(pairs) if style == "label" else ",".join(pairs)
        parts = [text for pair in members for text in pair]
    elif isinstance(value, list | tuple):
        parts = [_encode(_scalar(v)) for v in _items(value)]
        if explode and style == "matrix":
            return "".join(f";{_encode(name)}={p}" for p in parts)
        if explode and style == "label":
            return "." + ".".join(parts)
    else:
        parts = [_encode(_scalar(value))]
    text = ",".join(parts)
    if style == "label":
        return "." + text
    if style == "matrix":
        return f";{_encode(name)}={text}" if text else f";{_encode(name)}"
    return text


def expand_path(template: str, path_params: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders with each parameter's expansion (:func:`path_text`; plain
    values ``simple``, :class:`Styled` ones as declared). An empty expansion and the dot
    segments ``.`` / ``..`` are refused: they would address a different resource."""
    values: dict[str, str] = {}
    for name, value in path_params.items():
        if isinstance(value, Styled):
            text = path_text(name, value.value, value.style, explode=value.explode)
        else:
            text = path_text(name, value)
        if text in ("", ".", ".."):
            # ``DELETE /v3/x/..`` is ``DELETE /v3``: percent-encoding leaves dots as they are.
            raise ValueError(
                f"Expected a non-empty value other than '.' and '..' for path parameter `{name}`"
            )
        values[name] = text
    try:
        return template.format_map(values)
    except KeyError as exc:
        raise ValueError(f"Missing path parameter {exc.args[0]!r} for {template!r}") from None


def param_text(value: object, *, explode: bool = False) -> str:
    """A header value in OpenAPI's ``simple`` style, not percent-encoded: arrays ``a,b``,
    objects ``k,v,k2,v2`` (exploded ``k=v,k2=v2``); a :class:`Styled` value by its ``explode``."""
    if isinstance(value, str):
        return value
    if isinstance(value, Styled):
        return param_text(value.value, explode=value.explode)
    value = _plain(value)
    if isinstance(value, Mapping):
        members = _members(value)
        if explode:
            return ",".join(f"{k}={_scalar(v)}" for k, v in members)
        return ",".join(f"{k},{_scalar(v)}" for k, v in members)
    if isinstance(value, list | tuple):
        return ",".join(_scalar(v) for v in _items(value))
    return _scalar(value)


def cookie_pairs(name: str, value: object, *, explode: bool = True) -> list[str]:
    """One cookie parameter in ``form`` style as ``name=value`` cookie pairs, percent-encoded
    so that ``;``, ``,``, spaces and quotes in a value cannot split or end a cookie. Exploded,
    each array item is a ``name=item`` pair and each object member a ``key=value`` pair."""
    if isinstance(value, Styled):
        return cookie_pairs(name, value.value, explode=value.explode)
    value = _plain(value)
    key = _encode(name)
    if isinstance(value, Mapping):
        members = [(_encode(k), _encode(_scalar(v))) for k, v in _members(value)]
        if explode:
            return [f"{k}={v}" for k, v in members]
        return [f"{key}=" + ",".join(f"{k},{v}" for k, v in members)]
    if isinstance(value, list | tuple):
        items = [_encode(_scalar(v)) for v in _items(value)]
        if explode:
            return [f"{key}={i}" for i in items]
        return [f"{key}=" + ",".join(items)]
    return [f"{key}={_encode(_scalar(value))}"]

"""Schema ``pattern``s the generated models can compile.

Specs write ECMA-262 (JavaScript) regular expressions; the models validate with pydantic's
engine (Rust ``regex``), which rejects part of that syntax and would make the package fail at
import. Each pattern is checked with pydantic-core itself. A rejected one is translated where the
JavaScript meaning has a faithful spelling:

- ``-`` next to a class escape inside ``[...]`` is a literal hyphen in JavaScript (``[\\w-:]``):
  written ``\\-``;
- ``[^]`` (any character) becomes ``[\\s\\S]``;
- ``\\cX`` (a control character) becomes ``\\x..``;
- a ``{`` that starts no quantifier (``a{,3}``, ``{id}``) is a literal brace: ``\\{``, ``\\}``.

What still does not compile (look-around, back-references) is dropped, with a warning naming
the schema's pointer: the model then accepts any string, the server still checks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from codegen.errors import Diagnostics, pointer
from codegen.spec import schemawalk

_QUANTIFIER = re.compile(r"\{\d+(,\d*)?\}")
_CLASS_ESCAPES = frozenset("dDwWsS")


@lru_cache(maxsize=4096)
def compiles(pattern: str) -> bool:
    """Whether pydantic (the engine of the generated models) accepts ``pattern``. pydantic-core
    is imported here, by the model process, not with this module: the main process imports it
    (through :mod:`codegen.models.generate`) but never checks a pattern (0.02 s at start-up)."""
    from pydantic_core import SchemaError, SchemaValidator, core_schema

    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern))
    except SchemaError:
        return False
    return True


def _class_escape(text: str, i: int) -> bool:
    return text[i : i + 1] == "\\" and text[i + 1 : i + 2] in _CLASS_ESCAPES


def translate(pattern: str) -> str:
    """The faithful rewrites above, in one left-to-right scan."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == "c" and i + 2 < n and pattern[i + 2].isalpha():
                out.append(f"\\x{ord(pattern[i + 2]) % 32:02x}")
                i += 3
                continue
            end = pattern.find("}", i + 2)
            if nxt in "pPxu" and pattern[i + 2 : i + 3] == "{" and end > 0:  # \p{L}, \u{1F600}
                out.append(pattern[i : end + 1])
                i = end + 1
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "-" and (
                (i >= 2 and _class_escape(pattern, i - 2)) or _class_escape(pattern, i + 1)
            ):
                c = "\\-"
            out.append(c)
            i += 1
            continue
        if c == "[":
            if pattern.startswith("[^]", i):
                out.append("[\\s\\S]")
                i += 3
                continue
            in_class = True
            out.append(c)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            continue
        quantifier = _QUANTIFIER.match(pattern, i) if c == "{" else None
        if quantifier:
            out.append(quantifier.group())
            i = quantifier.end()
            continue
        out.append("\\" + c if c in "{}" else c)
        i += 1
    return "".join(out)


def fit(pattern: str) -> str | None:
    """``pattern`` as the models can compile it, or None when it has no faithful spelling."""
    if compiles(pattern):
        return pattern
    translated = translate(pattern)
    return translated if compiles(translated) else None


def fit_all(prepared: dict[str, Any], diags: Diagnostics | None) -> None:
    """Every ``pattern`` (and ``patternProperties`` key) of ``prepared`` as the models can compile
    it (:mod:`codegen.models.patterns`), in place: its schemas are fresh copies."""

    def drop(at: str, pattern: str) -> None:
        if diags is not None:
            diags.warn(
                f"pattern {pattern!r} has no equivalent the models' regex engine accepts",
                at,
                "left the constraint out of the model (the server still checks it)",
            )

    for path, node in schemawalk.walk(prepared):
        value = node.get("pattern")
        if "pattern" in node:
            fitted = fit(value) if isinstance(value, str) else None
            if fitted is None:
                drop(pointer(*path, "pattern"), str(value))
                del node["pattern"]
            else:
                node["pattern"] = fitted
        keyed = node.get("patternProperties")
        if isinstance(keyed, dict):
            table = {}
            for key, schema in keyed.items():
                fitted = fit(key)
                if fitted is None:
                    drop(pointer(*path, "patternProperties", key), key)
                else:
                    table[fitted] = schema
            node["patternProperties"] = table

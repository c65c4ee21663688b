"""Escaping of untrusted spec text, one function per output context.

Spec strings reach the Python output in exactly two ways: inside a docstring (:func:`docstring_body`)
or as a string literal (:func:`literal`); the TOML output (``pyproject.toml``) takes them only through
:func:`toml_string`. Neither can end its context or smuggle in code, whatever the
input: literals come from ``repr`` and docstrings have backslashes, quotes and control characters
neutralised. Spec text never goes into a ``#`` comment.
"""

from __future__ import annotations

import functools
import re
import textwrap

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\u0085]")


def literal(value: str | int | float | bool | None) -> str:
    """A Python literal for a JSON scalar (strings through ``repr``, which escapes everything)."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return f"float({str(value)!r})"
    return repr(value)


def tuple_literal(value: tuple[object, ...]) -> str:
    """A Python literal for nested tuples of JSON scalars (``(("a", "b"), ())``)."""
    items = [
        tuple_literal(v) if isinstance(v, tuple) else literal(v)  # type: ignore[arg-type]
        for v in value
    ]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


_TOML_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_TOML_SPECIAL = re.compile(r'["\\\x00-\x1f\x7f]')
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def toml_string(value: str) -> str:
    """A TOML basic string (``"..."``) that reads back as ``value``.

    Quotes, backslashes and control characters (NUL and DEL included) are escaped; other text is
    written as is (UTF-8). A lone surrogate (from a JSON ``\\ud83e`` without its pair) is not a
    character TOML or UTF-8 can hold: it becomes U+FFFD. ``json.dumps`` is not a substitute:
    its ``\\ud83e\\udd89`` pairs are invalid TOML.
    """
    text = _SURROGATE.sub("\ufffd", value)
    return (
        '"'
        + _TOML_SPECIAL.sub(
            lambda m: _TOML_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text
        )
        + '"'
    )


def clean(text: str) -> str:
    """Normalise newlines and drop control characters that have no place in prose."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


@functools.lru_cache(maxsize=1 << 14)  # (a spec repeats its texts: GitHub 23,000 calls)
def docstring_body(text: str) -> str:
    """Make ``text`` safe inside a triple-double-quoted (non-raw) docstring."""
    text = clean(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        # A final quote is bare when an even number of backslashes precede it; it would merge
        # with the closing triple quote, so escape it.
        body = text[:-1]
        slashes = len(body) - len(body.rstrip("\\"))
        if slashes % 2 == 0:
            text = body + '\\"'
    return text


def paragraphs(text: str, width: int = 88, indent: str = "") -> list[str]:
    """Wrap prose to ``width`` keeping blank-line paragraph breaks and list-like lines."""
    return list(_paragraphs(text, width, indent))


@functools.lru_cache(maxsize=4096)
def _paragraphs(text: str, width: int, indent: str) -> tuple[str, ...]:
    """:func:`paragraphs`, remembered: a spec repeats its parameter descriptions (GitHub: 6,000
    wraps, most of them of a few hundred texts), and ``textwrap`` was a third of rendering."""
    out: list[str] = []
    for block in clean(text).strip().split("\n\n"):
        lines = block.splitlines()
        if any(line.lstrip().startswith(("-", "*", "|", "```")) for line in lines):
            out.extend(indent + line.rstrip() for line in lines)
        else:
            joined = " ".join(line.strip() for line in lines)
            out.extend(wrap(joined, width, indent) or [indent])
        out.append("")
    while out and not out[-1].strip():
        out.pop()
    return tuple(out)


_ODD_SPACE = re.compile(r"[^\S ]")  # whitespace but the plain space: tabs, no-break spaces…


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """``textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent,
    break_long_words=False, break_on_hyphens=False)``, line for line.

    Prose from a spec is mostly words between single plain spaces; such a text is cut at the
    last space that fits, a line at a time (``textwrap`` went through it word by word: a
    tenth of rendering GitHub). Anything else (tabs, runs of spaces, other whitespace, which
    ``textwrap`` treats in its own ways) goes to ``textwrap`` itself."""
    if (
        not text
        or text[0] == " "
        or text[-1] == " "
        or "  " in text
        or _ODD_SPACE.search(text) is not None
    ):
        return textwrap.wrap(
            text,
            width=width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    room = width - len(indent)
    lines: list[str] = []
    start, end = 0, len(text)
    while end - start > room:
        cut = text.rfind(" ", start, start + room + 1)  # the last word that fits ends there
        if cut < 0:  # a word longer than a line: it is a line of its own
            cut = text.find(" ", start)
            if cut < 0:
                break
        lines.append(indent + text[start:cut])
        start = cut + 1
    lines.append(indent + text[start:])
    return lines


@functools.lru_cache(maxsize=1 << 14)
def first_sentence(text: str) -> str:
    text = " ".join(clean(text).split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text

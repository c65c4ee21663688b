"""Errors and warnings of the generator, as values that point into the spec.

Every failure the generator reports is a :class:`CodegenError` carrying the JSON pointer of the
offending spec location and a hint saying what to change. Warnings are values collected during a
run and printed once at the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


def escape_token(token: str | int) -> str:
    """Escape one reference token for a JSON pointer (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    """Undo :func:`escape_token`."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer (``#/a/b``) from raw tokens."""
    return "#" + "".join("/" + escape_token(t) for t in tokens)


def child(ptr: str, *tokens: str | int) -> str:
    """Extend a pointer with more raw tokens."""
    return ptr + "".join("/" + escape_token(t) for t in tokens)


class CodegenError(Exception):
    """A problem in the spec or the configuration that stops generation.

    ``pointer`` is a JSON pointer into the document named by ``source`` (the spec file, or the
    overrides file); ``hint`` says what to do about it.
    """

    def __init__(
        self, message: str, *, pointer: str = "#", hint: str = "", source: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.pointer = pointer
        self.hint = hint
        self.source = source

    def render(self) -> str:
        """The few readable lines printed for this error."""
        where = f"{self.source}{self.pointer}" if self.source else self.pointer
        lines = [f"error: {self.message}", f"  at: {where}"]
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True, slots=True)
class Warning_:
    """Something the generator worked around; ``did`` says what it did instead."""

    message: str
    pointer: str
    did: str = ""

    def render(self) -> str:
        text = f"warning: {self.message}\n  at: {self.pointer}"
        return text + (f"\n  did: {self.did}" if self.did else "")


@dataclass(slots=True)
class Diagnostics:
    """Collects warnings during a run, deduplicated and in a stable order."""

    warnings: list[Warning_] = field(default_factory=list)

    def warn(self, message: str, pointer: str, did: str = "") -> None:
        item = Warning_(message, pointer, did)
        if item not in self.warnings:
            self.warnings.append(item)

    def extend(self, items: Iterable[Warning_]) -> None:
        for item in items:
            self.warn(item.message, item.pointer, item.did)

    def render(self) -> str:
        return "\n".join(
            w.render() for w in sorted(self.warnings, key=lambda w: (w.pointer, w.message))
        )

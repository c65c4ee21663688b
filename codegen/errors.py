"""Errors and warnings of the generator, as values that point into the spec.

Every failure the generator reports is a :class:`CodegenError` carrying the JSON pointer of the
offending spec location and a hint saying what to change. A stage collects its errors in
:class:`Diagnostics` (one bad operation does not hide the next) and fails once at its end with a
:class:`CodegenErrors` listing them all, sorted by pointer. Warnings are values collected during a
run and printed once at the end, each once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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
    """Extend a pointer with more raw tokens. (Most tokens need no escaping: they are added as
    they are, which made the build's 23,000 pointers on GitHub cost a third of what they did.)"""
    for token in tokens:
        text = str(token)
        ptr += "/" + (escape_token(text) if "~" in text or "/" in text else text)
    return ptr


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


class CodegenErrors(CodegenError):
    """Several problems found in one run, sorted by (source, pointer); renders every one.

    Its own ``message``/``pointer``/``hint`` are the first error's, so code that handles a single
    :class:`CodegenError` still reads something sensible.
    """

    def __init__(self, errors: Iterable[CodegenError]) -> None:
        self.errors = tuple(sorted(errors, key=lambda e: (e.source, e.pointer, e.message)))
        if not self.errors:
            raise ValueError("CodegenErrors needs at least one error")
        first = self.errors[0]
        super().__init__(first.message, pointer=first.pointer, hint=first.hint, source=first.source)

    def render(self) -> str:
        return "\n".join(e.render() for e in self.errors)


@dataclass(frozen=True, slots=True)
class Warning_:
    """Something the generator worked around; ``did`` says what it did instead."""

    message: str
    pointer: str
    did: str = ""
    hint: str = ""  # what to change in the spec

    def render(self) -> str:
        text = f"warning: {self.message}\n  at: {self.pointer}"
        text += f"\n  did: {self.did}" if self.did else ""
        return text + (f"\n  hint: {self.hint}" if self.hint else "")

    def as_error(self) -> CodegenError:
        """This warning as an error (``--strict``)."""
        did = f"Without --strict the generator {self.did}. " if self.did else ""
        return CodegenError(self.message, pointer=self.pointer, hint=(did + self.hint).strip())


@dataclass(slots=True)
class Diagnostics:
    """Collects errors and warnings during a run, deduplicated and in a stable order."""

    warnings: list[Warning_] = field(default_factory=list)
    errors: list[CodegenError] = field(default_factory=list)
    # ``METHOD /path`` of operations left out because an error was recorded in them.
    skipped: set[str] = field(default_factory=set)
    # The warnings as a set: GitHub's ~900 warnings made the `in self.warnings` check quadratic.
    _seen: set[Warning_] = field(default_factory=set, repr=False, compare=False)

    def error(self, exc: CodegenError) -> None:
        """Record ``exc`` (each of them, for a :class:`CodegenErrors`), once."""
        for item in exc.errors if isinstance(exc, CodegenErrors) else (exc,):
            key = (item.source, item.pointer, item.message)
            if all((e.source, e.pointer, e.message) != key for e in self.errors):
                self.errors.append(item)

    @contextmanager
    def collecting(self) -> Iterator[None]:
        """Record a :class:`CodegenError` raised in the block and carry on after it."""
        try:
            yield
        except CodegenError as exc:
            self.error(exc)

    def failed_under(self, ptr: str) -> bool:
        """Whether an error was recorded at ``ptr`` or inside it (for the spec, not overrides)."""
        return any(
            not e.source and (e.pointer == ptr or e.pointer.startswith(ptr + "/"))
            for e in self.errors
        )

    def raise_errors(self) -> None:
        """End of a stage: fail with every error recorded so far, if there is one."""
        if self.errors:
            raise CodegenErrors(self.errors)

    def warn(self, message: str, pointer: str, did: str = "", *, hint: str = "") -> None:
        item = Warning_(message, pointer, did, hint)
        if item not in self._seen:
            self._seen.add(item)
            self.warnings.append(item)

    def extend(self, items: Iterable[Warning_]) -> None:
        for item in items:
            self.warn(item.message, item.pointer, item.did, hint=item.hint)

    def insert(self, at: int, items: Iterable[Warning_]) -> None:
        """``items`` recorded as if they had been when there were ``at`` warnings (a step run
        in another process): the list is the one recording them then would have made."""
        later = self.warnings[at:]
        del self.warnings[at:]
        self._seen = set(self.warnings)
        self.extend(items)
        self.extend(later)

    def raise_warnings(self) -> None:
        """``--strict``: fail with every warning (and error) recorded so far, if there is one."""
        if self.warnings or self.errors:
            raise CodegenErrors([*self.errors, *(w.as_error() for w in self.warnings)])

    def render(self) -> str:
        return "\n".join(
            w.render() for w in sorted(self.warnings, key=lambda w: (w.pointer, w.message))
        )

"""Changelog, part 4 — :class:`codegen.changelog.diff.Change` entries as Markdown or JSON text.

Markdown is meant for a pull-request comment: a title, a summary with counts (breaking first, by
what changed), then the breaking entries, then the others; each entry names the SDK thing (a call,
``Class.field``, a class) and the ``METHOD /path`` of the operations it affects. A comment holds at
most 65,536 characters (GitHub's limit): :func:`markdown` with ``limit`` keeps the summary and as
many breaking entries as fit and says where the full report is. JSON is the same entries as a list
of objects, for tools. Both keep the order they are given (already deterministic).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from codegen.changelog.diff import Change

COMMENT_LIMIT = 65_536  # characters GitHub accepts in one pull-request comment
_SHOWN = 5  # operations listed per entry; the rest are counted
_GROUPS = {
    "client": "client",
    "servers": "client",
    "security": "client",
    "class": "model classes",
    "request-field": "model and body fields",
    "response-field": "model and body fields",
    "parameter": "call arguments",
    "request-body": "call arguments",
}


def _group(change: Change) -> str:
    kind = change.kind.value
    for prefix, name in _GROUPS.items():
        if kind.startswith(prefix):
            return name
    return "operations"


def summary(changes: Sequence[Change]) -> str:
    """``3 changes, 1 breaking.``"""
    n = len(changes)
    breaking = sum(c.breaking for c in changes)
    return f"{n} change{'' if n == 1 else 's'}, {breaking} breaking."


def _table(changes: Sequence[Change]) -> list[str]:
    counts = Counter((_group(c), c.breaking) for c in changes)
    groups = sorted({g for g, _ in counts}, key=lambda g: (-counts[(g, True)], g))
    lines = ["| what changed | breaking | not breaking |", "| --- | ---: | ---: |"]
    for g in groups:
        lines.append(f"| {g} | {counts[(g, True)]} | {counts[(g, False)]} |")
    return lines


def entry(c: Change) -> str:
    """One bullet: the SDK name, what happened, the operations it affects."""
    text = f"- `{c.subject}`: {c.message}"
    if c.operations and c.subject.startswith("client.") and len(c.operations) == 1:
        return f"{text} — `{c.operations[0]}`"
    if c.operations:
        shown = [f"`{call}` (`{op}`)" for call, op in zip(c.calls, c.operations, strict=True)]
        more = len(shown) - _SHOWN
        listed = ", ".join(shown[:_SHOWN]) + (f" and {more} more" if more > 0 else "")
        return f"{text} — used by {listed}"
    return text


def _head(changes: Sequence[Change], old_name: str, new_name: str) -> list[str]:
    lines = [f"# API changes: `{old_name}` → `{new_name}`", ""]
    if not changes:
        return [*lines, "No changes to the public API.", ""]
    breaking = sum(c.breaking for c in changes)
    lines += [summary(changes), ""]
    if breaking:
        lines += [f"**{breaking} breaking** for code written against the previous SDK.", ""]
    return [*lines, *_table(changes), ""]


def markdown(
    changes: Sequence[Change],
    old_name: str,
    new_name: str,
    *,
    limit: int | None = None,
    full_report: str = "",
) -> str:
    """The report; with ``limit``, at most that many characters: when the whole report is longer,
    the summary and the breaking entries that fit, and a note naming ``full_report``."""
    head = _head(changes, old_name, new_name)
    if not changes:
        return "\n".join(head)
    breaking = [entry(c) for c in changes if c.breaking]
    other = [entry(c) for c in changes if not c.breaking]
    body: list[str] = []
    if breaking:
        body += ["## Breaking", "", *breaking, ""]
    if other:
        body += ["## Not breaking", "", *other, ""]
    text = "\n".join([*head, *body])
    if limit is None or len(text) <= limit:
        return text
    where = f" in `{full_report}`" if full_report else ""
    kept: list[str] = ["## Breaking", ""] if breaking else []
    size = len("\n".join(head)) + 400 + len(where)  # room for the note
    for line in breaking:
        if size + len(line) + 1 > limit:
            break
        kept.append(line)
        size += len(line) + 1
    shown = len(kept) - 2 if breaking else 0
    note = (
        f"_Truncated to fit a comment: {shown} of {len(breaking)} breaking entries shown, "
        f"{len(other)} non-breaking ones left out. The full report ({len(changes)} entries) is"
        f"{where or ' in the full report'}._"
    )
    return "\n".join([*head, note, "", *kept, ""])


def json_text(changes: Sequence[Change]) -> str:
    return json.dumps([c.as_dict() for c in changes], indent=2, ensure_ascii=False) + "\n"

"""Changelog, part 3 — :class:`codegen.changelog.diff.Change` entries as Markdown or JSON text.

Markdown is meant for a pull-request comment: a title, a one-line summary, then one section per
operation whose bullets start with **breaking** or non-breaking. JSON is the same entries as a
list of objects, for tools. Both keep the order they are given (already deterministic).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from codegen.changelog.diff import Change


def summary(changes: Sequence[Change]) -> str:
    """``3 changes, 1 breaking.``"""
    n = len(changes)
    breaking = sum(c.breaking for c in changes)
    return f"{n} change{'' if n == 1 else 's'}, {breaking} breaking."


def markdown(changes: Sequence[Change], old_name: str, new_name: str) -> str:
    lines = [f"# API changes: `{old_name}` → `{new_name}`", ""]
    if not changes:
        return "\n".join([*lines, "No changes to the public API.", ""])
    lines += [summary(changes), ""]
    sections: dict[str, list[Change]] = {}
    for change in changes:
        sections.setdefault(change.operation, []).append(change)
    for operation, entries in sections.items():
        breaking = sum(c.breaking for c in entries)
        note = f" — {breaking} breaking" if breaking else ""
        lines += [f"## `{operation}`{note}", ""]
        for c in entries:
            marker = "**breaking**" if c.breaking else "non-breaking"
            lines.append(f"- {marker}: {c.message}")
        lines.append("")
    return "\n".join(lines)


def json_text(changes: Sequence[Change]) -> str:
    return json.dumps([c.as_dict() for c in changes], indent=2, ensure_ascii=False) + "\n"

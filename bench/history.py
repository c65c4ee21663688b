"""The changelog over a real history (issue 16): every successive pair of ``../shared/specs/history``.

Each version is generated in place over the previous one, as ``make generate`` would after each
spec update (the method and class names the previous version published are kept), and each pair is
diffed in SDK terms. Per pair it records: files and lines of the generated package that changed,
names that moved although their schema or operation did not (must be 0), the changelog's entries,
breaking entries, and the size of its Markdown, whole and bounded for a pull-request comment. The
table replaces the part of ``bench/HISTORY.md`` between its ``<!-- table -->`` markers; the review
against the publisher's changelog below it is written by hand. ``--reports DIR`` also writes each
pair's full report there. Run: ``.venv/bin/python bench/history.py [--reports DIR]`` (~2 minutes).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen.changelog.diff import Change, Kind, diff_surfaces  # noqa: E402
from codegen.changelog.report import COMMENT_LIMIT, markdown  # noqa: E402
from codegen.changelog.surface import Surface, build  # noqa: E402

HISTORY = ROOT.parent / "shared" / "specs" / "history"
DOC = ROOT / "bench" / "HISTORY.md"
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True, slots=True)
class PairResult:
    old: str
    new: str
    files_changed: int
    lines_changed: int
    moved_names: list[str]  # names that changed although their schema or operation did not
    changes: list[Change]
    full_chars: int
    comment_chars: int
    full: str


def versions(folder: Path = HISTORY) -> list[Path]:
    return sorted(folder.glob("apideck-crm-*.yml"), key=lambda p: p.name)


def _lines(old: dict[str, str], new: dict[str, str]) -> tuple[int, int]:
    files = lines = 0
    for rel in sorted(old.keys() | new.keys()):
        a, b = old.get(rel, ""), new.get(rel, "")
        if a == b:
            continue
        files += 1
        diff = difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
        lines += sum(1 for d in diff if d[:1] in "+-" and d[:3] not in ("+++", "---"))
    return files, lines


def moved_names(old: Surface, new: Surface) -> list[str]:
    """Classes whose schema is the same text and methods whose operation is, yet renamed."""
    out: list[str] = []
    for ref in sorted(old.classes.keys() & new.classes.keys()):
        if old.classes[ref] != new.classes[ref]:
            a = old.resolver.deref({"$ref": ref}, ref)[0]
            b = new.resolver.deref({"$ref": ref}, ref)[0]
            if json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True):
                out.append(f"class {old.classes[ref]} → {new.classes[ref]}")
    for key in sorted(old.names.keys() & new.names.keys()):
        if old.names[key] != new.names[key]:
            out.append(f"method {old.names[key]} → {new.names[key]} ({key})")
    return out


def run(paths: list[Path]) -> list[PairResult]:
    results: list[PairResult] = []
    previous: Surface | None = None
    for path in paths:
        side = build(path, "new" if previous else "old", None, published=previous)
        if previous is not None:
            changes = diff_surfaces(previous, side)
            full = markdown(changes, previous.name, side.name)
            comment = markdown(
                changes, previous.name, side.name, limit=COMMENT_LIMIT, full_report="changelog.md"
            )
            files, lines = _lines(previous.files, side.files)
            results.append(
                PairResult(
                    previous.name,
                    side.name,
                    files,
                    lines,
                    moved_names(previous, side),
                    changes,
                    len(full),
                    len(comment),
                    full,
                )
            )
        previous = side
    return results


def _short(name: str) -> str:
    return name.removeprefix("apideck-crm-").removesuffix(".yml")


def table(results: list[PairResult]) -> str:
    rows = [
        "| old → new | files / lines changed | names moved | entries | breaking "
        "| classes renamed / removed | Markdown chars (comment) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        kinds = [c.kind for c in r.changes]
        renamed, removed = kinds.count(Kind.CLASS_RENAMED), kinds.count(Kind.CLASS_REMOVED)
        rows.append(
            f"| {_short(r.old)} → {_short(r.new)} | {r.files_changed} / {r.lines_changed} "
            f"| {len(r.moved_names)} | {len(r.changes)} | {sum(c.breaking for c in r.changes)} "
            f"| {renamed} / {removed} | {r.full_chars:,} ({r.comment_chars:,}) |"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=Path, help="write each pair's full report here")
    args = parser.parse_args()
    results = run(versions())
    text = table(results)
    print(text)
    if args.reports:
        args.reports.mkdir(parents=True, exist_ok=True)
        for r in results:
            name = f"{_short(r.old)}--{_short(r.new)}.md"
            (args.reports / name).write_text(r.full, encoding="utf-8")
    if DOC.is_file():
        doc = DOC.read_text(encoding="utf-8")
        start, end = doc.find("<!-- table -->"), doc.find("<!-- /table -->")
        if start != -1 and end != -1:
            doc = doc[: start + len("<!-- table -->")] + "\n" + text + "\n" + doc[end:]
            DOC.write_text(doc, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

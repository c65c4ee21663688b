"""Where one generation spends its time: run by ``bench/run.py`` in a fresh interpreter, prints JSON.

Runs ``codegen.cli.main`` (the same path as ``python -m codegen generate``) with the pipeline's
stage functions wrapped, so each stage is timed where the pipeline calls it:

- ``--mode stages``: wall time per stage, unprofiled, and the process's peak RSS after each stage;
  inside ``models`` the datamodel-code-generator call and our class renaming (``denumber``) are
  timed too, inside ``ruff`` each ruff subprocess.
- ``--mode profile``: the same run with one ``cProfile`` profiler per top-level stage (so each
  function's time is attributed to the stage that called it); prints each stage's functions.

A stage function the pipeline no longer has is reported as missing instead of failing, so the
harness keeps working while the pipeline changes.

    python bench/stages.py --mode stages|profile --spec SPEC --overrides TOML --out DIR
"""

from __future__ import annotations

import time

T_START = time.perf_counter()

import argparse  # noqa: E402
import cProfile  # noqa: E402
import functools  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import pstats  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

# (module, attribute, stage) for the pipeline's top-level steps, in pipeline order. Several
# attributes may share a stage; their times add up (a call inside another of the same stage is
# counted once). An attribute may be a class's method (``Class.method``).
TOP: list[tuple[str, str, str]] = [
    ("codegen.cli", "fingerprint", "fingerprint"),
    ("codegen.cli", "up_to_date", "fingerprint"),
    ("codegen.cli", "published_names", "write"),
    ("codegen.pipeline", "load", "load"),
    ("codegen.pipeline", "load_overrides", "load"),
    ("codegen.pipeline", "validate", "validate"),
    ("codegen.pipeline", "Resolver", "bundle"),
    ("codegen.pipeline", "bundle", "bundle"),
    ("codegen.pipeline", "reachable", "bundle"),
    ("codegen.pipeline", "canonical", "bundle"),
    # The pipeline imports these where it forks the model stage, so they are wrapped where they
    # are defined (format_files calls start_format: one wrapper times both).
    ("codegen.spec.lint", "lint", "lint"),
    ("codegen.pipeline", "draft_models", "models"),
    ("codegen.build.builder", "build", "build"),
    ("codegen.render.package", "render_parts", "render"),
    ("codegen.pipeline", "model_parts", "render"),
    ("codegen.render.package", "render_models", "render"),
    ("codegen.render.format", "start_format", "ruff"),
    ("codegen.pipeline", "manifest_text", "write"),
    ("codegen.cli", "diff", "write"),
    # The write: the files compared and staged (some while ruff formats the rest), then moved in.
    ("codegen.output.write", "Update.offer", "write"),
    ("codegen.output.write", "Update.change", "write"),
    ("codegen.output.write", "Update.commit", "write"),
]
# Timed (never profiled on their own) inside a top-level stage.
NESTED: list[tuple[str, str, str]] = [
    ("codegen.models.engine", "generate", "models: datamodel-code-generator generate()"),
    ("codegen.models.generate", "denumber", "models: denumber (collision names)"),
    ("codegen.models.generate", "rewrite", "models: rewrite (renames, repeats, open enums)"),
    ("codegen.render.format", "_run", "ruff: subprocess"),
]
STAGE_ORDER = [
    *("fingerprint", "load", "validate", "bundle", "lint", "models", "build", "render", "ruff"),
    "write",
]
# Stages one after another, so each is timed on its own: no forked model stage beside lint, no
# ruff thread beside rendering (a real run overlaps them; its wall time is the bench's).
os.environ["CODEGEN_JOBS"] = "1"


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


class Recorder:
    def __init__(self, profile: bool) -> None:
        self.profile = profile
        self.times: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.memory: dict[str, dict[str, float]] = {}
        self.profiles: dict[str, cProfile.Profile] = {}
        self.missing: list[str] = []
        self._active: set[str] = set()  # the top-level stages being timed

    def _add(self, label: str, seconds: float) -> None:
        self.times[label] = self.times.get(label, 0.0) + seconds
        self.calls[label] = self.calls.get(label, 0) + 1

    def top(self, fn: Callable[..., Any], stage: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if stage in self._active:  # called by another function of its stage: timed there
                return fn(*args, **kwargs)
            self._active.add(stage)
            prof = self.profiles.setdefault(stage, cProfile.Profile()) if self.profile else None
            start = time.perf_counter()
            if prof is not None:
                prof.enable()
            try:
                return fn(*args, **kwargs)
            finally:
                if prof is not None:
                    prof.disable()
                self._active.discard(stage)
                self._add(stage, time.perf_counter() - start)
                self.memory[stage] = {
                    "peak_rss_mb": _peak_mb(),
                    "rss_after_mb": _rss_mb(),
                    "children_peak_rss_mb": _peak_mb(resource.RUSAGE_CHILDREN),
                }

        return wrapper

    def nested(self, fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        active = {"depth": 0}

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if active["depth"]:  # a recursive call: counted in the outermost one
                return fn(*args, **kwargs)
            name = label
            if label == "ruff: subprocess" and args and isinstance(args[0], list) and args[0]:
                name = f"ruff: `ruff {args[0][0]}`"
            active["depth"] += 1
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                active["depth"] -= 1
                self._add(name, time.perf_counter() - start)

        return wrapper


def _install(rec: Recorder) -> None:
    import importlib

    for table, wrap in ((TOP, rec.top), (NESTED, rec.nested)):
        for module_name, attr, label in table:
            try:
                owner: Any = importlib.import_module(module_name)
                *outer, name = attr.split(".")
                for part in outer:
                    owner = getattr(owner, part)
                fn = getattr(owner, name)
            except (ImportError, AttributeError):
                rec.missing.append(f"{module_name}.{attr}")
                continue
            setattr(owner, name, wrap(fn, label))


def _short(path: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/", "lib/python3.12/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def _rows(
    stats: pstats.Stats, key: str, limit: int, only: str | None = None
) -> list[dict[str, Any]]:
    entries = []
    for (file, line, func), (cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if func in ("<method 'enable' of '_lsprof.Profiler' objects>",) or "stages.py" in file:
            continue
        if only is not None and only not in file:
            continue
        where = f"{_short(file)}:{line}({func})" if line else func
        entries.append(
            {"function": where, "ncalls": nc, "primitive": cc, "tottime": tt, "cumtime": ct}
        )
    entries.sort(key=lambda e: e[key], reverse=True)
    return entries[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["stages", "profile"], required=True)
    parser.add_argument("--spec", required=True)
    parser.add_argument("--overrides", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--per-stage", type=int, default=30)
    args = parser.parse_args()

    t_imports = time.perf_counter()
    import codegen.cli

    imports_s = time.perf_counter() - t_imports
    rec = Recorder(profile=args.mode == "profile")
    _install(rec)
    t_main = time.perf_counter()
    stdout = sys.stdout
    sys.stdout = io.StringIO()  # the CLI's own one-line report
    try:
        rc = codegen.cli.main(
            [
                "generate",
                "--spec",
                args.spec,
                "--out",
                args.out,
                "--overrides",
                args.overrides,
            ]
        )
    finally:
        sys.stdout = stdout
    main_s = time.perf_counter() - t_main
    result: dict[str, Any] = {
        "rc": rc,
        "mode": args.mode,
        "before_main_s": t_imports - T_START,
        "imports_s": imports_s,
        "main_s": main_s,
        "times": rec.times,
        "calls": rec.calls,
        "memory": rec.memory,
        "missing": rec.missing,
        "peak_rss_mb": _peak_mb(),
        "children_peak_rss_mb": _peak_mb(resource.RUSAGE_CHILDREN),
    }
    if rec.profile:
        per_stage = {}
        for stage, prof in rec.profiles.items():
            stats = pstats.Stats(prof)
            per_stage[stage] = {
                "total": stats.total_tt,  # type: ignore[attr-defined]
                "cumulative": _rows(stats, "cumtime", args.per_stage),
                "self": _rows(stats, "tottime", args.per_stage),
                "ours": _rows(stats, "cumtime", args.per_stage, only="codegen/"),
            }
        merged = pstats.Stats(*rec.profiles.values())
        result["per_stage"] = per_stage
        result["top_cumulative"] = _rows(merged, "cumtime", args.top)
        result["top_self"] = _rows(merged, "tottime", args.top)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

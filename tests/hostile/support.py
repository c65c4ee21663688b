"""Helpers shared by the hostile-spec tests: the case folder, the CLI, generation, fresh imports."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from codegen.output.write import write
from codegen.pipeline import Result, generate

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "cases"
# Every injection payload in the corpus would create a file with this name in the working
# directory if it ever ran (as code in the output, or as a Jinja expression while rendering).
CANARY = "HOSTILE_CANARY"


def case(name: str) -> Path:
    path = CASES / name
    assert path.is_file(), f"missing case file {path}"
    return path


def run_cli(
    *args: str, cwd: Path = ROOT, hashseed: str = "0", extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m codegen ARGS`` in a clean environment; ``codegen`` comes from ROOT."""
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": os.path.dirname(sys.executable) + os.pathsep + "/usr/bin:/bin",
        "PYTHONHASHSEED": hashseed,
        "LC_ALL": "C.UTF-8",
        **(extra_env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def generate_into(spec: Path, out: Path, package: str | None = None) -> Result:
    """The whole pipeline in this process, written to ``out``."""
    result = generate(spec, package=package)
    write(result.files, out)
    return result


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (``__pycache__`` excluded), by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _forget(package: str) -> None:
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


@contextmanager
def imported(out: Path, package: str) -> Iterator[ModuleType]:
    """Import ``package`` from ``out`` (fresh), and forget it afterwards."""
    _forget(package)
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
        _forget(package)

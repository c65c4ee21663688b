"""Golden trees: small one-feature specs whose whole generated tree is committed and compared.

Missing, extra and changed files all fail. `make golden-update` (UPDATE_GOLDEN=1) rewrites the
expected trees; review the diff before committing. Runtime modules are compared too, so a runtime
change shows up here as well.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.output.write import write
from codegen.pipeline import generate
from tests.conftest import ROOT, UPDATE

HERE = Path(__file__).resolve().parent
SPECS = sorted(p for p in (HERE / "specs").iterdir() if p.suffix in {".json", ".yaml", ".yml"})
EXPECTED = HERE / "expected"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".egg-info" not in str(p)
    }


def _generate(spec: Path, out: Path) -> None:
    overrides = spec.with_suffix(".overrides.toml")
    result = generate(
        spec,
        package=f"golden_{spec.stem}",
        overrides_path=overrides if overrides.is_file() else None,
        inputs_sha256="",  # keeps the trees independent of the generator's own source
    )
    write(result.files, out)


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_golden_tree(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / spec.stem
    _generate(spec, out)
    expected = EXPECTED / spec.stem
    if UPDATE:
        shutil.rmtree(expected, ignore_errors=True)
        shutil.copytree(out, expected)
    actual, wanted = _tree(out), _tree(expected)
    missing = sorted(set(wanted) - set(actual))
    extra = sorted(set(actual) - set(wanted))
    changed = sorted(k for k in set(actual) & set(wanted) if actual[k] != wanted[k])
    assert (missing, extra, changed) == ([], [], []), (
        f"{spec.name}: golden tree differs (missing, extra, changed); "
        "review and run `make golden-update`"
    )


def test_golden_trees_pass_mypy_strict_and_ruff() -> None:
    trees = [EXPECTED / s.stem for s in SPECS]
    assert all(t.is_dir() for t in trees)
    for tree in trees:
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
            cwd=tree,
            capture_output=True,
            text=True,
            check=False,
        )
        assert ruff.returncode == 0, ruff.stdout
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            *[a for s in SPECS for a in ("-p", f"golden_{s.stem}")],
        ],
        cwd=ROOT,
        env={"MYPYPATH": ":".join(str(t) for t in trees), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout

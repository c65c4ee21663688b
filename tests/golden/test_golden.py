"""Golden trees: small one-feature specs whose generated tree is committed and compared.

Missing, extra and changed files all fail. `make golden-update` (UPDATE_GOLDEN=1; refused when
`CI` is set) rewrites the expected trees; review the diff before committing. The records hold
only what the generator makes from each spec: the runtime modules copied from templates/runtime/
are left out of them and checked once, below, in every fresh generation and in generated/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.output.write import MANIFEST
from codegen.render.package import RUNTIME, RUNTIME_HEADER, runtime_files, runtime_paths
from tests.conftest import ROOT, UPDATE
from tests.golden.conftest import EXPECTED, SPECS, FreshTree


def _without_runtime(manifest: bytes, runtime: frozenset[str] | set[str]) -> bytes:
    """The manifest as recorded: its hashes of the copied runtime left out, so that one runtime
    edit does not show in every golden record (the runtime is checked once, byte for byte)."""
    data = json.loads(manifest)
    data["files"] = {k: v for k, v in data["files"].items() if k not in runtime}
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()


def _tree(root: Path, package: str) -> dict[str, bytes]:
    runtime = set(runtime_paths(package))
    tree = {
        rel: p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and "__pycache__" not in p.parts
        and ".egg-info" not in str(p)
        and (rel := p.relative_to(root).as_posix()) not in runtime
    }
    if MANIFEST in tree:
        tree[MANIFEST] = _without_runtime(tree[MANIFEST], runtime)
    return tree


def _record(tree: dict[str, bytes], expected: Path) -> None:
    shutil.rmtree(expected, ignore_errors=True)
    for rel, data in tree.items():
        path = expected / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_golden_tree(spec: Path, fresh_tree: FreshTree) -> None:
    package = f"golden_{spec.stem}"
    actual = _tree(fresh_tree(spec.stem), package)
    expected = EXPECTED / spec.stem
    if UPDATE:
        _record(actual, expected)
    wanted = _tree(expected, package)
    missing = sorted(set(wanted) - set(actual))
    extra = sorted(set(actual) - set(wanted))
    changed = sorted(k for k in set(actual) & set(wanted) if actual[k] != wanted[k])
    assert (missing, extra, changed) == ([], [], []), (
        f"{spec.name}: golden tree differs (missing, extra, changed); "
        "review and run `make golden-update`"
    )


def _runtime_sources() -> dict[str, bytes]:
    """The copied modules (``__init__.py`` is the runtime's own, not copied), as bytes on disk."""
    return {name: (RUNTIME / name).read_bytes() for name in runtime_files()}


def _runtime_mismatches(package_dir: Path) -> list[str]:
    """Runtime modules missing from, or not byte-identical (apart from the header) in, a package."""
    header = RUNTIME_HEADER.encode()
    bad = []
    for name, source in _runtime_sources().items():
        path = package_dir / name
        if not path.is_file() or path.read_bytes() != header + source:
            bad.append(f"{package_dir.name}/{name}")
    return bad


def test_runtime_header_says_copied_not_generated() -> None:
    assert RUNTIME_HEADER.startswith("# ")
    assert RUNTIME_HEADER.endswith("\n")
    assert RUNTIME_HEADER.count("\n") == 1
    assert "not generated from the spec" in RUNTIME_HEADER
    assert "templates/runtime/" in RUNTIME_HEADER
    assert len(_runtime_sources()) >= 10  # the glob finds the runtime, not an empty folder
    assert any(b"# noqa" in s for s in _runtime_sources().values())  # the fix pass's old victim


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_fresh_generation_carries_the_runtime_byte_for_byte(
    spec: Path, fresh_tree: FreshTree
) -> None:
    package_dir = fresh_tree(spec.stem) / f"golden_{spec.stem}"
    assert _runtime_mismatches(package_dir) == []


def test_committed_sdk_carries_the_runtime_byte_for_byte() -> None:
    assert _runtime_mismatches(ROOT / "generated" / "heygen") == []


def test_golden_records_hold_no_runtime_copy() -> None:
    names = set(_runtime_sources())
    copies = sorted(
        p.relative_to(EXPECTED).as_posix()
        for p in EXPECTED.glob("*/golden_*/_*.py")
        if p.name in names
    )
    assert copies == []


def test_golden_trees_pass_mypy_strict_and_ruff(fresh_tree: FreshTree) -> None:
    trees = [fresh_tree(s.stem) for s in SPECS]
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


PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


@pytest.mark.skipif(
    not PYRIGHT.exists() and not os.environ.get("CI"), reason="pyright comes with `npm ci`"
)
def test_golden_trees_pass_pyright(fresh_tree: FreshTree) -> None:
    """Users' editors run pyright: every generated package is clean under it too, warnings
    included (pinned in package-lock.json, run offline)."""
    packages = [str(fresh_tree(s.stem) / f"golden_{s.stem}") for s in SPECS]
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, *packages],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(proc.stdout)
    diagnostics = [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['severity']}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] in ("error", "warning")
    ]
    assert report["summary"]["filesAnalyzed"] >= len(SPECS)
    assert diagnostics == []

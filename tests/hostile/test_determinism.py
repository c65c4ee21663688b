"""Deterministic: generating twice — from different working directories, with the spec named by a
relative and an absolute path, under different ``PYTHONHASHSEED``s — gives identical bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .support import case, run_cli, tree_bytes

SPECS = [
    "inj_names_case_punct.json",
    "inj_enum_values.json",
    "inj_schema_names.json",
    "inj_tags_operation_ids.json",
    "inj_prose_jinja.json",
]


@pytest.mark.parametrize("name", SPECS)
def test_same_bytes_from_different_cwd_and_hash_seed(name: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "deep" / "cwd", tmp_path / "b"
    first.mkdir(parents=True)
    second.mkdir()
    shutil.copy(case(name), second / name)
    one = run_cli(
        "generate",
        "--spec",
        str(case(name)),
        "--out",
        str(tmp_path / "out1"),
        cwd=first,
        hashseed="1",
    )
    two = run_cli("generate", "--spec", name, "--out", "../out2", cwd=second, hashseed="4242")
    assert one.returncode == 0, one.stderr
    assert two.returncode == 0, two.stderr
    assert one.stderr == two.stderr  # warnings too, in the same order
    a, b = tree_bytes(tmp_path / "out1"), tree_bytes(tmp_path / "out2")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []

"""Nothing lost: a failure at any stage — the formatter included — leaves a previous output tree
byte-identical; files the generator stopped producing are pruned; files it never owned are kept."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

import codegen.render.format
from codegen.cli import main

from .support import case, run_cli, tree_bytes

TWO_RESOURCES = {
    "openapi": "3.1.0",
    "info": {"title": "Stale", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1:1"}],
    "paths": {
        "/cats": {
            "get": {
                "operationId": "listCats",
                "tags": ["cats"],
                "responses": {"204": {"description": "none"}},
            }
        },
        "/dogs": {
            "get": {
                "operationId": "listDogs",
                "tags": ["dogs"],
                "responses": {"204": {"description": "none"}},
            }
        },
    },
}


def _previous_tree(tmp_path: Path) -> Path:
    """A generated output with a foreign file in it, as a user would have it."""
    out = tmp_path / "out"
    proc = run_cli("generate", "--spec", str(case("inj_recursive.json")), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    (out / "NOTES.md").write_text("mine\n")
    (out / "recursive" / "extra.py").write_text("# hand-written\n")
    return out


def test_a_formatter_failure_leaves_the_previous_tree_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _previous_tree(tmp_path)
    before = tree_bytes(out)
    broken = tmp_path / "ruff"
    broken.write_text("#!/bin/sh\necho 'ruff: forced failure' >&2\nexit 1\n")
    broken.chmod(broken.stat().st_mode | stat.S_IXUSR)
    # Forcing a failure at the library boundary: the ruff binary the formatter runs.
    monkeypatch.setattr(codegen.render.format, "find_ruff_bin", lambda: str(broken))
    code = main(["generate", "--spec", str(case("inj_prose_tdq.json")), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert (
        err.splitlines()[0]
        == "error: ruff check failed on the generated code: ruff: forced failure"
    )
    assert tree_bytes(out) == before
    assert not [p for p in tmp_path.iterdir() if ".staging-" in p.name]


def test_a_spec_error_leaves_the_previous_tree_unchanged(tmp_path: Path) -> None:
    out = _previous_tree(tmp_path)
    before = tree_bytes(out)
    for name in ("err_missing_ref.json", "err_invalid_json.json", "err_swagger2.json"):
        proc = run_cli("generate", "--spec", str(case(name)), "--out", str(out))
        assert proc.returncode == 1
        assert tree_bytes(out) == before


def test_a_model_generator_failure_leaves_the_previous_tree_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _previous_tree(tmp_path)
    before = tree_bytes(out)

    def explode(*args: object, **kwargs: object) -> str:
        raise RuntimeError("forced failure inside datamodel-code-generator")

    monkeypatch.setattr("codegen.models.engine.generate", explode)  # the library's entry point
    code = main(["generate", "--spec", str(case("inj_prose_tdq.json")), "--out", str(out)])
    assert code == 1
    assert "forced failure inside datamodel-code-generator" in capsys.readouterr().err
    assert tree_bytes(out) == before


def test_stale_files_are_pruned_and_foreign_files_kept(tmp_path: Path) -> None:
    spec = tmp_path / "stale.json"
    spec.write_text(json.dumps(TWO_RESOURCES))
    out = tmp_path / "out"
    assert run_cli("generate", "--spec", str(spec), "--out", str(out)).returncode == 0
    assert (out / "stale" / "resources" / "dogs.py").is_file()
    (out / "stale" / "mine.py").write_text("KEEP = 1\n")
    (out / "stale" / "resources" / "mine_too.txt").write_text("keep\n")
    (out / "README.local").write_text("keep\n")

    del TWO_RESOURCES["paths"]["/dogs"]  # type: ignore[attr-defined]
    spec.write_text(json.dumps(TWO_RESOURCES))
    proc = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert proc.returncode == 0, proc.stderr

    assert not (out / "stale" / "resources" / "dogs.py").exists()
    assert (out / "stale" / "resources" / "cats.py").is_file()
    assert (out / "stale" / "mine.py").read_text() == "KEEP = 1\n"
    assert (out / "stale" / "resources" / "mine_too.txt").read_text() == "keep\n"
    assert (out / "README.local").read_text() == "keep\n"
    manifest = json.loads((out / ".codegen-manifest.json").read_text())
    owned = set(manifest["files"])
    assert "stale/resources/dogs.py" not in owned
    assert "stale/mine.py" not in owned
    assert "stale/resources/cats.py" in owned
    # What the manifest owns is exactly what is there, foreign files and the cache aside.
    present = {p for p in tree_bytes(out) if not p.startswith(".codegen-cache/")}
    present -= {".codegen-manifest.json"}
    assert present - owned == {"stale/mine.py", "stale/resources/mine_too.txt", "README.local"}
    assert owned <= present

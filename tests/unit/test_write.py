"""codegen.output.write: the all-or-nothing update of the output folder, pruning and the manifest."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from codegen.output.write import MANIFEST, diff, manifest_text, owned_files, read_manifest, write


def _files(tree: dict[str, str]) -> dict[str, str]:
    return {**tree, MANIFEST: manifest_text(tree, {"generator": "codegen test"})}


def _tree(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def test_manifest_text() -> None:
    text = manifest_text({"b.py": "B", "a/x.py": "X"}, {"spec_sha256": "abc"})
    data = json.loads(text)
    assert data == {
        "spec_sha256": "abc",
        "files": {
            "a/x.py": "4b68ab3847feda7d6c62c1fbcbeebfa35eab7351ed5e78f4ddadea5df64b8015",
            "b.py": "df7e70e5021544f4834bbee64a9e3789febc4be81470df629cad6ddb03320a5c",
        },
    }
    assert text.endswith("\n")
    assert list(data["files"]) == ["a/x.py", "b.py"]  # sorted: stable output


def test_write_into_fresh_folder(tmp_path: Path) -> None:
    out = tmp_path / "out" / "pkg"
    files = _files({"__init__.py": "x = 1\n", "sub/mod.py": "ünï = 'code'\n"})
    write(files, out)
    assert _tree(out) == files
    assert owned_files(out) == ["__init__.py", "sub/mod.py"]
    assert read_manifest(out)["generator"] == "codegen test"
    # No staging folders are left beside the output.
    assert [p.name for p in out.parent.iterdir()] == ["pkg"]


def test_rewrite_prunes_stale_and_keeps_foreign(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n", "old.py": "OLD\n", "sub/b.py": "B\n"}), out)
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (out / "sub" / "local.py").write_text("mine too\n", encoding="utf-8")
    (out / "__pycache__").mkdir()
    (out / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")

    new = _files({"a.py": "A2\n", "sub/b.py": "B\n", "c.py": "C\n"})
    change = diff(new, out)
    assert change.added == ("c.py",)
    assert change.changed == (MANIFEST, "a.py")
    assert change.removed == ("old.py",)
    assert not change.empty
    assert change.render().splitlines() == [
        "  added:   c.py",
        f"  changed: {MANIFEST}",
        "  changed: a.py",
        "  removed: old.py",
    ]

    write(new, out)
    tree = _tree(out)
    assert "old.py" not in tree  # listed in the old manifest, no longer produced: pruned
    assert tree["notes.txt"] == "mine\n"  # never listed: kept
    assert tree["sub/local.py"] == "mine too\n"
    assert tree["a.py"] == "A2\n"
    assert tree["c.py"] == "C\n"
    assert owned_files(out) == ["a.py", "c.py", "sub/b.py"]
    assert not (out / "__pycache__").exists()
    assert diff(new, out).empty
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]


def test_foreign_file_that_becomes_generated_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n"}), out)
    (out / "b.py").write_text("hand written\n", encoding="utf-8")
    write(_files({"a.py": "A\n", "b.py": "generated\n"}), out)
    assert (out / "b.py").read_text(encoding="utf-8") == "generated\n"


def test_diff_against_missing_folder(tmp_path: Path) -> None:
    files = _files({"a.py": "A\n"})
    change = diff(files, tmp_path / "nope")
    assert change.added == (MANIFEST, "a.py")
    assert change.changed == change.removed == ()


def test_diff_ignores_stale_entries_already_gone(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n", "b.py": "B\n"}), out)
    (out / "b.py").unlink()
    assert diff(_files({"a.py": "A\n"}), out).removed == ()


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"files": "x"}'])
def test_broken_manifest_means_nothing_owned(tmp_path: Path, content: str) -> None:
    (tmp_path / MANIFEST).write_text(content, encoding="utf-8")
    assert owned_files(tmp_path) == []


def test_unchanged_files_keep_their_modification_time(tmp_path: Path) -> None:
    # `make generate` reinstalls the package when pyproject.toml is newer than its stamp: a
    # regeneration that changes a module must not touch the pyproject.toml it did not change.
    out = tmp_path / "pkg"
    write(_files({"pyproject.toml": "[project]\n", "mod.py": "x = 1\n"}), out)
    old = 1_000_000_000
    for name in ("pyproject.toml", "mod.py"):
        os.utime(out / name, (old, old))
    write(_files({"pyproject.toml": "[project]\n", "mod.py": "x = 2\n"}), out)
    assert (out / "pyproject.toml").stat().st_mtime == old
    assert (out / "mod.py").stat().st_mtime > old
    assert (out / "mod.py").read_text(encoding="utf-8") == "x = 2\n"


def test_unchanged_and_foreign_files_are_linked_not_copied(tmp_path: Path) -> None:
    # An unchanged file is the same file afterwards (one link per file, not a copy of its
    # bytes), and nothing of the old tree is left linked to it: only the output names it.
    out = tmp_path / "pkg"
    write(_files({"same.py": "S\n", "edit.py": "E\n"}), out)
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (out / "link.txt").symlink_to("notes.txt")
    before = {name: (out / name).stat().st_ino for name in ("same.py", "edit.py", "notes.txt")}
    write(_files({"same.py": "S\n", "edit.py": "E2\n"}), out)
    assert (out / "same.py").stat().st_ino == before["same.py"]
    assert (out / "notes.txt").stat().st_ino == before["notes.txt"]
    assert (out / "edit.py").stat().st_ino != before["edit.py"]
    assert (out / "same.py").stat().st_nlink == 1
    assert (out / "notes.txt").stat().st_nlink == 1
    assert (out / "link.txt").is_symlink()
    assert (out / "link.txt").read_text(encoding="utf-8") == "mine\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]

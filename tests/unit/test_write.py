"""codegen.output.write: the all-or-nothing update of the output folder, pruning and the manifest."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.output import write as write_mod
from codegen.output.cache import CACHE_DIR, Cache
from codegen.output.write import (
    MANIFEST,
    Change,
    Update,
    diff,
    manifest_text,
    owned_files,
    read_manifest,
    write,
)


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


def test_an_update_in_place_touches_only_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    cache = {"models-a": b"A", "texts": b"T1"}
    write(_files({"same.py": "S\n", "edit.py": "E\n", "sub/gone.py": "G\n"}), out, cache=cache)
    ino = {
        rel: (out / rel).stat().st_ino for rel in ("same.py", "edit.py", ".codegen-cache/models-a")
    }
    write(_files({"same.py": "S\n", "edit.py": "E2\n"}), out, cache={**cache, "texts": b"T2"})
    assert (out / "same.py").stat().st_ino == ino["same.py"]
    assert (out / ".codegen-cache/models-a").stat().st_ino == ino[".codegen-cache/models-a"]
    assert (out / "edit.py").stat().st_ino != ino["edit.py"]
    assert (out / ".codegen-cache/texts").read_bytes() == b"T2"
    assert not (out / "sub").exists()  # its only file went, so did the folder
    assert _tree(out) == {
        **_files({"same.py": "S\n", "edit.py": "E2\n"}),
        ".codegen-cache/models-a": "A",
        ".codegen-cache/texts": "T2",
    }
    write(_files({"same.py": "S\n"}), out)  # no cache entries this time: no cache folder
    assert not (out / ".codegen-cache").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]


def test_cache_entries_read_this_run_are_not_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry whose bytes are the ones the run read from the cache folder stays without being
    read back; an entry made this run (even with the same name) is compared and written."""
    out = tmp_path / "pkg"
    first = Cache(None)
    for name in ("models-a", "models-b", "models-c"):
        first.put(name, name.encode())
    write(_files({"a.py": "A\n"}), out, cache=first.collected())
    run = Cache(out / CACHE_DIR)
    assert run.get("models-a") == b"models-a"
    assert run.get("models-b") == b"models-b"
    run.put("models-b", b"B2")  # made again: not as read
    collected = run.collected()
    assert collected.as_read == {"models-a"}
    compared: list[str] = []
    holds = write_mod._holds

    def spy(folder: str, name: str, raw: bytes, stored: Mapping[str, int]) -> bool:
        compared.append(name)
        return holds(folder, name, raw, stored)

    monkeypatch.setattr(write_mod, "_holds", spy)
    write(_files({"a.py": "A2\n"}), out, cache=collected)
    assert compared == ["models-b"]
    assert sorted(p.name for p in (out / CACHE_DIR).iterdir()) == ["models-a", "models-b"]
    assert Cache(out / CACHE_DIR).get("models-b") == b"B2"
    assert Cache(out / CACHE_DIR).get("models-a") == b"models-a"


def test_a_file_edited_by_hand_is_seen_and_written_again(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    files = _files({"a.py": "A\n", "b.py": "B\n"})
    write(files, out)
    (out / "a.py").write_text("B\n", encoding="utf-8")  # same size, other bytes
    assert diff(files, out).changed == ("a.py",)
    update = Update(out)
    update.offer({"a.py": files["a.py"]})
    assert update.change(files).changed == ("a.py",)
    update.commit(files)
    assert _tree(out) == files


def test_files_offered_early_are_committed_with_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n", "b.py": "B\n"}), out)
    update = Update(out)
    update.offer({"a.py": "A2\n", "b.py": "B\n", "c.py": "early\n"})
    # Before the commit nothing in the output has changed.
    assert _tree(out) == _files({"a.py": "A\n", "b.py": "B\n"})
    final = _files({"a.py": "A2\n", "b.py": "B\n", "c.py": "final\n"})  # c.py's text moved on
    assert update.change(final) == Change(("c.py",), (MANIFEST, "a.py"), ())
    update.commit(final)
    assert _tree(out) == final
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4, 5])
def test_a_failure_in_the_middle_of_an_update_leaves_the_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n", "old.py": "O\n", "sub/b.py": "B\n"}), out, cache={"texts": b"1"})
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = _tree(out)
    real, calls = os.replace, []

    def replace(source: str, target: str) -> None:  # the operating system fails once
        calls.append(target)
        if len(calls) == fail_at:
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    new = _files({"a.py": "A2\n", "sub/b.py": "B2\n", "sub/deep/c.py": "C\n"})
    with pytest.raises(CodegenError, match="No space left on device"):
        write(new, out, cache={"texts": b"2"})
    assert _tree(out) == before
    assert not (out / "sub" / "deep").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]
    monkeypatch.setattr(os, "replace", real)
    write(new, out, cache={"texts": b"2"})
    assert _tree(out) == {**new, "notes.txt": "mine\n", ".codegen-cache/texts": "2"}


def test_a_failure_while_staging_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n"}), out)
    before = _tree(out)
    with pytest.raises(CodegenError, match="could not write"):
        write(_files({"a.py": "A2\n", "x" * 300 + ".py": "too long a name\n"}), out)
    assert _tree(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]


def test_a_symlinked_folder_in_the_output_is_not_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.py").write_text("theirs\n", encoding="utf-8")
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n"}), out)
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    files = _files({"a.py": "A\n", "sub/b.py": "B\n"})
    write(files, out)
    assert (elsewhere / "b.py").read_text(encoding="utf-8") == "theirs\n"
    assert not (out / "sub").is_symlink()
    assert _tree(out) == files


@pytest.mark.parametrize("fresh", [True, False])
def test_a_file_offered_but_not_among_the_final_files_is_not_written(
    tmp_path: Path, fresh: bool
) -> None:
    out = tmp_path / "pkg"
    if not fresh:
        write(_files({"a.py": "A\n"}), out)
    update = Update(out)
    update.offer({"a.py": "A2\n", "dropped.py": "D\n"})
    final = _files({"a.py": "A2\n"})
    update.commit(final)
    assert _tree(out) == final
    assert [p.name for p in tmp_path.iterdir()] == ["pkg"]


def _folders(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir())


def test_an_update_in_place_leaves_the_folders_a_swapped_in_tree_would(tmp_path: Path) -> None:
    """Folders emptied by pruning go (nested ones too), and so do ``__pycache__`` folders and
    the folders only they filled; a folder holding a file or a symlink stays."""
    out = tmp_path / "pkg"
    write(_files({"a.py": "A\n", "gone/deep/x.py": "X\n", "sub/b.py": "B\n"}), out)
    (out / "sub" / "__pycache__").mkdir()
    (out / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"\0")
    (out / "cached" / "__pycache__").mkdir(parents=True)
    (out / "cached" / "__pycache__" / "c.cpython-311.pyc").write_bytes(b"\0")
    (out / "empty" / "inner").mkdir(parents=True)
    (out / "linked").mkdir()
    (out / "linked" / "to-sub").symlink_to(out / "sub", target_is_directory=True)

    write(_files({"a.py": "A2\n", "sub/b.py": "B\n"}), out)
    assert _folders(out) == ["linked", "linked/to-sub", "sub"]
    assert (out / "linked" / "to-sub").is_symlink()

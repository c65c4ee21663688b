"""Stage 8 — the only stage that touches the disk: an all-or-nothing update of the output folder.

Every file is compared with the output's copy, byte for byte (so a file edited by hand is seen
as changed and written again). Only what differs is written: the new texts go into a staging
folder beside the output first (``offer`` can begin that while the generator is still
formatting other files), and :meth:`Update.commit` then moves them in, keeping what they
replace until all are in place, so a failure at any point puts every file back as it was.
Files listed in the previous manifest but no longer produced disappear; files never listed
there are kept as they are; ``__pycache__`` folders and folders left empty go. A file whose
bytes did not change is not touched (it keeps its modification time and inode).

A fresh output is the staging folder renamed. Where an update in place cannot be sure to stay
inside the output (the output or a folder on a file's path is a symlink, a file's path is
taken by a folder) the whole tree is assembled in the staging folder and swapped in with two
renames (:mod:`codegen.output.swap`), as every write did before.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.errors import CodegenError
from codegen.output.cache import CACHE_DIR
from codegen.output.swap import ADDED as _ADDED
from codegen.output.swap import CHANGED as _CHANGED
from codegen.output.swap import ODD as _ODD
from codegen.output.swap import SAME as _SAME
from codegen.output.swap import state as _state
from codegen.output.swap import swap

MANIFEST = ".codegen-manifest.json"
_SKIP = {"__pycache__"}


@dataclass(frozen=True, slots=True)
class Change:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def render(self) -> str:
        rows = [f"  added:   {p}" for p in self.added]
        rows += [f"  changed: {p}" for p in self.changed]
        rows += [f"  removed: {p}" for p in self.removed]
        return "\n".join(rows)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_manifest(out: Path) -> dict[str, object]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def manifest_text(files: dict[str, str], meta: Mapping[str, object]) -> str:
    body = {**meta, "files": {rel: _sha(text) for rel, text in sorted(files.items())}}
    return json.dumps(body, indent=2, sort_keys=True) + "\n"


def published_names(out: Path) -> dict[str, str]:
    """Operation method names the previous output published (``METHOD /path`` → ``res.method``)."""
    names = read_manifest(out).get("names")
    if not isinstance(names, dict):
        return {}
    return {str(k): str(v) for k, v in names.items()}


def published_classes(out: Path) -> dict[str, str]:
    """Model class names the previous output published (schema ref → class name)."""
    names = read_manifest(out).get("classes")
    if not isinstance(names, dict):
        return {}
    return {str(k): str(v) for k, v in names.items()}


def owned_files(out: Path) -> list[str]:
    files = read_manifest(out).get("files")
    return sorted(files) if isinstance(files, dict) else []


def diff(files: dict[str, str], out: Path) -> Change:
    """What writing ``files`` (manifest included) into ``out`` would change."""
    base = str(out)
    added: list[str] = []
    changed: list[str] = []
    for rel, text in sorted(files.items()):
        state = _state(os.path.join(base, rel), text.encode("utf-8"))
        (added if state == _ADDED else changed if state != _SAME else []).append(rel)
    return Change(tuple(added), tuple(changed), tuple(_removed(out, files)))


def _removed(out: Path, files: Mapping[str, str]) -> list[str]:
    return [rel for rel in owned_files(out) if rel not in files and os.path.lexists(out / rel)]


class Update:
    """One write of the generator's files into ``out``. :meth:`offer` compares files whose
    text is final and stages those that differ (the pipeline offers the model files while ruff
    formats the rest); :meth:`commit` does the same for the others and moves the staged files
    in, or leaves the output as it was. Nothing outside the staging folder is touched before
    :meth:`commit`; :meth:`discard` removes the staging folder."""

    def __init__(self, out: Path) -> None:
        self.out = out.absolute()
        self._base = str(self.out)
        info = _lstat(self._base)
        self._fresh = info is None
        # In place only into a real folder; anything else is swapped (see the module doc).
        self._odd = info is not None and not stat.S_ISDIR(info.st_mode)
        self._states: dict[str, tuple[str, str]] = {}  # rel -> (the text compared, its state)
        self._staging: Path | None = None
        self._folders: set[str] = set()  # made in the staging folder
        self._failed: OSError | None = None

    def _new(self) -> str:
        """The folder the new files are staged in (the new output itself when fresh)."""
        if self._staging is None:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self._staging = Path(
                tempfile.mkdtemp(prefix=f".{self.out.name}.staging-", dir=self.out.parent)
            )
            (self._staging / "new").mkdir()
            if self._fresh:
                (self._staging / "new").chmod(0o755)
        return str(self._staging / "new")

    def _stage(self, rel: str, data: bytes) -> None:
        path = os.path.join(self._new(), rel)
        folder = os.path.dirname(path)
        if folder not in self._folders:  # (one mkdir per folder, not one per file)
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)

    def offer(self, files: Mapping[str, str]) -> None:
        """Compare ``files`` (final texts) with the output's and stage those that differ. A
        failure to stage is reported by :meth:`commit`, which then writes nothing."""
        for rel, text in files.items():
            known = self._states.get(rel)
            if known is not None and known[0] is text:
                continue
            data = text.encode("utf-8")
            state = _ADDED if self._fresh else _state(os.path.join(self._base, rel), data)
            self._states[rel] = (text, state)
            if state in (_ADDED, _CHANGED) and not self._odd and self._failed is None:
                try:
                    self._stage(rel, data)
                except OSError as exc:
                    self._failed = exc
            elif state == _ODD:
                self._odd = True

    def change(self, files: Mapping[str, str]) -> Change:
        """What committing ``files`` (manifest included) changes (staging what differs)."""
        self.offer(files)
        added: list[str] = []
        changed: list[str] = []
        for rel in sorted(files):
            state = self._states[rel][1]
            (added if state == _ADDED else changed if state != _SAME else []).append(rel)
        removed = [] if self._fresh else _removed(self.out, files)
        return Change(tuple(added), tuple(changed), tuple(removed))

    def commit(self, files: dict[str, str], cache: Mapping[str, bytes] | None = None) -> None:
        """Make ``out`` hold ``files`` (which include the manifest) and its ``.codegen-cache/``
        hold ``cache`` (none when None), and nothing else of the generator's."""
        try:
            change = self.change(files)
            if self._failed is not None:
                raise self._failed
            if self._fresh and os.path.lexists(self._base):  # made meanwhile: not fresh now
                self._odd = True
            if self._odd or (not self._fresh and not self._safe(files, change)):
                self.discard()
                swap(files, self.out, cache, owned_files(self.out))
                return
            if self._fresh:
                for rel in [r for r in self._states if r not in files]:  # offered, then not
                    os.unlink(os.path.join(self._new(), rel))
                for name, raw in sorted((cache or {}).items()):
                    self._stage(f"{CACHE_DIR}/{name}", raw)
                new = self._new()
                os.replace(new, self._base)
                return
            self._in_place(files, change, cache or {})
        except OSError as exc:
            raise CodegenError(
                f"could not write {self.out}: {exc.strerror or exc}",
                hint="Check permissions and free space; the output folder was left as it was.",
            ) from None
        finally:
            self.discard()

    def _safe(self, files: Mapping[str, str], change: Change) -> bool:
        """Whether every folder on the paths to be written or removed is a real folder inside
        the output (or missing): then moving files there cannot reach outside it."""
        folders = {
            os.path.dirname(rel)
            for rel in (*change.added, *change.changed, *change.removed, f"{CACHE_DIR}/x")
        }
        for folder in sorted(folders):
            parts = folder.split("/") if folder else []
            for depth in range(1, len(parts) + 1):
                info = _lstat(os.path.join(self._base, *parts[:depth]))
                if info is None:
                    break
                if not stat.S_ISDIR(info.st_mode):
                    return False
        for rel in change.removed:
            info = _lstat(os.path.join(self._base, rel))
            if info is not None and stat.S_ISDIR(info.st_mode):
                return False
        return True

    def _in_place(
        self, files: Mapping[str, str], change: Change, cache: Mapping[str, bytes]
    ) -> None:
        base, undo = self._base, Journal()
        old = str(self._new_old())
        cache_dir = os.path.join(base, CACHE_DIR)
        stored = _listing(cache_dir)
        # An entry read from there this run is there: only its size is looked at (GitHub's
        # entries are 25 MB to read back; see codegen.output.cache.Collected).
        as_read: frozenset[str] = getattr(cache, "as_read", frozenset())
        entries = [
            name
            for name, raw in sorted(cache.items())
            if not (stored.get(name) == len(raw) and name in as_read)
            and not _holds(cache_dir, name, raw, stored)
        ]
        for name in entries:
            self._stage(f"{CACHE_DIR}/{name}", cache[name])
        gone = [f"{CACHE_DIR}/{n}" for n in sorted(stored) if n not in cache]
        placed = [f"{CACHE_DIR}/{n}" for n in entries]
        # The manifest last: until it is in place the output's manifest is the old one.
        placed += sorted(rel for rel in (*change.added, *change.changed) if rel != MANIFEST)
        if MANIFEST in self._states and self._states[MANIFEST][1] != _SAME:
            placed.append(MANIFEST)
        try:
            for rel in [*change.removed, *gone]:
                undo.move(os.path.join(base, rel), os.path.join(old, rel))
            new = self._new()
            for rel in placed:
                target = os.path.join(base, rel)
                undo.makedirs(os.path.dirname(target))
                if os.path.lexists(target):
                    undo.keep(target, os.path.join(old, rel))
                undo.place(os.path.join(new, rel), target)
        except BaseException:
            undo.rollback()
            raise
        _tidy(base, drop_cache=not cache)

    def _new_old(self) -> Path:
        self._new()
        assert self._staging is not None
        (self._staging / "old").mkdir(exist_ok=True)
        return self._staging / "old"

    def discard(self) -> None:
        """Remove the staging folder (a no-op once committed or discarded)."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
            self._folders.clear()


class Journal:
    """The moves of an update in place, each undone by :meth:`rollback` (newest first)."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []

    def makedirs(self, folder: str) -> None:
        missing = []
        while not os.path.isdir(folder):
            missing.append(folder)
            folder = os.path.dirname(folder)
        for path in reversed(missing):
            os.mkdir(path)
            self._undo.append(functools.partial(os.rmdir, path))

    def move(self, source: str, target: str) -> None:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.rename(source, target)
        self._undo.append(lambda: os.rename(target, source))

    def keep(self, path: str, copy: str) -> None:
        """A second name for ``path`` at ``copy``, which ``rollback`` puts back."""
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        try:
            os.link(path, copy, follow_symlinks=False)
        except OSError:  # no hard links here: the file itself moves aside
            self.move(path, copy)
            return
        self._undo.append(lambda: os.replace(copy, path))

    def place(self, source: str, target: str) -> None:
        os.replace(source, target)
        self._undo.append(lambda: os.unlink(target))

    def rollback(self) -> None:
        for step in reversed(self._undo):
            with contextlib.suppress(OSError):
                step()
        self._undo.clear()


def _lstat(path: str) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _listing(folder: str) -> dict[str, int]:
    """The regular files directly in ``folder`` and their sizes ({} when it is none)."""
    try:
        with os.scandir(folder) as it:
            return {e.name: e.stat().st_size for e in it if e.is_file(follow_symlinks=False)}
    except OSError:
        return {}


def _holds(folder: str, name: str, raw: bytes, stored: Mapping[str, int]) -> bool:
    if stored.get(name) != len(raw):
        return False
    try:
        with open(os.path.join(folder, name), "rb") as f:
            return f.read() == raw
    except OSError:
        return False


def _tidy(base: str, *, drop_cache: bool) -> None:
    """After an update in place, what a swapped-in tree would not have: ``__pycache__`` folders
    and empty folders (the cache folder too when this run has no entries). A folder is removed
    when the walk saw nothing left in it, so the other folders (GitHub: 188) cost no syscall."""
    gone: set[str] = set()
    for root, dirs, names in os.walk(base, topdown=False):
        top = root == base
        for name in dirs:
            if name in _SKIP or (top and name == CACHE_DIR and drop_cache):
                path = os.path.join(root, name)
                shutil.rmtree(path, ignore_errors=True)
                gone.add(path)
        # (a symlink to a folder is listed in ``dirs`` and never gone: its folder stays)
        if not top and not names and all(os.path.join(root, d) in gone for d in dirs):
            with contextlib.suppress(OSError):
                os.rmdir(root)
                gone.add(root)


def write(files: dict[str, str], out: Path, cache: Mapping[str, bytes] | None = None) -> None:
    """Replace the generator's files in ``out`` with ``files`` (which include the manifest),
    and its ``.codegen-cache/`` with ``cache`` (the entries of this run; none when None)."""
    Update(out).commit(files, cache)

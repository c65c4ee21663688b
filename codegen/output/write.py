"""Stage 8 — the only stage that touches the disk: an all-or-nothing update of the output folder.

The new tree is assembled in a staging folder beside the output (with copies of the files the
generator does not own), then swapped in with two renames. Files listed in the previous manifest
but no longer produced disappear; files never listed there are kept as they are. A file whose
bytes did not change keeps its modification time.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.errors import CodegenError
from codegen.output.cache import CACHE_DIR

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
    added, changed = [], []
    for rel, text in sorted(files.items()):
        path = out / rel
        if not path.is_file():
            added.append(rel)
        elif path.read_bytes() != text.encode("utf-8"):
            changed.append(rel)
    removed = [rel for rel in owned_files(out) if rel not in files and (out / rel).exists()]
    return Change(tuple(added), tuple(changed), tuple(removed))


def _foreign(out: Path, owned: set[str]) -> list[Path]:
    found = []
    for root, dirs, names in os.walk(out):
        # The cache is replaced by this run's entries, not copied.
        top = Path(root) == out
        dirs[:] = sorted(d for d in dirs if d not in _SKIP and not (top and d == CACHE_DIR))
        for name in sorted(names):
            path = Path(root) / name
            rel = path.relative_to(out).as_posix()
            if rel not in owned and rel != MANIFEST:
                found.append(path)
    return found


def _same(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a regular file holding exactly ``data``."""
    try:
        return path.is_file() and not path.is_symlink() and path.read_bytes() == data
    except OSError:
        return False


def _keep(path: Path, target: Path) -> None:
    """``path`` into the staging tree as it is. A hard link costs one metadata write where a copy
    reads and writes the bytes (an incremental run of GitHub's 2,100 files spent most of its
    write there); the old tree's name for the file goes with the old tree after the swap, so
    nothing stays shared. A symlink, or a file system without hard links: a copy."""
    if not path.is_symlink():
        try:
            os.link(path, target)
            return
        except OSError:
            pass
    shutil.copy2(path, target, follow_symlinks=False)


def write(files: dict[str, str], out: Path, cache: Mapping[str, bytes] | None = None) -> None:
    """Replace the generator's files in ``out`` with ``files`` (which include the manifest),
    and its ``.codegen-cache/`` with ``cache`` (the entries of this run; none when None)."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    try:
        staging.chmod(out.stat().st_mode & 0o7777 if out.exists() else 0o755)
        for rel, text in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            if _same(out / rel, data):
                # Unchanged: the same file (a hard link, else a copy with its timestamps), so
                # make (the editable install hangs on pyproject.toml) and other mtime-driven
                # tools see no change either.
                _keep(out / rel, target)
            else:
                target.write_bytes(data)
        if cache:
            (staging / CACHE_DIR).mkdir()
            for name, raw in sorted(cache.items()):
                (staging / CACHE_DIR / name).write_bytes(raw)
        if out.exists():
            owned = set(owned_files(out)) | set(files)
            for path in _foreign(out, owned):
                target = staging / path.relative_to(out)
                target.parent.mkdir(parents=True, exist_ok=True)
                _keep(path, target)
            retired = out.parent / (staging.name + ".old")
            os.replace(out, retired)
            try:
                os.replace(staging, out)
            except OSError:
                os.replace(retired, out)
                raise
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, out)
    except OSError as exc:
        raise CodegenError(
            f"could not write {out}: {exc.strerror or exc}",
            hint="Check permissions and free space; the output folder was left as it was.",
        ) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)

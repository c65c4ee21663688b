"""Results of the expensive pure steps, keyed by content, so a small spec edit regenerates fast.

Two steps are cached: datamodel-code-generator's run (keyed by the exact JSON text and aliases
it is given) and ruff on each file (keyed by the file's path and unformatted text). Every key
also covers the generator's own source (``codegen/`` and ``templates/``), the pinned
datamodel-code-generator's and ruff's versions (:func:`salt`), so a change to any of them is a
miss. An entry is named by its key and holds the SHA-256 of its payload, checked on every read:
a damaged, truncated or edited entry is a miss, never a wrong result.

The entries live in ``.codegen-cache/`` inside the output folder, which is safe to delete at
any time. Nothing is written while generating: :class:`Cache` collects the entries this run used
or made, and :func:`codegen.output.write.write` puts exactly those into the new output (so the
folder never grows past one run's worth). A failed run leaves it as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["CACHE_DIR", "TEXT_SHARDS", "Cache", "Collected", "salt", "tree_digest", "versions"]

CACHE_DIR = ".codegen-cache"
_ROOT = Path(__file__).resolve().parents[1]
_SOURCES = (_ROOT, _ROOT.parent / "templates")
_SALT: list[str] = []
_BASE: list[tuple[str, Any]] = []  # the salt and its hash, copied for each key


_TOOLS = ("datamodel-code-generator", "ruff", "pydantic", "jsonschema", "referencing")


def versions(tools: Iterable[str] = _TOOLS) -> dict[str, str]:
    """The installed version of each of ``tools``, as ``importlib.metadata.version`` finds it:
    from the first ``<name>-<version>.dist-info`` (or ``.egg-info``) folder on ``sys.path``.
    The folder names are read here because importing ``importlib.metadata`` (it parses
    METADATA with the ``email`` package) was 0.02 s of every run's start-up; a tool found
    no other way is asked the library."""
    wanted = {tool.lower().replace("-", "_"): tool for tool in tools}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, dot, kind = name.rpartition(".")
            project, dash, ver = stem.partition("-")
            tool = wanted.get(project.lower().replace("-", "_")) if dash and dot else None
            if tool is not None and tool not in found and kind in ("dist-info", "egg-info"):
                found[tool] = ver
        if len(found) == len(wanted):
            break
    missing = [tool for tool in wanted.values() if tool not in found]
    if missing:
        from importlib.metadata import version

        found.update((tool, version(tool)) for tool in missing)
    return {tool: found[tool] for tool in wanted.values()}


def tree_digest(base: Path) -> bytes:
    """File names (relative to ``base``'s parent) and bytes of every file under ``base``."""
    digest = hashlib.sha256()
    for path in sorted(base.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(base.parent).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


def salt() -> str:
    """What every key includes: the generator's source and the tools' versions."""
    if not _SALT:
        digest = hashlib.sha256()
        for base in _SOURCES:
            digest.update(tree_digest(base))
        for tool, ver in versions().items():
            digest.update(f"{tool}=={ver}\0".encode())
        _SALT.append(digest.hexdigest())
    return _SALT[0]


def key(kind: str, *parts: str | bytes) -> str:
    """The entry name for ``parts`` (each length-prefixed, so no two inputs share a key)."""
    base = salt()
    if not _BASE or _BASE[0][0] != base:
        _BASE[:] = [(base, hashlib.sha256(base.encode()))]
    digest = _BASE[0][1].copy()
    for part in (kind, *parts):
        raw = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "big"))  # (not `+ raw`: a copy of each text)
        digest.update(raw)
    return f"{kind}-{digest.hexdigest()}"


_TEXTS = b"codegen texts 1\n"
TEXT_SHARDS = tuple(f"texts-{c}" for c in "0123456789abcdef")


def pack_texts(table: Mapping[str, str]) -> bytes:
    """``table`` (key → text) as bytes: a header, then per pair, sorted by key, the two lengths
    (8 bytes each) and the two UTF-8 strings."""
    parts = [_TEXTS]
    for name, text in sorted(table.items()):
        raw_name, raw_text = name.encode("utf-8"), text.encode("utf-8")
        parts.append(len(raw_name).to_bytes(8, "big") + len(raw_text).to_bytes(8, "big"))
        parts += (raw_name, raw_text)
    return b"".join(parts)


def unpack_texts(payload: bytes) -> dict[str, str]:
    """The table of :func:`pack_texts`; {} for anything else (another format, a cut-off end)."""
    if not payload.startswith(_TEXTS):
        return {}
    table: dict[str, str] = {}
    at, end = len(_TEXTS), len(payload)
    try:
        while at < end:
            size_name = int.from_bytes(payload[at : at + 8], "big")
            size_text = int.from_bytes(payload[at + 8 : at + 16], "big")
            at += 16
            if at + size_name + size_text > end:
                return {}
            name = payload[at : at + size_name].decode("utf-8")
            at += size_name
            table[name] = payload[at : at + size_text].decode("utf-8")
            at += size_text
    except UnicodeDecodeError:
        return {}
    return table


def _seal(payload: bytes) -> bytes:
    return hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def _open(raw: bytes) -> bytes | None:
    head, sep, payload = raw.partition(b"\n")
    if not sep or hashlib.sha256(payload).hexdigest().encode() != head:
        return None
    return payload


class Collected(dict[str, bytes]):
    """A run's entries (name → sealed bytes) and the names of those whose bytes are the very
    object read from the cache folder (:attr:`as_read`): the write need not read them back to
    see they are unchanged. (Were the file changed meanwhile, what stays is another sealed
    entry, a miss or a result of its own key, never a wrong one.)"""

    def __init__(self, entries: Mapping[str, bytes], as_read: Iterable[str] = ()) -> None:
        super().__init__(entries)
        self.as_read = frozenset(as_read)


class Cache:
    """The entries of one run: read from ``folder`` (None: no cache), collected for writing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.entries: dict[str, bytes] = {}  # name -> sealed bytes, for the next output
        self._texts: dict[str, str] | None = None
        self._kept: dict[str, str] = {}
        self._shards: dict[str, tuple[dict[str, str], bytes]] = {}  # shard -> (table, sealed)
        self._read: dict[str, bytes] = {}  # name -> the sealed bytes read from ``folder``
        self.asked: list[str] = []  # every name looked up or noted, in order (hit or miss)

    def get(self, name: str) -> bytes | None:
        """The payload stored under ``name`` (from :func:`key`), or None."""
        self.asked.append(name)
        if name in self.entries:
            return _open(self.entries[name])
        if self.folder is None:
            return None
        try:
            raw = (self.folder / name).read_bytes()
        except OSError:
            return None
        payload = _open(raw)
        if payload is not None:
            self.entries[name] = self._read[name] = raw
        return payload

    def exists(self, name: str) -> bool:
        """Whether an entry ``name`` is at hand (not read, nor checked: for planning only)."""
        return name in self.entries or (self.folder is not None and (self.folder / name).is_file())

    def _previous_raw(self, name: str) -> bytes | None:
        """The sealed bytes the previous output stored under ``name`` (not this run's), or None."""
        self.asked.append(name)
        if self.folder is None:
            return None
        try:
            return (self.folder / name).read_bytes()
        except OSError:
            return None

    def note(self, kind: str, *parts: str) -> None:
        """Record the key of what a step decided (``parts``), for a later step's key."""
        self.asked.append(key(kind, *parts))

    def put(self, name: str, payload: bytes) -> None:
        self.entries[name] = _seal(payload)

    def merge(self, entries: Mapping[str, bytes]) -> None:
        """Entries collected by the same run in another process."""
        self.entries.update(entries)

    def carried(self, names: Iterable[str]) -> tuple[dict[str, bytes], list[str]]:
        """Those of ``names`` this run holds, for another process of the same run (forked from
        this one, so with the same folder): the entries made here (name → sealed bytes) and
        the names of those that are the bytes read from the folder, which that process reads
        itself (:meth:`adopt`) instead of being sent them (GitHub: 2.7 MB through a pipe)."""
        made: dict[str, bytes] = {}
        read: list[str] = []
        for name in names:
            raw = self.entries.get(name)
            if raw is None:
                continue
            if self._read.get(name) is raw:
                read.append(name)
            else:
                made[name] = raw
        return made, read

    def adopt(self, names: Iterable[str]) -> None:
        """Take the entries ``names`` from the folder as they are there, for the write, as if
        read by this process (those :meth:`carried` named: another process of the run read
        and checked them). Not checked again: every read of an entry checks its seal
        (:meth:`get`), and the write leaves an entry read from the folder where it is."""
        if self.folder is None:
            return
        for name in names:
            if name in self.entries:
                continue
            try:
                raw = (self.folder / name).read_bytes()
            except OSError:
                continue
            self.entries[name] = self._read[name] = raw

    def table(self, name: str, loads: Callable[[bytes], Any] = json.loads) -> dict[str, Any]:
        """The object stored under ``name`` ({} if none or not one), read by ``loads`` (JSON, or
        ``marshal.loads`` for an entry written so), dropped from this run's entries: the step
        puts back what it used."""
        payload = self.get(name)
        self.entries.pop(name, None)
        try:
            table = loads(payload) if payload is not None else {}
        except (ValueError, EOFError, TypeError):
            table = {}
        return table if isinstance(table, dict) else {}

    def collected(self) -> Collected:
        """This run's entries, for the next output (the ``texts-*`` shards sealed now, once; a
        shard holding what the previous output's did is its sealed bytes again, as read), and
        which of them are the very bytes this run read from ``folder``."""
        if self._kept:
            shards: dict[str, dict[str, str]] = {}
            for name, text in self._kept.items():
                shards.setdefault(TEXT_SHARDS[int(name[-1], 16)], {})[name] = text
            for shard, table in shards.items():
                previous = self._shards.get(shard)
                if previous is not None and previous[0] == table:
                    self.entries[shard] = previous[1]
                else:
                    self.put(shard, pack_texts(table))
        return Collected(
            self.entries,
            (n for n, raw in self._read.items() if n in self.entries and self.entries[n] is raw),
        )

    # The formatted files are kept in :data:`TEXT_SHARDS` entries (by the last character of a
    # file's key), each in a length-prefixed form (:func:`pack_texts`: JSON took 0.1 s each way
    # for GitHub's 9 MB): a few files to read and write, not 1,500, and an edit seals and writes
    # again only the shards whose files changed (one 9 MB entry was 0.05 s of every edit).

    def texts(self) -> dict[str, str]:
        """Formatted files by key, from the previous output's ``texts-*`` entries (never this
        run's: a process that kept the model files' texts before formatting the rest still
        finds the rest's previous texts)."""
        if self._texts is None:
            self._texts = {}
            for shard in TEXT_SHARDS:
                raw = self._previous_raw(shard)
                payload = _open(raw) if raw is not None else None
                if raw is None or payload is None:
                    continue
                table = unpack_texts(payload)
                self._shards[shard] = (table, raw)
                self._read[shard] = raw
                self._texts.update(table)
        return self._texts

    def kept_texts(self) -> list[tuple[str, str]]:
        """The ``(key, text)`` pairs kept so far (for another process of the same run)."""
        return sorted(self._kept.items())

    def keep_texts(self, used: Iterable[tuple[str, str]]) -> None:
        """Add the formatted files of a batch (``(key, text)``) to the ``texts`` entry, which
        :meth:`collected` writes."""
        self._kept.update(used)

"""File uploads: what a caller may pass for a binary field, and its multipart form.

A file is a path (``pathlib.Path`` or any ``os.PathLike``; streamed from disk, see ``PathFile``), raw ``bytes``, a binary file object
(``open(..., "rb")``, ``io.BytesIO``), or a ``(filename, content[, content_type])`` tuple. A plain
``str`` is refused: it is ambiguous between a path and the content.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, cast

from ._types import NotGiven

FileContent = bytes | IO[bytes]
FileTypes = (
    os.PathLike[str]
    | bytes
    | IO[bytes]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)

__all__ = ["FileContent", "FileTypes", "PathFile", "file_part", "multipart_files"]


class PathFile(io.RawIOBase):
    """A file on disk, streamed: opened on the first read, closed at its end (so nothing stays
    open when a call fails before sending), reopened after a ``seek`` for a retry. Its size comes
    from ``stat`` (httpx needs it for Content-Length), so neither the whole file nor an open
    handle is held between calls."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.name = str(path)
        self._path = path
        self._size = path.stat().st_size  # also: a missing file fails here, before sending
        self._position = 0
        self._file: IO[bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        self._position = max(base + offset, 0)
        if self._file is not None:
            self._file.seek(self._position)
        return self._position

    def read(self, size: int = -1) -> bytes:
        if self._file is None:
            if self._position >= self._size:
                return b""
            self._file = self._path.open("rb")
            self._file.seek(self._position)
        data = self._file.read(size)
        self._position += len(data)
        if not data or (size < 0 or len(data) < size):
            self._file.close()
            self._file = None
        return data

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


def file_part(value: object, field: str = "file") -> tuple[str | None, FileContent, str | None]:
    """One value → the ``(filename, content, content_type)`` tuple httpx sends."""
    if isinstance(value, tuple) and len(value) in (2, 3):
        name, content = value[0], value[1]
        ctype = value[2] if len(value) == 3 else None
        return name, file_part(content, field)[1], ctype
    if isinstance(value, os.PathLike):
        path = Path(os.fspath(value))
        return path.name, cast(IO[bytes], PathFile(path)), None
    if isinstance(value, bytes | bytearray | memoryview):
        return field, bytes(value), None
    if isinstance(value, io.IOBase) or hasattr(value, "read"):
        name = getattr(value, "name", None)
        return (os.path.basename(name) if isinstance(name, str) else field), value, None  # type: ignore[return-value]
    raise TypeError(
        f"{field}: expected a path, bytes or a binary file object, got {type(value).__name__}"
        + (
            " (pass pathlib.Path(...) for a path, or .encode() the text)"
            if isinstance(value, str)
            else ""
        )
    )


def multipart_files(fields: Mapping[str, object]) -> dict[str, Any]:
    """The file fields of a multipart body; ``NOT_GIVEN`` ones are left out."""
    return {
        name: file_part(value, name)
        for name, value in fields.items()
        if not isinstance(value, NotGiven) and value is not None
    }

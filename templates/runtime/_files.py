"""Files both ways. Uploads: what a caller may pass for a binary field, and its multipart form.
Downloads: ``BinaryStream`` / ``AsyncBinaryStream``, a binary response body read in chunks
(``iter_bytes()``, ``write_to_file(path)``), never held in memory whole.

A file is a path (``pathlib.Path`` or any ``os.PathLike``; streamed from disk, see ``PathFile``), raw ``bytes``, a binary file object
(``open(..., "rb")``, ``io.BytesIO``), or a ``(filename, content[, content_type])`` tuple. A plain
``str`` is refused: it is ambiguous between a path and the content.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Self, cast

import httpx

from ._exceptions import APIConnectionError, APITimeoutError
from ._types import NotGiven

Redact = Callable[[str], str]

FileContent = bytes | IO[bytes]
FileTypes = (
    os.PathLike[str]
    | bytes
    | IO[bytes]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)

__all__ = [
    "AsyncBinaryStream",
    "BinaryStream",
    "FileContent",
    "FileTypes",
    "PathFile",
    "file_part",
    "multipart_files",
    "read_error",
]


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


def read_error(response: httpx.Response, redact: Redact, exc: Exception) -> APIConnectionError:
    """A transport error while reading a stream, as the package's error (credential redacted)."""
    detail = redact(f"{type(exc).__name__}: {exc}")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=response.request, message=f"Stream timed out ({detail}).")
    return APIConnectionError(request=response.request, message=f"Stream interrupted ({detail}).")


class _Binary:
    """What both download classes share: the response, its request id and headers."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        request_id: str | None = None,
        redact: Redact = str,
        **_: Any,
    ) -> None:
        self.response = response
        self.request_id = request_id
        self._redact = redact

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str | None:
        value: str | None = self.response.headers.get("content-type")
        return value

    def __repr__(self) -> str:
        req = self.response.request
        return f"<{type(self).__name__} {req.method} {req.url} request_id={self.request_id!r}>"


class BinaryStream(_Binary):
    """A binary body read in chunks: ``iter_bytes()``, ``write_to_file(path)`` or ``read()``."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body (decompressed) in chunks; the response is closed at its end."""
        chunks = self.response.iter_bytes(chunk_size)
        try:
            while True:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    return
                except httpx.TransportError as exc:
                    raise read_error(self.response, self._redact, exc) from exc
                yield chunk
        finally:
            self.response.close()

    def write_to_file(self, path: str | os.PathLike[str], chunk_size: int | None = None) -> int:
        """Write the body to ``path`` chunk by chunk; returns the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    def read(self) -> bytes:
        """The whole body at once (it is then held in memory)."""
        return b"".join(self.iter_bytes())

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncBinaryStream(_Binary):
    """The async twin of ``BinaryStream`` (``aiter_bytes``; ``write_to_file`` writes blocking
    local-file calls between network reads)."""

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        chunks = self.response.aiter_bytes(chunk_size)
        try:
            while True:
                try:
                    chunk = await anext(chunks)
                except StopAsyncIteration:
                    return
                except httpx.TransportError as exc:
                    raise read_error(self.response, self._redact, exc) from exc
                yield chunk
        finally:
            await self.response.aclose()

    iter_bytes = aiter_bytes

    async def write_to_file(
        self, path: str | os.PathLike[str], chunk_size: int | None = None
    ) -> int:
        written = 0
        with open(path, "wb") as file:  # local disk, between network reads
            async for chunk in self.aiter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    async def read(self) -> bytes:
        return b"".join([chunk async for chunk in self.aiter_bytes()])

    async def close(self) -> None:
        await self.response.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

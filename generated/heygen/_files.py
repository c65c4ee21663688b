# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""File uploads: what a caller may pass for a binary field, and its multipart form.

A file is a path (``pathlib.Path`` or any ``os.PathLike``), raw ``bytes``, a binary file object
(``open(..., "rb")``, ``io.BytesIO``), or a ``(filename, content[, content_type])`` tuple. A plain
``str`` is refused: it is ambiguous between a path and the content.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from ._types import NotGiven

FileContent = bytes | IO[bytes]
FileTypes = (
    os.PathLike[str]
    | bytes
    | IO[bytes]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)

__all__ = ["FileContent", "FileTypes", "file_part", "multipart_files"]


def file_part(value: object, field: str = "file") -> tuple[str | None, FileContent, str | None]:
    """One value → the ``(filename, content, content_type)`` tuple httpx sends."""
    if isinstance(value, tuple) and len(value) in (2, 3):
        name, content = value[0], value[1]
        ctype = value[2] if len(value) == 3 else None
        return name, file_part(content, field)[1], ctype
    if isinstance(value, os.PathLike):
        path = Path(os.fspath(value))
        return path.name, path.read_bytes(), None
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

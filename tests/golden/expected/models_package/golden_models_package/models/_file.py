# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `File` and `Folder` models, kept together because they refer to each other."""

from __future__ import annotations

from .._models import BaseModel
from ._owner import Owner


class File(BaseModel):
    name: str
    parent: Folder | None = None


class Folder(BaseModel):
    """
    A folder; its files point back to it.
    """

    name: str
    owner: Owner | None = None
    files: list[File] | None = None

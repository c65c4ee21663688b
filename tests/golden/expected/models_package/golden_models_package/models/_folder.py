# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Folder` and `File` models, kept together because they refer to each other."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._owner import Owner


class Folder(BaseModel):
    """
    A folder; its files point back to it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    owner: Owner | None = None
    files: list[File] | None = None


class File(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    name: str
    parent: Folder | None = None

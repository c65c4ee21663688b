# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Request arguments as users write them.

Each `TypedDict` here may be passed where a method takes its model, for example
`FileParam` for `File`; each alias names the values of an enum. A dict is
validated through its model and sent exactly as the model would be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

if TYPE_CHECKING:  # only type checkers read these: importing params builds no model
    from .models import File, Folder, Owner


class FileParam(TypedDict, total=False):
    """A `File` as a dict: what a request accepts in its place."""

    name: Required[str]
    parent: Folder | FolderParam
    """A folder; its files point back to it."""


class FolderParam(TypedDict, total=False):
    """A folder; its files point back to it."""

    name: Required[str]
    owner: Owner | OwnerParam
    files: list[File | FileParam]


class OwnerParam(TypedDict):
    """A `Owner` as a dict: what a request accepts in its place."""

    login: str

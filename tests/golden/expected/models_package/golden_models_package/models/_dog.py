# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Dog` model."""

from __future__ import annotations

from ._owner import Owner
from ._pet import Pet


class Dog(Pet):
    good: bool | None = None
    owner: Owner | None = None

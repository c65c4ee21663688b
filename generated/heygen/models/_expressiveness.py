# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Expressiveness` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class Expressiveness(OpenStrEnum):
    """
    Avatar expressiveness level for photo avatars.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateSessionRequestOrientation` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class CreateSessionRequestOrientation(OpenStrEnum):
    """
    Video orientation. If not provided, auto-detected from content.
    """

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

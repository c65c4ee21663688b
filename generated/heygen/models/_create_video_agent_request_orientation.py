# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoAgentRequestOrientation` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class CreateVideoAgentRequestOrientation(OpenStrEnum):
    """
    Video orientation. If not provided, auto-detected from content.
    """

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

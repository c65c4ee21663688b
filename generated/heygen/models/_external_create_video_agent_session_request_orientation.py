# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ExternalCreateVideoAgentSessionRequestOrientation` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class ExternalCreateVideoAgentSessionRequestOrientation(OpenStrEnum):
    """
    Video orientation. If not provided, auto-detected from content.
    """

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `MCPVideoTranslateCreateRequestMode` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class MCPVideoTranslateCreateRequestMode(OpenStrEnum):
    """
    Translation quality mode: 'speed' (faster) or 'precision' (higher quality, uses avatar inference)
    """

    SPEED = "speed"
    PRECISION = "precision"

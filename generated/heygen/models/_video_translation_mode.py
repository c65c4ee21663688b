# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VideoTranslationMode` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class VideoTranslationMode(OpenStrEnum):
    SPEED = "speed"
    PRECISION = "precision"

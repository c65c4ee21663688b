# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AudioVoiceType` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class AudioVoiceType(OpenStrEnum):
    PUBLIC = "public"
    PRIVATE = "private"

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoTranslationRequestSrtRole` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class CreateVideoTranslationRequestSrtRole(OpenStrEnum):
    """
    Which video the subtitle applies to: 'input' (source) or 'output' (translated). Enterprise plan only.
    """

    INPUT = "input"
    OUTPUT = "output"

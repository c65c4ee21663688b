# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `MCPVideoTranslateCreateRequestSrtRole` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class MCPVideoTranslateCreateRequestSrtRole(OpenStrEnum):
    """
    Which video the SRT applies to. Enterprise plan only. Used with srt_url.
    """

    INPUT = "input"
    OUTPUT = "output"

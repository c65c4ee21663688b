# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `SessionMessageType` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class SessionMessageType(OpenStrEnum):
    """
    Public message types exposed to external consumers.
    """

    TEXT = "text"
    RESOURCE = "resource"
    ERROR = "error"

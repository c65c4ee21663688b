# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ListTargetLanguageResponse` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class ListTargetLanguageResponse(BaseModel):
    languages: Annotated[list[str], Field(examples=[["en", "es", "fr", "de", "ja", "zh"]])]

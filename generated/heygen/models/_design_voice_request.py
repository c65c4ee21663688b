# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `DesignVoiceRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class DesignVoiceRequest(BaseModel):
    """
    Request body for POST /v3/voices — design a voice via semantic search.
    """

    prompt: Annotated[str, Field(max_length=1000, min_length=1)]
    """
    Natural language description of the desired voice (e.g., 'warm, confident female narrator').
    """
    gender: str | None = None
    """
    Filter by gender: 'male' or 'female'.
    """
    locale: str | None = None
    """
    BCP-47 locale tag to filter by (e.g., 'en-US', 'pt-BR').
    """
    seed: Annotated[int, Field(ge=0)] = 0
    """
    Controls which batch of results to return. seed=0 returns the top matches, seed=1 the next batch, etc. Same prompt + seed always returns the same voices.
    """

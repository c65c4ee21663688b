# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WordWithTimestamp` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class WordWithTimestamp(BaseModel):
    """
    Word-level timing data from TTS generation.
    """

    word: Annotated[str, Field(examples=["Hello"])]
    """
    The word.
    """
    start: Annotated[float, Field(examples=[0.0])]
    """
    Start time in seconds.
    """
    end: Annotated[float, Field(examples=[0.35])]
    """
    End time in seconds.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `VoiceSettingsInput` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class VoiceSettingsInput(BaseModel):
    """
    Voice tuning parameters for text-to-speech.
    """

    speed: Annotated[float, Field(ge=0.5, le=1.5)] = 1.0
    """
    Playback speed multiplier. 0.5 (half speed) to 1.5 (1.5x speed).
    """
    pitch: Annotated[float, Field(ge=-50.0, le=50.0)] = 0.0
    """
    Pitch adjustment in semitones. -50 to +50.
    """
    locale: str | None = None
    """
    Locale/accent hint for multi-lingual voices (e.g. 'en-US').
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `DesignVoiceResponseData` model."""

from __future__ import annotations

from .._models import BaseModel
from ._audio_voice_item import AudioVoiceItem


class DesignVoiceResponseData(BaseModel):
    """
    Response payload for POST /v3/voices.
    """

    voices: list[AudioVoiceItem]
    """
    Matching voices for the given prompt, ordered by relevance.
    """
    seed: int
    """
    The seed used for this request. Increment to get different voices.
    """

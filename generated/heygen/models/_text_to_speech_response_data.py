# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `TextToSpeechResponseData` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._word_with_timestamp import WordWithTimestamp


class TextToSpeechResponseData(BaseModel):
    """
    Response payload for POST /v1/audio/text_to_speech.
    """

    audio_url: Annotated[str, Field(examples=["https://files.heygen.ai/audio/tts_abc123.mp3"])]
    """
    URL of the generated audio file.
    """
    duration: Annotated[float, Field(examples=[4.5])]
    """
    Duration of the audio in seconds.
    """
    request_id: Annotated[str | None, Field(examples=["req_abc123"])] = None
    """
    Unique identifier for this generation request.
    """
    word_timestamps: list[WordWithTimestamp] | None = None
    """
    Word-level timing data.
    """

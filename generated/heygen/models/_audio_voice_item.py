# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AudioVoiceItem` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._audio_voice_type import AudioVoiceType


class AudioVoiceItem(BaseModel):
    """
    A single voice in the listing response.
    """

    voice_id: Annotated[str, Field(examples=["1bd001e7e50f421d891986aad5c8bbd2"])]
    """
    Unique voice identifier.
    """
    name: Annotated[str, Field(examples=["Sara"])]
    """
    Display name of the voice.
    """
    language: Annotated[str, Field(examples=["English"])]
    """
    Primary language of the voice.
    """
    gender: Annotated[str, Field(examples=["female"])]
    """
    Gender of the voice.
    """
    preview_audio_url: Annotated[
        str | None, Field(examples=["https://files.heygen.ai/voice/preview_sara.mp3"])
    ] = None
    """
    URL to a short audio preview of the voice.
    """
    support_pause: Annotated[bool, Field(examples=[True])]
    """
    Whether the voice supports SSML pause/break tags.
    """
    support_locale: Annotated[bool, Field(examples=[True])]
    """
    Whether the voice supports locale variants.
    """
    type: Annotated[AudioVoiceType, Field(examples=["public"])]
    """
    Whether this is a public or private voice.
    """

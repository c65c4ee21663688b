# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `TextToSpeechRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel


class TextToSpeechRequest(BaseModel):
    """
    Request body for POST /v1/audio/text_to_speech.
    """

    text: Annotated[str, Field(max_length=5000, min_length=1)]
    """
    Text to synthesize (1-5000 characters).
    """
    voice_id: str
    """
    Voice ID to use. Discover available voices via GET /v1/audio/voices.
    """
    input_type: str = "text"
    """
    Type of the input: 'text' for plain text, 'ssml' for SSML markup. Defaults to 'text'.
    """
    speed: Annotated[float, Field(ge=0.5, le=2.0)] = 1.0
    """
    Speed multiplier (0.5-2.0).
    """
    language: str | None = None
    """
    Base language code (e.g. 'en', 'pt', 'zh'). Optional — auto-detected from text when omitted.
    """
    locale: str | None = None
    """
    BCP-47 locale tag (e.g. 'en-US', 'pt-BR'). When set, language is inferred from locale.
    """

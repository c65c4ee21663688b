# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateAvatarVideoRequest` model."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel
from ._background_setting import BackgroundSetting
from ._expressiveness import Expressiveness
from ._video_aspect_ratio import VideoAspectRatio
from ._video_resolution import VideoResolution
from ._voice_settings_input import VoiceSettingsInput


class CreateAvatarVideoRequest(BaseModel):
    """
    Request body for POST /v2/videos — unified video creation.
    """

    avatar_id: str | None = None
    """
    HeyGen avatar ID (photo avatar or video avatar). Mutually exclusive with image_url and image_asset_id.
    """
    image_url: str | None = None
    """
    Public URL of an image to animate. Mutually exclusive with avatar_id and image_asset_id.
    """
    image_asset_id: str | None = None
    """
    HeyGen asset ID of an uploaded image. Mutually exclusive with avatar_id and image_url.
    """
    script: Annotated[str | None, Field(min_length=1)] = None
    """
    Text script for the avatar to speak. Requires voice_id.
    """
    voice_id: str | None = None
    """
    Voice ID for text-to-speech or speech-to-speech. Required when script is provided.
    """
    audio_url: str | None = None
    """
    Public URL of an audio file to lip-sync. Mutually exclusive with script.
    """
    audio_asset_id: str | None = None
    """
    HeyGen asset ID of an uploaded audio file. Mutually exclusive with script.
    """
    title: str | None = None
    """
    Display title for the video in the HeyGen dashboard.
    """
    resolution: VideoResolution | None = None
    """
    Output video resolution.
    """
    aspect_ratio: VideoAspectRatio | None = None
    """
    Output video aspect ratio.
    """
    motion_prompt: str | None = None
    """
    Natural-language prompt controlling avatar body motion. Photo avatars only.
    """
    expressiveness: Expressiveness | None = None
    """
    Avatar expressiveness level: 'high', 'medium', or 'low'. Photo avatars only. Defaults to 'low' when omitted.
    """
    remove_background: bool | None = None
    """
    Remove the avatar background. Video avatars must be trained with matting enabled.
    """
    background: BackgroundSetting | None = None
    """
    Background settings for the video.
    """
    voice_settings: VoiceSettingsInput | None = None
    """
    Voice tuning parameters (speed, pitch, locale).
    """
    callback_url: str | None = None
    """
    Webhook URL to receive a POST notification when the video is ready.
    """
    callback_id: str | None = None
    """
    Caller-defined identifier echoed back in the webhook payload.
    """

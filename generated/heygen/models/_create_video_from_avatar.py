# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoFromAvatar` model."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel
from ._background_setting import BackgroundSetting
from ._expressiveness import Expressiveness
from ._video_aspect_ratio import VideoAspectRatio
from ._video_resolution import VideoResolution
from ._voice_settings_input import VoiceSettingsInput


class CreateVideoFromAvatar(BaseModel):
    """
    Create a video from a HeyGen avatar (video or photo avatar).

    Provide an avatar_id to use a previously created avatar. The server
    automatically selects the appropriate engine based on the avatar type
    (video avatar or photo avatar).
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
    background: BackgroundSetting | None = None
    """
    Background settings for the video.
    """
    remove_background: bool | None = None
    """
    Remove the avatar background. Video avatars must be trained with matting enabled.
    """
    callback_url: str | None = None
    """
    Webhook URL to receive a POST notification when the video is ready.
    """
    callback_id: str | None = None
    """
    Caller-defined identifier echoed back in the webhook payload.
    """
    script: Annotated[str | None, Field(min_length=1)] = None
    """
    Text script for the avatar to speak. Requires voice_id. Mutually exclusive with audio_url/audio_asset_id.
    """
    voice_id: str | None = None
    """
    Voice ID for text-to-speech. Required when script is provided.
    """
    audio_url: str | None = None
    """
    Public URL of an audio file to lip-sync. Mutually exclusive with script.
    """
    audio_asset_id: str | None = None
    """
    HeyGen asset ID of an uploaded audio file. Mutually exclusive with script.
    """
    voice_settings: VoiceSettingsInput | None = None
    """
    Voice tuning parameters (speed, pitch, locale).
    """
    type: Literal["avatar"] = "avatar"
    """
    Must be 'avatar' for avatar-based video creation.
    """
    avatar_id: str
    """
    HeyGen avatar ID (video avatar or photo avatar look ID).
    """
    motion_prompt: str | None = None
    """
    Natural-language prompt controlling avatar body motion. Photo avatars only.
    """
    expressiveness: Expressiveness | None = None
    """
    Avatar expressiveness level. Photo avatars only. Defaults to 'low' when omitted.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `CreateVideoFromImage` model."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel
from ._asset_base64 import AssetBase64
from ._asset_id import AssetId
from ._asset_url import AssetUrl
from ._background_setting import BackgroundSetting
from ._expressiveness import Expressiveness
from ._video_aspect_ratio import VideoAspectRatio
from ._video_resolution import VideoResolution
from ._voice_settings_input import VoiceSettingsInput


class CreateVideoFromImage(BaseModel):
    """
    Create a video by animating an arbitrary image.

    Provide an image via URL, asset ID, or inline base64. The image will be
    animated with lip-sync to the provided audio or generated speech.
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
    type: Literal["image"] = "image"
    """
    Must be 'image' for image-based video creation.
    """
    image: Annotated[AssetUrl | AssetId | AssetBase64, Field(discriminator="type")]
    """
    Image to animate. Accepts URL, asset ID, or base64-encoded data.
    """
    motion_prompt: str | None = None
    """
    Natural-language prompt controlling avatar body motion.
    """
    expressiveness: Expressiveness | None = None
    """
    Avatar expressiveness level. Defaults to 'low' when omitted.
    """

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Request arguments as users write them.

Each `TypedDict` here may be passed where a method takes its model, for example
`AssetBase64Param` for `AssetBase64`; each alias names the values of an enum. A dict is
validated through its model and sent exactly as the model would be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypeAlias, TypedDict

if TYPE_CHECKING:  # only type checkers read these: importing params builds no model
    from .models import (
        AssetBase64,
        AssetId,
        AssetUrl,
        BackgroundSetting,
        BackgroundSettingType,
        Expressiveness,
        VideoAspectRatio,
        VideoResolution,
        VoiceSettingsInput,
        WebhookEventType,
    )


WebhookEventTypeParam: TypeAlias = (
    Literal[
        "avatar_video.success",
        "avatar_video.fail",
        "avatar_video_gif.success",
        "avatar_video_gif.fail",
        "video_translate.success",
        "video_translate.fail",
        "personalized_video",
        "instant_avatar.success",
        "instant_avatar.fail",
        "photo_avatar_generation.success",
        "photo_avatar_generation.fail",
        "photo_avatar_train.success",
        "photo_avatar_train.fail",
        "photo_avatar_add_motion.success",
        "photo_avatar_add_motion.fail",
        "proofread_creation.success",
        "proofread_creation.fail",
        "live_avatar.success",
        "live_avatar.fail",
        "avatar_video_caption.success",
        "avatar_video_caption.fail",
        "video_agent.success",
        "video_agent.fail",
    ]
    | "WebhookEventType"
)
"""One of the values of `WebhookEventType`, or its member."""


class AssetBase64Param(TypedDict):
    """Asset input via base64-encoded content."""

    type: Literal["base64"]
    """Input type discriminator"""

    media_type: str
    """MIME type of the encoded content (e.g. "image/png")"""

    data: str
    """Base64-encoded file content"""


class AssetIdParam(TypedDict):
    """Asset input via HeyGen asset ID from the asset upload endpoint."""

    type: Literal["asset_id"]
    """Input type discriminator"""

    asset_id: str
    """HeyGen asset ID from the asset upload endpoint"""


class AssetUrlParam(TypedDict):
    """Asset input via publicly accessible HTTPS URL."""

    type: Literal["url"]
    """Input type discriminator"""

    url: str
    """Publicly accessible HTTPS URL for the asset"""


class BackgroundSettingParam(TypedDict, total=False):
    """Background configuration for the generated video."""

    type: Required[Literal["color", "image"] | BackgroundSettingType]
    """Background type. 'color' uses a solid hex color; 'image' uses an image from url or
    asset_id."""

    value: str | None
    """Hex color code (e.g. '#ff0000'). Required when type is 'color'."""

    url: str | None
    """URL of the background image. Used when type is 'image'. Mutually exclusive with
    asset_id."""

    asset_id: str | None
    """HeyGen asset ID of the background image. Used when type is 'image'. Mutually
    exclusive with url."""


class CreatePhotoAvatarRequestParam(TypedDict, total=False):
    """A `CreatePhotoAvatarRequest` as a dict: what a request accepts in its place."""

    type: Required[Literal["photo"]]
    """Must be 'photo' for photo-based avatars."""

    name: Required[str]
    """Name of the avatar."""

    file: Required[
        AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
    ]
    """Photo asset of the avatar."""

    avatar_group_id: str | None
    """Optional identity you would like to attach the photo avatar to. By default it will
    create a new identity."""


class CreatePromptAvatarRequestParam(TypedDict, total=False):
    """A `CreatePromptAvatarRequest` as a dict: what a request accepts in its place."""

    type: Required[Literal["prompt"]]
    """Must be 'prompt' for AI-generated avatars."""

    name: Required[str]
    """Name of the avatar."""

    prompt: Required[str]
    """Prompt for avatar generation."""

    reference_images: (
        list[AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param]
        | None
    )
    """Reference images you want to be included in the avatar. Max 3. Will only work with
    an avatar_group_id."""

    avatar_group_id: str | None
    """Optional identity you would like to attach the prompted avatar to. By default it
    will create a new identity."""


class CreateVideoAvatarRequestParam(TypedDict, total=False):
    """A `CreateVideoAvatarRequest` as a dict: what a request accepts in its place."""

    type: Required[Literal["video"]]
    """Must be 'video' for video-based avatars."""

    name: Required[str]
    """Name of the avatar."""

    file: Required[
        AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
    ]
    """Footage of the avatar."""

    avatar_group_id: str | None
    """Optional identity you would like to attach the video avatar to. By default it will
    create a new identity."""


class CreateVideoFromAvatarParam(TypedDict, total=False):
    """Create a video from a HeyGen avatar (video or photo avatar).

    Provide an avatar_id to use a previously created avatar. The server automatically
    selects the appropriate engine based on the avatar type (video avatar or photo avatar)."""

    title: str | None
    """Display title for the video in the HeyGen dashboard."""

    resolution: Literal["4k", "1080p", "720p"] | VideoResolution | None
    """Output video resolution."""

    aspect_ratio: Literal["16:9", "9:16"] | VideoAspectRatio | None
    """Output video aspect ratio."""

    background: BackgroundSetting | BackgroundSettingParam | None
    """Background settings for the video."""

    remove_background: bool | None
    """Remove the avatar background. Video avatars must be trained with matting enabled."""

    callback_url: str | None
    """Webhook URL to receive a POST notification when the video is ready."""

    callback_id: str | None
    """Caller-defined identifier echoed back in the webhook payload."""

    script: str | None
    """Text script for the avatar to speak. Requires voice_id. Mutually exclusive with
    audio_url/audio_asset_id."""

    voice_id: str | None
    """Voice ID for text-to-speech. Required when script is provided."""

    audio_url: str | None
    """Public URL of an audio file to lip-sync. Mutually exclusive with script."""

    audio_asset_id: str | None
    """HeyGen asset ID of an uploaded audio file. Mutually exclusive with script."""

    voice_settings: VoiceSettingsInput | VoiceSettingsInputParam | None
    """Voice tuning parameters (speed, pitch, locale)."""

    type: Required[Literal["avatar"]]
    """Must be 'avatar' for avatar-based video creation."""

    avatar_id: Required[str]
    """HeyGen avatar ID (video avatar or photo avatar look ID)."""

    motion_prompt: str | None
    """Natural-language prompt controlling avatar body motion. Photo avatars only."""

    expressiveness: Literal["high", "medium", "low"] | Expressiveness | None
    """Avatar expressiveness level. Photo avatars only. Defaults to 'low' when omitted."""


class CreateVideoFromImageParam(TypedDict, total=False):
    """Create a video by animating an arbitrary image.

    Provide an image via URL, asset ID, or inline base64. The image will be animated with
    lip-sync to the provided audio or generated speech."""

    title: str | None
    """Display title for the video in the HeyGen dashboard."""

    resolution: Literal["4k", "1080p", "720p"] | VideoResolution | None
    """Output video resolution."""

    aspect_ratio: Literal["16:9", "9:16"] | VideoAspectRatio | None
    """Output video aspect ratio."""

    background: BackgroundSetting | BackgroundSettingParam | None
    """Background settings for the video."""

    remove_background: bool | None
    """Remove the avatar background. Video avatars must be trained with matting enabled."""

    callback_url: str | None
    """Webhook URL to receive a POST notification when the video is ready."""

    callback_id: str | None
    """Caller-defined identifier echoed back in the webhook payload."""

    script: str | None
    """Text script for the avatar to speak. Requires voice_id. Mutually exclusive with
    audio_url/audio_asset_id."""

    voice_id: str | None
    """Voice ID for text-to-speech. Required when script is provided."""

    audio_url: str | None
    """Public URL of an audio file to lip-sync. Mutually exclusive with script."""

    audio_asset_id: str | None
    """HeyGen asset ID of an uploaded audio file. Mutually exclusive with script."""

    voice_settings: VoiceSettingsInput | VoiceSettingsInputParam | None
    """Voice tuning parameters (speed, pitch, locale)."""

    type: Required[Literal["image"]]
    """Must be 'image' for image-based video creation."""

    image: Required[
        AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
    ]
    """Image to animate. Accepts URL, asset ID, or base64-encoded data."""

    motion_prompt: str | None
    """Natural-language prompt controlling avatar body motion."""

    expressiveness: Literal["high", "medium", "low"] | Expressiveness | None
    """Avatar expressiveness level. Defaults to 'low' when omitted."""


class VoiceSettingsInputParam(TypedDict, total=False):
    """Voice tuning parameters for text-to-speech."""

    speed: float
    """Playback speed multiplier. 0.5 (half speed) to 1.5 (1.5x speed)."""

    pitch: float
    """Pitch adjustment in semitones. -50 to +50."""

    locale: str | None
    """Locale/accent hint for multi-lingual voices (e.g. 'en-US')."""

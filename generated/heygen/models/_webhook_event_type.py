# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `WebhookEventType` model."""

from __future__ import annotations

from .._types import OpenStrEnum


class WebhookEventType(OpenStrEnum):
    AVATAR_VIDEO_SUCCESS = "avatar_video.success"
    AVATAR_VIDEO_FAIL = "avatar_video.fail"
    AVATAR_VIDEO_GIF_SUCCESS = "avatar_video_gif.success"
    AVATAR_VIDEO_GIF_FAIL = "avatar_video_gif.fail"
    VIDEO_TRANSLATE_SUCCESS = "video_translate.success"
    VIDEO_TRANSLATE_FAIL = "video_translate.fail"
    PERSONALIZED_VIDEO = "personalized_video"
    INSTANT_AVATAR_SUCCESS = "instant_avatar.success"
    INSTANT_AVATAR_FAIL = "instant_avatar.fail"
    PHOTO_AVATAR_GENERATION_SUCCESS = "photo_avatar_generation.success"
    PHOTO_AVATAR_GENERATION_FAIL = "photo_avatar_generation.fail"
    PHOTO_AVATAR_TRAIN_SUCCESS = "photo_avatar_train.success"
    PHOTO_AVATAR_TRAIN_FAIL = "photo_avatar_train.fail"
    PHOTO_AVATAR_ADD_MOTION_SUCCESS = "photo_avatar_add_motion.success"
    PHOTO_AVATAR_ADD_MOTION_FAIL = "photo_avatar_add_motion.fail"
    PROOFREAD_CREATION_SUCCESS = "proofread_creation.success"
    PROOFREAD_CREATION_FAIL = "proofread_creation.fail"
    LIVE_AVATAR_SUCCESS = "live_avatar.success"
    LIVE_AVATAR_FAIL = "live_avatar.fail"
    AVATAR_VIDEO_CAPTION_SUCCESS = "avatar_video_caption.success"
    AVATAR_VIDEO_CAPTION_FAIL = "avatar_video_caption.fail"
    VIDEO_AGENT_SUCCESS = "video_agent.success"
    VIDEO_AGENT_FAIL = "video_agent.fail"

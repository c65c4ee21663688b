# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Data models generated from the OpenAPI schemas.

Each model lives in a private module and is built on first use: importing one model from
here loads that model and the models it refers to, not every model of the API.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._asset_base64 import AssetBase64 as AssetBase64
    from ._asset_id import AssetId as AssetId
    from ._asset_url import AssetUrl as AssetUrl
    from ._audio_voice_item import AudioVoiceItem as AudioVoiceItem
    from ._audio_voice_type import AudioVoiceType as AudioVoiceType
    from ._auto_reload_info import AutoReloadInfo as AutoReloadInfo
    from ._avatar_error import AvatarError as AvatarError
    from ._avatar_group_item import AvatarGroupItem as AvatarGroupItem
    from ._avatar_look_item import AvatarLookItem as AvatarLookItem
    from ._avatar_look_item_preferred_orientation import (
        AvatarLookItemPreferredOrientation as AvatarLookItemPreferredOrientation,
    )
    from ._avatar_look_type import AvatarLookType as AvatarLookType
    from ._avatar_status import AvatarStatus as AvatarStatus
    from ._background_setting import BackgroundSetting as BackgroundSetting
    from ._background_setting_type import BackgroundSettingType as BackgroundSettingType
    from ._billing_type import BillingType as BillingType
    from ._create_avatar_consent_request import (
        CreateAvatarConsentRequest as CreateAvatarConsentRequest,
    )
    from ._create_avatar_consent_response import (
        CreateAvatarConsentResponse as CreateAvatarConsentResponse,
    )
    from ._create_avatar_request_body import CreateAvatarRequestBody as CreateAvatarRequestBody
    from ._create_avatar_response import CreateAvatarResponse as CreateAvatarResponse
    from ._create_avatar_video_response import (
        CreateAvatarVideoResponse as CreateAvatarVideoResponse,
    )
    from ._create_lipsync_request import CreateLipsyncRequest as CreateLipsyncRequest
    from ._create_photo_avatar_request import CreatePhotoAvatarRequest as CreatePhotoAvatarRequest
    from ._create_prompt_avatar_request import (
        CreatePromptAvatarRequest as CreatePromptAvatarRequest,
    )
    from ._create_proofread_request import CreateProofreadRequest as CreateProofreadRequest
    from ._create_proofread_response import CreateProofreadResponse as CreateProofreadResponse
    from ._create_session_request import CreateSessionRequest as CreateSessionRequest
    from ._create_session_request_orientation import (
        CreateSessionRequestOrientation as CreateSessionRequestOrientation,
    )
    from ._create_session_response import CreateSessionResponse as CreateSessionResponse
    from ._create_video_agent_request import CreateVideoAgentRequest as CreateVideoAgentRequest
    from ._create_video_agent_request_orientation import (
        CreateVideoAgentRequestOrientation as CreateVideoAgentRequestOrientation,
    )
    from ._create_video_agent_response import CreateVideoAgentResponse as CreateVideoAgentResponse
    from ._create_video_agent_response_status import (
        CreateVideoAgentResponseStatus as CreateVideoAgentResponseStatus,
    )
    from ._create_video_avatar_request import CreateVideoAvatarRequest as CreateVideoAvatarRequest
    from ._create_video_from_avatar import CreateVideoFromAvatar as CreateVideoFromAvatar
    from ._create_video_from_image import CreateVideoFromImage as CreateVideoFromImage
    from ._create_video_translation_request import (
        CreateVideoTranslationRequest as CreateVideoTranslationRequest,
    )
    from ._create_video_translation_request_srt_role import (
        CreateVideoTranslationRequestSrtRole as CreateVideoTranslationRequestSrtRole,
    )
    from ._create_video_v3_request_body import CreateVideoV3RequestBody as CreateVideoV3RequestBody
    from ._create_webhook_endpoint_request import (
        CreateWebhookEndpointRequest as CreateWebhookEndpointRequest,
    )
    from ._credit_pool import CreditPool as CreditPool
    from ._delete_video_response import DeleteVideoResponse as DeleteVideoResponse
    from ._design_voice_request import DesignVoiceRequest as DesignVoiceRequest
    from ._design_voice_response_data import DesignVoiceResponseData as DesignVoiceResponseData
    from ._download_srt_response import DownloadSRTResponse as DownloadSRTResponse
    from ._expressiveness import Expressiveness as Expressiveness
    from ._generate_video_request import GenerateVideoRequest as GenerateVideoRequest
    from ._generate_video_response import GenerateVideoResponse as GenerateVideoResponse
    from ._get_resources_response import GetResourcesResponse as GetResourcesResponse
    from ._get_session_response import GetSessionResponse as GetSessionResponse
    from ._get_session_response_status import GetSessionResponseStatus as GetSessionResponseStatus
    from ._lipsync_create_response import LipsyncCreateResponse as LipsyncCreateResponse
    from ._lipsync_delete_response import LipsyncDeleteResponse as LipsyncDeleteResponse
    from ._lipsync_detail import LipsyncDetail as LipsyncDetail
    from ._proofread_detail import ProofreadDetail as ProofreadDetail
    from ._proofread_status import ProofreadStatus as ProofreadStatus
    from ._rotate_secret_response_data import RotateSecretResponseData as RotateSecretResponseData
    from ._send_message_request import SendMessageRequest as SendMessageRequest
    from ._send_message_response import SendMessageResponse as SendMessageResponse
    from ._session_message import SessionMessage as SessionMessage
    from ._session_message_type import SessionMessageType as SessionMessageType
    from ._session_resource import SessionResource as SessionResource
    from ._standard_api_error import StandardAPIError as StandardAPIError
    from ._stop_session_request import StopSessionRequest as StopSessionRequest
    from ._stop_session_response import StopSessionResponse as StopSessionResponse
    from ._style_item import StyleItem as StyleItem
    from ._subscription_credits import SubscriptionCredits as SubscriptionCredits
    from ._subscription_info import SubscriptionInfo as SubscriptionInfo
    from ._subscription_tier import SubscriptionTier as SubscriptionTier
    from ._text_to_speech_request import TextToSpeechRequest as TextToSpeechRequest
    from ._text_to_speech_response_data import TextToSpeechResponseData as TextToSpeechResponseData
    from ._update_avatar_look_request import UpdateAvatarLookRequest as UpdateAvatarLookRequest
    from ._update_lipsync_request import UpdateLipsyncRequest as UpdateLipsyncRequest
    from ._update_video_translation_request import (
        UpdateVideoTranslationRequest as UpdateVideoTranslationRequest,
    )
    from ._update_webhook_endpoint_request import (
        UpdateWebhookEndpointRequest as UpdateWebhookEndpointRequest,
    )
    from ._upload_asset_v3_response import UploadAssetV3Response as UploadAssetV3Response
    from ._upload_srt_request import UploadSRTRequest as UploadSRTRequest
    from ._usage_based_info import UsageBasedInfo as UsageBasedInfo
    from ._user_info_response import UserInfoResponse as UserInfoResponse
    from ._video_aspect_ratio import VideoAspectRatio as VideoAspectRatio
    from ._video_detail import VideoDetail as VideoDetail
    from ._video_resolution import VideoResolution as VideoResolution
    from ._video_status import VideoStatus as VideoStatus
    from ._video_translation_caption_response import (
        VideoTranslationCaptionResponse as VideoTranslationCaptionResponse,
    )
    from ._video_translation_create_response import (
        VideoTranslationCreateResponse as VideoTranslationCreateResponse,
    )
    from ._video_translation_delete_response import (
        VideoTranslationDeleteResponse as VideoTranslationDeleteResponse,
    )
    from ._video_translation_detail import VideoTranslationDetail as VideoTranslationDetail
    from ._video_translation_languages_response import (
        VideoTranslationLanguagesResponse as VideoTranslationLanguagesResponse,
    )
    from ._video_translation_mode import VideoTranslationMode as VideoTranslationMode
    from ._video_translation_status import VideoTranslationStatus as VideoTranslationStatus
    from ._voice_settings_input import VoiceSettingsInput as VoiceSettingsInput
    from ._wallet_currency import WalletCurrency as WalletCurrency
    from ._wallet_info import WalletInfo as WalletInfo
    from ._webhook_endpoint_response import WebhookEndpointResponse as WebhookEndpointResponse
    from ._webhook_event_response import WebhookEventResponse as WebhookEventResponse
    from ._webhook_event_type import WebhookEventType as WebhookEventType
    from ._webhook_event_type_item import WebhookEventTypeItem as WebhookEventTypeItem
    from ._word_with_timestamp import WordWithTimestamp as WordWithTimestamp

__all__ = [
    "AssetBase64",
    "AssetId",
    "AssetUrl",
    "AudioVoiceItem",
    "AudioVoiceType",
    "AutoReloadInfo",
    "AvatarError",
    "AvatarGroupItem",
    "AvatarLookItem",
    "AvatarLookItemPreferredOrientation",
    "AvatarLookType",
    "AvatarStatus",
    "BackgroundSetting",
    "BackgroundSettingType",
    "BillingType",
    "CreateAvatarConsentRequest",
    "CreateAvatarConsentResponse",
    "CreateAvatarRequestBody",
    "CreateAvatarResponse",
    "CreateAvatarVideoResponse",
    "CreateLipsyncRequest",
    "CreatePhotoAvatarRequest",
    "CreatePromptAvatarRequest",
    "CreateProofreadRequest",
    "CreateProofreadResponse",
    "CreateSessionRequest",
    "CreateSessionRequestOrientation",
    "CreateSessionResponse",
    "CreateVideoAgentRequest",
    "CreateVideoAgentRequestOrientation",
    "CreateVideoAgentResponse",
    "CreateVideoAgentResponseStatus",
    "CreateVideoAvatarRequest",
    "CreateVideoFromAvatar",
    "CreateVideoFromImage",
    "CreateVideoTranslationRequest",
    "CreateVideoTranslationRequestSrtRole",
    "CreateVideoV3RequestBody",
    "CreateWebhookEndpointRequest",
    "CreditPool",
    "DeleteVideoResponse",
    "DesignVoiceRequest",
    "DesignVoiceResponseData",
    "DownloadSRTResponse",
    "Expressiveness",
    "GenerateVideoRequest",
    "GenerateVideoResponse",
    "GetResourcesResponse",
    "GetSessionResponse",
    "GetSessionResponseStatus",
    "LipsyncCreateResponse",
    "LipsyncDeleteResponse",
    "LipsyncDetail",
    "ProofreadDetail",
    "ProofreadStatus",
    "RotateSecretResponseData",
    "SendMessageRequest",
    "SendMessageResponse",
    "SessionMessage",
    "SessionMessageType",
    "SessionResource",
    "StandardAPIError",
    "StopSessionRequest",
    "StopSessionResponse",
    "StyleItem",
    "SubscriptionCredits",
    "SubscriptionInfo",
    "SubscriptionTier",
    "TextToSpeechRequest",
    "TextToSpeechResponseData",
    "UpdateAvatarLookRequest",
    "UpdateLipsyncRequest",
    "UpdateVideoTranslationRequest",
    "UpdateWebhookEndpointRequest",
    "UploadAssetV3Response",
    "UploadSRTRequest",
    "UsageBasedInfo",
    "UserInfoResponse",
    "VideoAspectRatio",
    "VideoDetail",
    "VideoResolution",
    "VideoStatus",
    "VideoTranslationCaptionResponse",
    "VideoTranslationCreateResponse",
    "VideoTranslationDeleteResponse",
    "VideoTranslationDetail",
    "VideoTranslationLanguagesResponse",
    "VideoTranslationMode",
    "VideoTranslationStatus",
    "VoiceSettingsInput",
    "WalletCurrency",
    "WalletInfo",
    "WebhookEndpointResponse",
    "WebhookEventResponse",
    "WebhookEventType",
    "WebhookEventTypeItem",
    "WordWithTimestamp",
]

_MODULES: dict[str, str] = {
    "AssetBase64": "_asset_base64",
    "AssetId": "_asset_id",
    "AssetUrl": "_asset_url",
    "AudioVoiceItem": "_audio_voice_item",
    "AudioVoiceType": "_audio_voice_type",
    "AutoReloadInfo": "_auto_reload_info",
    "AvatarError": "_avatar_error",
    "AvatarGroupItem": "_avatar_group_item",
    "AvatarLookItem": "_avatar_look_item",
    "AvatarLookItemPreferredOrientation": "_avatar_look_item_preferred_orientation",
    "AvatarLookType": "_avatar_look_type",
    "AvatarStatus": "_avatar_status",
    "BackgroundSetting": "_background_setting",
    "BackgroundSettingType": "_background_setting_type",
    "BillingType": "_billing_type",
    "CreateAvatarConsentRequest": "_create_avatar_consent_request",
    "CreateAvatarConsentResponse": "_create_avatar_consent_response",
    "CreateAvatarRequestBody": "_create_avatar_request_body",
    "CreateAvatarResponse": "_create_avatar_response",
    "CreateAvatarVideoResponse": "_create_avatar_video_response",
    "CreateLipsyncRequest": "_create_lipsync_request",
    "CreatePhotoAvatarRequest": "_create_photo_avatar_request",
    "CreatePromptAvatarRequest": "_create_prompt_avatar_request",
    "CreateProofreadRequest": "_create_proofread_request",
    "CreateProofreadResponse": "_create_proofread_response",
    "CreateSessionRequest": "_create_session_request",
    "CreateSessionRequestOrientation": "_create_session_request_orientation",
    "CreateSessionResponse": "_create_session_response",
    "CreateVideoAgentRequest": "_create_video_agent_request",
    "CreateVideoAgentRequestOrientation": "_create_video_agent_request_orientation",
    "CreateVideoAgentResponse": "_create_video_agent_response",
    "CreateVideoAgentResponseStatus": "_create_video_agent_response_status",
    "CreateVideoAvatarRequest": "_create_video_avatar_request",
    "CreateVideoFromAvatar": "_create_video_from_avatar",
    "CreateVideoFromImage": "_create_video_from_image",
    "CreateVideoTranslationRequest": "_create_video_translation_request",
    "CreateVideoTranslationRequestSrtRole": "_create_video_translation_request_srt_role",
    "CreateVideoV3RequestBody": "_create_video_v3_request_body",
    "CreateWebhookEndpointRequest": "_create_webhook_endpoint_request",
    "CreditPool": "_credit_pool",
    "DeleteVideoResponse": "_delete_video_response",
    "DesignVoiceRequest": "_design_voice_request",
    "DesignVoiceResponseData": "_design_voice_response_data",
    "DownloadSRTResponse": "_download_srt_response",
    "Expressiveness": "_expressiveness",
    "GenerateVideoRequest": "_generate_video_request",
    "GenerateVideoResponse": "_generate_video_response",
    "GetResourcesResponse": "_get_resources_response",
    "GetSessionResponse": "_get_session_response",
    "GetSessionResponseStatus": "_get_session_response_status",
    "LipsyncCreateResponse": "_lipsync_create_response",
    "LipsyncDeleteResponse": "_lipsync_delete_response",
    "LipsyncDetail": "_lipsync_detail",
    "ProofreadDetail": "_proofread_detail",
    "ProofreadStatus": "_proofread_status",
    "RotateSecretResponseData": "_rotate_secret_response_data",
    "SendMessageRequest": "_send_message_request",
    "SendMessageResponse": "_send_message_response",
    "SessionMessage": "_session_message",
    "SessionMessageType": "_session_message_type",
    "SessionResource": "_session_resource",
    "StandardAPIError": "_standard_api_error",
    "StopSessionRequest": "_stop_session_request",
    "StopSessionResponse": "_stop_session_response",
    "StyleItem": "_style_item",
    "SubscriptionCredits": "_subscription_credits",
    "SubscriptionInfo": "_subscription_info",
    "SubscriptionTier": "_subscription_tier",
    "TextToSpeechRequest": "_text_to_speech_request",
    "TextToSpeechResponseData": "_text_to_speech_response_data",
    "UpdateAvatarLookRequest": "_update_avatar_look_request",
    "UpdateLipsyncRequest": "_update_lipsync_request",
    "UpdateVideoTranslationRequest": "_update_video_translation_request",
    "UpdateWebhookEndpointRequest": "_update_webhook_endpoint_request",
    "UploadAssetV3Response": "_upload_asset_v3_response",
    "UploadSRTRequest": "_upload_srt_request",
    "UsageBasedInfo": "_usage_based_info",
    "UserInfoResponse": "_user_info_response",
    "VideoAspectRatio": "_video_aspect_ratio",
    "VideoDetail": "_video_detail",
    "VideoResolution": "_video_resolution",
    "VideoStatus": "_video_status",
    "VideoTranslationCaptionResponse": "_video_translation_caption_response",
    "VideoTranslationCreateResponse": "_video_translation_create_response",
    "VideoTranslationDeleteResponse": "_video_translation_delete_response",
    "VideoTranslationDetail": "_video_translation_detail",
    "VideoTranslationLanguagesResponse": "_video_translation_languages_response",
    "VideoTranslationMode": "_video_translation_mode",
    "VideoTranslationStatus": "_video_translation_status",
    "VoiceSettingsInput": "_voice_settings_input",
    "WalletCurrency": "_wallet_currency",
    "WalletInfo": "_wallet_info",
    "WebhookEndpointResponse": "_webhook_endpoint_response",
    "WebhookEventResponse": "_webhook_event_response",
    "WebhookEventType": "_webhook_event_type",
    "WebhookEventTypeItem": "_webhook_event_type_item",
    "WordWithTimestamp": "_word_with_timestamp",
}


# The modules each module imports: loaded first, deepest first, so a chain of models
# 200 deep is 200 imports one after another, never 200 imports inside each other.
_NEEDS: dict[str, tuple[str, ...]] = {
    "_audio_voice_item": ("_audio_voice_type",),
    "_avatar_group_item": (
        "_avatar_error",
        "_avatar_status",
    ),
    "_avatar_look_item": (
        "_avatar_error",
        "_avatar_look_item_preferred_orientation",
        "_avatar_look_type",
        "_avatar_status",
    ),
    "_background_setting": ("_background_setting_type",),
    "_create_avatar_consent_response": ("_avatar_group_item",),
    "_create_avatar_request_body": (
        "_create_photo_avatar_request",
        "_create_prompt_avatar_request",
        "_create_video_avatar_request",
    ),
    "_create_avatar_response": (
        "_avatar_group_item",
        "_avatar_look_item",
    ),
    "_create_lipsync_request": (
        "_asset_id",
        "_asset_url",
        "_video_translation_mode",
    ),
    "_create_photo_avatar_request": (
        "_asset_base64",
        "_asset_id",
        "_asset_url",
    ),
    "_create_prompt_avatar_request": (
        "_asset_base64",
        "_asset_id",
        "_asset_url",
    ),
    "_create_proofread_request": (
        "_asset_id",
        "_asset_url",
        "_video_translation_mode",
    ),
    "_create_proofread_response": ("_proofread_status",),
    "_create_session_request": (
        "_asset_base64",
        "_asset_id",
        "_asset_url",
        "_create_session_request_orientation",
    ),
    "_create_video_agent_request": (
        "_asset_base64",
        "_asset_id",
        "_asset_url",
        "_create_video_agent_request_orientation",
    ),
    "_create_video_agent_response": ("_create_video_agent_response_status",),
    "_create_video_avatar_request": (
        "_asset_base64",
        "_asset_id",
        "_asset_url",
    ),
    "_create_video_from_avatar": (
        "_background_setting",
        "_expressiveness",
        "_video_aspect_ratio",
        "_video_resolution",
        "_voice_settings_input",
    ),
    "_create_video_from_image": (
        "_asset_base64",
        "_asset_id",
        "_asset_url",
        "_background_setting",
        "_expressiveness",
        "_video_aspect_ratio",
        "_video_resolution",
        "_voice_settings_input",
    ),
    "_create_video_translation_request": (
        "_asset_id",
        "_asset_url",
        "_create_video_translation_request_srt_role",
        "_video_translation_mode",
    ),
    "_create_video_v3_request_body": (
        "_create_video_from_avatar",
        "_create_video_from_image",
    ),
    "_create_webhook_endpoint_request": ("_webhook_event_type",),
    "_design_voice_response_data": ("_audio_voice_item",),
    "_generate_video_response": ("_proofread_status",),
    "_get_resources_response": ("_session_resource",),
    "_get_session_response": (
        "_get_session_response_status",
        "_session_message",
    ),
    "_lipsync_detail": ("_video_translation_status",),
    "_proofread_detail": ("_proofread_status",),
    "_send_message_request": (
        "_asset_base64",
        "_asset_id",
        "_asset_url",
    ),
    "_session_message": ("_session_message_type",),
    "_subscription_credits": ("_credit_pool",),
    "_subscription_info": (
        "_subscription_credits",
        "_subscription_tier",
    ),
    "_text_to_speech_response_data": ("_word_with_timestamp",),
    "_update_webhook_endpoint_request": ("_webhook_event_type",),
    "_upload_srt_request": (
        "_asset_id",
        "_asset_url",
    ),
    "_user_info_response": (
        "_billing_type",
        "_subscription_info",
        "_usage_based_info",
        "_wallet_info",
    ),
    "_video_detail": ("_video_status",),
    "_video_translation_detail": ("_video_translation_status",),
    "_wallet_info": (
        "_auto_reload_info",
        "_wallet_currency",
    ),
}


def _load(module: str) -> Any:
    order: list[str] = []
    seen: set[str] = set()
    stack = [(module, False)]
    while stack:
        current, ready = stack.pop()
        if ready:
            order.append(current)
        elif current not in seen and f"{__name__}.{current}" not in sys.modules:
            seen.add(current)
            stack.append((current, True))
            stack.extend((dep, False) for dep in _NEEDS.get(current, ()))
    for item in order:
        importlib.import_module(f".{item}", __name__)
    return importlib.import_module(f".{module}", __name__)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_load(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

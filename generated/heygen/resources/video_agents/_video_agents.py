# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents`: Create videos from text prompts using AI"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from ... import models as _models
from ..._base_client import Endpoint, model_body
from ..._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource
from ..._options import request_options
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import (
        AssetBase64,
        AssetId,
        AssetUrl,
        CreateVideoAgentRequestOrientation,
        CreateVideoAgentResponse,
    )
    from ...params import AssetBase64Param, AssetIdParam, AssetUrlParam
    from .sessions import (
        AsyncVideoAgentsSessions,
        AsyncVideoAgentsSessionsWithRawResponse,
        VideoAgentsSessions,
        VideoAgentsSessionsWithRawResponse,
    )
    from .styles import (
        AsyncVideoAgentsStyles,
        AsyncVideoAgentsStylesWithRawResponse,
        VideoAgentsStyles,
        VideoAgentsStylesWithRawResponse,
    )

_CREATE_VIDEO_AGENT = Endpoint("POST", "/v3/video-agents", "createVideoAgentV3", timeout=60.0)


class _VideoAgentsNamespaces:
    """The resources nested in `VideoAgents`, shared with its raw-response twin."""

    sessions: _Namespace[VideoAgentsSessions, VideoAgentsSessionsWithRawResponse] = _Namespace(
        ".resources.video_agents.sessions", "VideoAgentsSessions"
    )
    """Create videos from text prompts using AI"""
    styles: _Namespace[VideoAgentsStyles, VideoAgentsStylesWithRawResponse] = _Namespace(
        ".resources.video_agents.styles", "VideoAgentsStyles"
    )
    """Create videos from text prompts using AI"""


class VideoAgents(_VideoAgentsNamespaces, _SyncResource):
    """Create videos from text prompts using AI"""

    def create(
        self,
        *,
        prompt: str,
        avatar_id: str | None | NotGiven = NOT_GIVEN,
        voice_id: str | None | NotGiven = NOT_GIVEN,
        style_id: str | None | NotGiven = NOT_GIVEN,
        orientation: Literal["landscape", "portrait"]
        | CreateVideoAgentRequestOrientation
        | None
        | NotGiven = NOT_GIVEN,
        files: list[
            AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
        ]
        | None
        | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        incognito_mode: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateVideoAgentResponse:
        """Create video with Video Agent.

        Create a video from a text prompt using Video Agent. Returns a session resource with
        session_id for tracking and video_id for polling status via GET /v3/videos/{video_id}.
        Files can be provided as asset_id (from POST /v3/assets), HTTPS URL, or base64-encoded
        content. Supported types: image (png, jpeg), video (mp4, webm), audio (mp3, wav), and
        pdf.

        Args:
            prompt: The message/prompt for video generation (1-10000 characters)
            avatar_id: Specific avatar ID to use
            voice_id: Specific voice ID to use for narration
            style_id: Style ID from GET /v3/video-agents/styles. Applies a curated visual
                template to the generated video.
            orientation: Video orientation. If not provided, auto-detected from content.
            files: Optional file attachments (max 20 files)
            callback_url: Webhook URL for completion/failure notifications
            callback_id: Optional callback ID included in webhook payload
            incognito_mode: When enabled, disables memory injection and extraction for this
                session

        Returns:
            CreateVideoAgentResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-video-with-video-agent

        Example:
            result = client.video_agents.create(prompt='string')
        """
        result: CreateVideoAgentResponse = self._client._request(
            _CREATE_VIDEO_AGENT,
            json=model_body(
                _models.CreateVideoAgentRequest,
                {
                    "prompt": prompt,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "style_id": style_id,
                    "orientation": orientation,
                    "files": files,
                    "callback_url": callback_url,
                    "callback_id": callback_id,
                    "incognito_mode": incognito_mode,
                },
            ),
            cast_to=_models.CreateVideoAgentResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class VideoAgentsWithRawResponse(_VideoAgentsNamespaces, _RawNamespaces):
    """`VideoAgents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoAgents) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource.create)


class _AsyncVideoAgentsNamespaces:
    """The resources nested in `AsyncVideoAgents`, shared with its raw-response twin."""

    sessions: _Namespace[AsyncVideoAgentsSessions, AsyncVideoAgentsSessionsWithRawResponse] = (
        _Namespace(".resources.video_agents.sessions", "AsyncVideoAgentsSessions")
    )
    """Create videos from text prompts using AI"""
    styles: _Namespace[AsyncVideoAgentsStyles, AsyncVideoAgentsStylesWithRawResponse] = _Namespace(
        ".resources.video_agents.styles", "AsyncVideoAgentsStyles"
    )
    """Create videos from text prompts using AI"""


class AsyncVideoAgents(_AsyncVideoAgentsNamespaces, _AsyncResource):
    """Create videos from text prompts using AI"""

    async def create(
        self,
        *,
        prompt: str,
        avatar_id: str | None | NotGiven = NOT_GIVEN,
        voice_id: str | None | NotGiven = NOT_GIVEN,
        style_id: str | None | NotGiven = NOT_GIVEN,
        orientation: Literal["landscape", "portrait"]
        | CreateVideoAgentRequestOrientation
        | None
        | NotGiven = NOT_GIVEN,
        files: list[
            AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
        ]
        | None
        | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        incognito_mode: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateVideoAgentResponse:
        """Create video with Video Agent.

        Create a video from a text prompt using Video Agent. Returns a session resource with
        session_id for tracking and video_id for polling status via GET /v3/videos/{video_id}.
        Files can be provided as asset_id (from POST /v3/assets), HTTPS URL, or base64-encoded
        content. Supported types: image (png, jpeg), video (mp4, webm), audio (mp3, wav), and
        pdf.

        Args:
            prompt: The message/prompt for video generation (1-10000 characters)
            avatar_id: Specific avatar ID to use
            voice_id: Specific voice ID to use for narration
            style_id: Style ID from GET /v3/video-agents/styles. Applies a curated visual
                template to the generated video.
            orientation: Video orientation. If not provided, auto-detected from content.
            files: Optional file attachments (max 20 files)
            callback_url: Webhook URL for completion/failure notifications
            callback_id: Optional callback ID included in webhook payload
            incognito_mode: When enabled, disables memory injection and extraction for this
                session

        Returns:
            CreateVideoAgentResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-video-with-video-agent

        Example:
            result = await client.video_agents.create(prompt='string')
        """
        result: CreateVideoAgentResponse = await self._client._request(
            _CREATE_VIDEO_AGENT,
            json=model_body(
                _models.CreateVideoAgentRequest,
                {
                    "prompt": prompt,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "style_id": style_id,
                    "orientation": orientation,
                    "files": files,
                    "callback_url": callback_url,
                    "callback_id": callback_id,
                    "incognito_mode": incognito_mode,
                },
            ),
            cast_to=_models.CreateVideoAgentResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncVideoAgentsWithRawResponse(_AsyncVideoAgentsNamespaces, _RawNamespaces):
    """`AsyncVideoAgents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgents) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response_wrapper(resource.create)

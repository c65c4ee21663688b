# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents`: Create videos from text prompts using AI"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

import httpx

from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource
from .._options import request_options
from .._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from .._polling import poll, poll_async
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    AssetBase64,
    AssetId,
    AssetUrl,
    CreateSessionRequest,
    CreateSessionRequestOrientation,
    CreateSessionResponse,
    CreateVideoAgentRequest,
    CreateVideoAgentRequestOrientation,
    CreateVideoAgentResponse,
    GetSessionResponse,
    SendMessageRequest,
    SendMessageResponse,
    SessionResource,
    StopSessionRequest,
    StopSessionResponse,
    StyleItem,
)

if TYPE_CHECKING:
    from ..params import AssetBase64Param, AssetIdParam, AssetUrlParam

_CREATE_VIDEO_AGENT = Endpoint("POST", "/v3/video-agents", "createVideoAgentV3", timeout=60.0)
_CREATE_VIDEO_AGENT_SESSION = Endpoint(
    "POST", "/v3/video-agents/sessions", "createVideoAgentSession", timeout=60.0
)
_GET_VIDEO_AGENT_SESSION = Endpoint(
    "GET", "/v3/video-agents/sessions/{session_id}", "getVideoAgentSession", timeout=30.0
)
_STOP_VIDEO_AGENT_SESSION = Endpoint(
    "POST", "/v3/video-agents/sessions/{session_id}/stop", "stopVideoAgentSession", timeout=60.0
)
_CONTINUE_VIDEO_AGENT_SESSION = Endpoint(
    "POST",
    "/v3/video-agents/sessions/{session_id}/messages",
    "continueVideoAgentSession",
    timeout=60.0,
)
_GET_VIDEO_AGENT_SESSION_RESOURCES = Endpoint(
    "GET",
    "/v3/video-agents/sessions/{session_id}/resources",
    "getVideoAgentSessionResources",
    timeout=30.0,
)
_GET_VIDEO_AGENT_SESSION_RESOURCES_PAGING = Paging(
    items=(
        "data",
        "resources",
    ),
    cursor_param="token",
    next_cursor=(
        "data",
        "next_cursor",
    ),
)
_LIST_VIDEO_AGENT_STYLES = Endpoint(
    "GET", "/v3/video-agents/styles", "listVideoAgentStyles", timeout=30.0
)
_LIST_VIDEO_AGENT_STYLES_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)


class _VideoAgentsNamespaces:
    """The resources nested in `VideoAgents`, shared with its raw-response twin."""

    sessions: _Namespace[VideoAgentsSessions, VideoAgentsSessionsWithRawResponse] = _Namespace(
        ".resources.video_agents", "VideoAgentsSessions"
    )
    """Create videos from text prompts using AI"""
    styles: _Namespace[VideoAgentsStyles, VideoAgentsStylesWithRawResponse] = _Namespace(
        ".resources.video_agents", "VideoAgentsStyles"
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
        result = self._client._request(
            _CREATE_VIDEO_AGENT,
            json=model_body(
                CreateVideoAgentRequest,
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
            cast_to=CreateVideoAgentResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(CreateVideoAgentResponse, result)


class VideoAgentsWithRawResponse(_VideoAgentsNamespaces, _RawNamespaces):
    """`VideoAgents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoAgents) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource.create)


class _AsyncVideoAgentsNamespaces:
    """The resources nested in `AsyncVideoAgents`, shared with its raw-response twin."""

    sessions: _Namespace[AsyncVideoAgentsSessions, AsyncVideoAgentsSessionsWithRawResponse] = (
        _Namespace(".resources.video_agents", "AsyncVideoAgentsSessions")
    )
    """Create videos from text prompts using AI"""
    styles: _Namespace[AsyncVideoAgentsStyles, AsyncVideoAgentsStylesWithRawResponse] = _Namespace(
        ".resources.video_agents", "AsyncVideoAgentsStyles"
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
        result = await self._client._request(
            _CREATE_VIDEO_AGENT,
            json=model_body(
                CreateVideoAgentRequest,
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
            cast_to=CreateVideoAgentResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(CreateVideoAgentResponse, result)


class AsyncVideoAgentsWithRawResponse(_AsyncVideoAgentsNamespaces, _RawNamespaces):
    """`AsyncVideoAgents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgents) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response_wrapper(resource.create)


class _VideoAgentsSessionsNamespaces:
    """The resources nested in `VideoAgentsSessions`, shared with its raw-response twin."""

    messages: _Namespace[
        VideoAgentsSessionsMessages, VideoAgentsSessionsMessagesWithRawResponse
    ] = _Namespace(".resources.video_agents", "VideoAgentsSessionsMessages")
    """Create videos from text prompts using AI"""
    resources: _Namespace[
        VideoAgentsSessionsResources, VideoAgentsSessionsResourcesWithRawResponse
    ] = _Namespace(".resources.video_agents", "VideoAgentsSessionsResources")
    """Create videos from text prompts using AI"""


class VideoAgentsSessions(_VideoAgentsSessionsNamespaces, _SyncResource):
    """Create videos from text prompts using AI"""

    def create(
        self,
        *,
        prompt: str,
        avatar_id: str | None | NotGiven = NOT_GIVEN,
        voice_id: str | None | NotGiven = NOT_GIVEN,
        style_id: str | None | NotGiven = NOT_GIVEN,
        orientation: Literal["landscape", "portrait"]
        | CreateSessionRequestOrientation
        | None
        | NotGiven = NOT_GIVEN,
        files: list[
            AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
        ]
        | None
        | NotGiven = NOT_GIVEN,
        auto_proceed: bool | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        incognito_mode: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateSessionResponse:
        """Create interactive Video Agent session.

        Create a new interactive Video Agent session and send the initial prompt. Poll GET
        /v3/video-agents/sessions/{session_id} for status.

        Args:
            prompt: Initial message to the Video Agent (1-10000 characters)
            avatar_id: Specific avatar ID to use
            voice_id: Specific voice ID to use for narration
            style_id: Style ID from GET /v3/video-agents/styles. Applies a curated visual
                template to the generated video.
            orientation: Video orientation. If not provided, auto-detected from content.
            files: Optional file attachments (max 20 files)
            auto_proceed: If true, skip interactive review and go straight to video generation
                (no storyboard approval step)
            callback_url: Persisted for future webhook delivery — not active in v1
            callback_id: Persisted alongside callback_url for future use
            incognito_mode: When enabled, disables memory injection and extraction for this
                session

        Returns:
            CreateSessionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-interactive-video-agent-session

        Example:
            result = client.video_agents.sessions.create(prompt='string')
        """
        result = self._client._request(
            _CREATE_VIDEO_AGENT_SESSION,
            json=model_body(
                CreateSessionRequest,
                {
                    "prompt": prompt,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "style_id": style_id,
                    "orientation": orientation,
                    "files": files,
                    "auto_proceed": auto_proceed,
                    "callback_url": callback_url,
                    "callback_id": callback_id,
                    "incognito_mode": incognito_mode,
                },
            ),
            cast_to=CreateSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(CreateSessionResponse, result)

    def get(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSessionResponse:
        """Get Video Agent session.

        Get session status, progress, and paginated chat messages. Poll after creating a session
        or sending a message.

        Args:
            session_id: Session ID

        Returns:
            GetSessionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-agent-session

        Example:
            result = client.video_agents.sessions.get('sess_012abc345def678')
        """
        result = self._client._request(
            _GET_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            cast_to=GetSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(GetSessionResponse, result)

    def stop(
        self,
        session_id: str,
        *,
        body: StopSessionRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StopSessionResponse:
        """Stop Video Agent session.

        Stop an in-progress agent run. The agent stops at the next checkpoint and partial
        results are preserved.

        Args:
            session_id: Session ID
            body: The request body.

        Returns:
            StopSessionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/stop-video-agent-session

        Example:
            result = client.video_agents.sessions.stop(
                'sess_012abc345def678',
                body=StopSessionRequest(),
            )
        """
        result = self._client._request(
            _STOP_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=body,
            cast_to=StopSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(StopSessionResponse, result)

    def poll(
        self,
        session_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> GetSessionResponse:
        """Wait until the video agent session is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return poll(
            lambda: self.get(session_id=session_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="video agent session",
            sleep=self._client._sleep,
        )


class VideoAgentsSessionsWithRawResponse(_VideoAgentsSessionsNamespaces, _RawNamespaces):
    """`VideoAgentsSessions` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoAgentsSessions) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.stop = to_raw_response_wrapper(resource.stop)


class _AsyncVideoAgentsSessionsNamespaces:
    """The resources nested in `AsyncVideoAgentsSessions`, shared with its raw-response twin."""

    messages: _Namespace[
        AsyncVideoAgentsSessionsMessages, AsyncVideoAgentsSessionsMessagesWithRawResponse
    ] = _Namespace(".resources.video_agents", "AsyncVideoAgentsSessionsMessages")
    """Create videos from text prompts using AI"""
    resources: _Namespace[
        AsyncVideoAgentsSessionsResources, AsyncVideoAgentsSessionsResourcesWithRawResponse
    ] = _Namespace(".resources.video_agents", "AsyncVideoAgentsSessionsResources")
    """Create videos from text prompts using AI"""


class AsyncVideoAgentsSessions(_AsyncVideoAgentsSessionsNamespaces, _AsyncResource):
    """Create videos from text prompts using AI"""

    async def create(
        self,
        *,
        prompt: str,
        avatar_id: str | None | NotGiven = NOT_GIVEN,
        voice_id: str | None | NotGiven = NOT_GIVEN,
        style_id: str | None | NotGiven = NOT_GIVEN,
        orientation: Literal["landscape", "portrait"]
        | CreateSessionRequestOrientation
        | None
        | NotGiven = NOT_GIVEN,
        files: list[
            AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
        ]
        | None
        | NotGiven = NOT_GIVEN,
        auto_proceed: bool | NotGiven = NOT_GIVEN,
        callback_url: str | None | NotGiven = NOT_GIVEN,
        callback_id: str | None | NotGiven = NOT_GIVEN,
        incognito_mode: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateSessionResponse:
        """Create interactive Video Agent session.

        Create a new interactive Video Agent session and send the initial prompt. Poll GET
        /v3/video-agents/sessions/{session_id} for status.

        Args:
            prompt: Initial message to the Video Agent (1-10000 characters)
            avatar_id: Specific avatar ID to use
            voice_id: Specific voice ID to use for narration
            style_id: Style ID from GET /v3/video-agents/styles. Applies a curated visual
                template to the generated video.
            orientation: Video orientation. If not provided, auto-detected from content.
            files: Optional file attachments (max 20 files)
            auto_proceed: If true, skip interactive review and go straight to video generation
                (no storyboard approval step)
            callback_url: Persisted for future webhook delivery — not active in v1
            callback_id: Persisted alongside callback_url for future use
            incognito_mode: When enabled, disables memory injection and extraction for this
                session

        Returns:
            CreateSessionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/create-interactive-video-agent-session

        Example:
            result = await client.video_agents.sessions.create(prompt='string')
        """
        result = await self._client._request(
            _CREATE_VIDEO_AGENT_SESSION,
            json=model_body(
                CreateSessionRequest,
                {
                    "prompt": prompt,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "style_id": style_id,
                    "orientation": orientation,
                    "files": files,
                    "auto_proceed": auto_proceed,
                    "callback_url": callback_url,
                    "callback_id": callback_id,
                    "incognito_mode": incognito_mode,
                },
            ),
            cast_to=CreateSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(CreateSessionResponse, result)

    async def get(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetSessionResponse:
        """Get Video Agent session.

        Get session status, progress, and paginated chat messages. Poll after creating a session
        or sending a message.

        Args:
            session_id: Session ID

        Returns:
            GetSessionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-agent-session

        Example:
            result = await client.video_agents.sessions.get('sess_012abc345def678')
        """
        result = await self._client._request(
            _GET_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            cast_to=GetSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(GetSessionResponse, result)

    async def stop(
        self,
        session_id: str,
        *,
        body: StopSessionRequest,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StopSessionResponse:
        """Stop Video Agent session.

        Stop an in-progress agent run. The agent stops at the next checkpoint and partial
        results are preserved.

        Args:
            session_id: Session ID
            body: The request body.

        Returns:
            StopSessionResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/stop-video-agent-session

        Example:
            result = await client.video_agents.sessions.stop(
                'sess_012abc345def678',
                body=StopSessionRequest(),
            )
        """
        result = await self._client._request(
            _STOP_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=body,
            cast_to=StopSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(StopSessionResponse, result)

    async def poll(
        self,
        session_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 2.0,
    ) -> GetSessionResponse:
        """Wait until the video agent session is done: poll `get` until its status is
        completed, and return that result.

        Raises `PollingFailedError` on a failure state (failed) and
        `PollingTimeoutError` when `timeout` seconds pass first. The wait between polls
        starts at `interval` seconds and grows by half each time, up to 30 s.
        """
        return await poll_async(
            lambda: self.get(session_id=session_id),
            attribute="status",
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            interval=interval,
            what="video agent session",
            sleep=self._client._sleep,
        )


class AsyncVideoAgentsSessionsWithRawResponse(_AsyncVideoAgentsSessionsNamespaces, _RawNamespaces):
    """`AsyncVideoAgentsSessions` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgentsSessions) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.stop = async_to_raw_response_wrapper(resource.stop)


class VideoAgentsSessionsMessages(_SyncResource):
    """Create videos from text prompts using AI"""

    def create(
        self,
        session_id: str,
        *,
        message: str,
        avatar_id: str | None | NotGiven = NOT_GIVEN,
        voice_id: str | None | NotGiven = NOT_GIVEN,
        files: list[
            AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
        ]
        | None
        | NotGiven = NOT_GIVEN,
        auto_proceed: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send message to Video Agent session.

        Send a follow-up message. Set auto_proceed to true to skip checkpoints and generate the
        video.

        Args:
            session_id: Session ID
            message: Text message to the agent
            avatar_id: Override avatar for this message
            voice_id: Override voice for this message
            files: Optional file attachments (max 20 files)
            auto_proceed: If true, skip interactive review and go straight to video generation
                (no storyboard approval step)

        Returns:
            SendMessageResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/send-message-to-video-agent-session

        Example:
            result = client.video_agents.sessions.messages.create(
                'sess_012abc345def678',
                message='Footage duration must be between 15s and 600s',
            )
        """
        result = self._client._request(
            _CONTINUE_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=model_body(
                SendMessageRequest,
                {
                    "message": message,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "files": files,
                    "auto_proceed": auto_proceed,
                },
            ),
            cast_to=SendMessageResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(SendMessageResponse, result)


class VideoAgentsSessionsMessagesWithRawResponse:
    """`VideoAgentsSessionsMessages` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoAgentsSessionsMessages) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncVideoAgentsSessionsMessages(_AsyncResource):
    """Create videos from text prompts using AI"""

    async def create(
        self,
        session_id: str,
        *,
        message: str,
        avatar_id: str | None | NotGiven = NOT_GIVEN,
        voice_id: str | None | NotGiven = NOT_GIVEN,
        files: list[
            AssetUrl | AssetUrlParam | AssetId | AssetIdParam | AssetBase64 | AssetBase64Param
        ]
        | None
        | NotGiven = NOT_GIVEN,
        auto_proceed: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMessageResponse:
        """Send message to Video Agent session.

        Send a follow-up message. Set auto_proceed to true to skip checkpoints and generate the
        video.

        Args:
            session_id: Session ID
            message: Text message to the agent
            avatar_id: Override avatar for this message
            voice_id: Override voice for this message
            files: Optional file attachments (max 20 files)
            auto_proceed: If true, skip interactive review and go straight to video generation
                (no storyboard approval step)

        Returns:
            SendMessageResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/send-message-to-video-agent-session

        Example:
            result = await client.video_agents.sessions.messages.create(
                'sess_012abc345def678',
                message='Footage duration must be between 15s and 600s',
            )
        """
        result = await self._client._request(
            _CONTINUE_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=model_body(
                SendMessageRequest,
                {
                    "message": message,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "files": files,
                    "auto_proceed": auto_proceed,
                },
            ),
            cast_to=SendMessageResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return cast(SendMessageResponse, result)


class AsyncVideoAgentsSessionsMessagesWithRawResponse:
    """`AsyncVideoAgentsSessionsMessages` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgentsSessionsMessages) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class VideoAgentsSessionsResources(_SyncResource):
    """Create videos from text prompts using AI"""

    def list(
        self,
        session_id: str,
        *,
        resource_ids: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SessionResource]:
        """Get Video Agent session resources.

        Get session resources — storyboards, images, drafts. Use resource_ids to resolve
        specific resources from chat messages.

        Args:
            session_id: Session ID
            resource_ids: Comma-separated resource IDs to fetch specific resources
            type_: Filter by resource type: image, video, draft, avatar, voice, etc.
            source: Filter by source: generated or user_uploaded
            limit: Resources per page (max 100)
            token: Opaque pagination token

        Returns:
            SyncPage[SessionResource]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-agent-session-resources

        Example:
            for item in client.video_agents.sessions.resources.list('sess_012abc345def678'):
                print(item)
        """
        return get_page(
            self._client,
            _GET_VIDEO_AGENT_SESSION_RESOURCES,
            _GET_VIDEO_AGENT_SESSION_RESOURCES_PAGING,
            SessionResource,
            path_params={"session_id": session_id},
            query={
                "resource_ids": resource_ids,
                "type": type_,
                "source": source,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class VideoAgentsSessionsResourcesWithRawResponse:
    """`VideoAgentsSessionsResources` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoAgentsSessionsResources) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncVideoAgentsSessionsResources(_AsyncResource):
    """Create videos from text prompts using AI"""

    def list(
        self,
        session_id: str,
        *,
        resource_ids: str | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SessionResource]:
        """Get Video Agent session resources.

        Get session resources — storyboards, images, drafts. Use resource_ids to resolve
        specific resources from chat messages.

        Args:
            session_id: Session ID
            resource_ids: Comma-separated resource IDs to fetch specific resources
            type_: Filter by resource type: image, video, draft, avatar, voice, etc.
            source: Filter by source: generated or user_uploaded
            limit: Resources per page (max 100)
            token: Opaque pagination token

        Returns:
            AsyncPager[SessionResource]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            NotFoundError: 404 Resource not found
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-video-agent-session-resources

        Example:
            async for item in client.video_agents.sessions.resources.list('sess_012abc345def678'):
                print(item)
        """
        return get_page_async(
            self._client,
            _GET_VIDEO_AGENT_SESSION_RESOURCES,
            _GET_VIDEO_AGENT_SESSION_RESOURCES_PAGING,
            SessionResource,
            path_params={"session_id": session_id},
            query={
                "resource_ids": resource_ids,
                "type": type_,
                "source": source,
                "limit": limit,
                "token": token,
            },
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncVideoAgentsSessionsResourcesWithRawResponse:
    """`AsyncVideoAgentsSessionsResources` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgentsSessionsResources) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class VideoAgentsStyles(_SyncResource):
    """Create videos from text prompts using AI"""

    def list(
        self,
        *,
        tag: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[StyleItem]:
        """List Video Agent styles.

        List curated video styles available for Video Agent. Each style defines a visual
        template (scenes, script structure, pacing) that guides video generation. Pass the
        returned style_id to POST /v3/video-agents to apply a style. Supports cursor-based
        pagination and tag filtering.

        Args:
            tag: Filter by tag (e.g., 'cinematic', 'retro-tech', 'iconic-artist', 'pop-culture',
                'handmade', 'print').
            limit: Results per page (1-100).
            token: Opaque cursor token for the next page. Obtained from next_token in a previous
                response.

        Returns:
            SyncPage[StyleItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-video-agent-styles

        Example:
            for item in client.video_agents.styles.list():
                print(item)
        """
        return get_page(
            self._client,
            _LIST_VIDEO_AGENT_STYLES,
            _LIST_VIDEO_AGENT_STYLES_PAGING,
            StyleItem,
            query={"tag": tag, "limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class VideoAgentsStylesWithRawResponse:
    """`VideoAgentsStyles` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: VideoAgentsStyles) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncVideoAgentsStyles(_AsyncResource):
    """Create videos from text prompts using AI"""

    def list(
        self,
        *,
        tag: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        token: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[StyleItem]:
        """List Video Agent styles.

        List curated video styles available for Video Agent. Each style defines a visual
        template (scenes, script structure, pacing) that guides video generation. Pass the
        returned style_id to POST /v3/video-agents to apply a style. Supports cursor-based
        pagination and tag filtering.

        Args:
            tag: Filter by tag (e.g., 'cinematic', 'retro-tech', 'iconic-artist', 'pop-culture',
                'handmade', 'print').
            limit: Results per page (1-100).
            token: Opaque cursor token for the next page. Obtained from next_token in a previous
                response.

        Returns:
            AsyncPager[StyleItem]: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/list-video-agent-styles

        Example:
            async for item in client.video_agents.styles.list():
                print(item)
        """
        return get_page_async(
            self._client,
            _LIST_VIDEO_AGENT_STYLES,
            _LIST_VIDEO_AGENT_STYLES_PAGING,
            StyleItem,
            query={"tag": tag, "limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncVideoAgentsStylesWithRawResponse:
    """`AsyncVideoAgentsStyles` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgentsStyles) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

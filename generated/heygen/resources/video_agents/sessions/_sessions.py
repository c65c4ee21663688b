# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents.sessions`: Create videos from text prompts using AI"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import httpx

from .... import models as _models
from ...._base_client import Endpoint, model_body
from ...._client import _AsyncResource, _Namespace, _RawNamespaces, _SyncResource
from ...._options import request_options
from ...._polling import poll, poll_async
from ...._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ....models import (
        AssetBase64,
        AssetId,
        AssetUrl,
        CreateSessionRequestOrientation,
        CreateSessionResponse,
        GetSessionResponse,
        StopSessionRequest,
        StopSessionResponse,
    )
    from ....params import AssetBase64Param, AssetIdParam, AssetUrlParam
    from .messages import (
        AsyncVideoAgentsSessionsMessages,
        AsyncVideoAgentsSessionsMessagesWithRawResponse,
        VideoAgentsSessionsMessages,
        VideoAgentsSessionsMessagesWithRawResponse,
    )
    from .resources import (
        AsyncVideoAgentsSessionsResources,
        AsyncVideoAgentsSessionsResourcesWithRawResponse,
        VideoAgentsSessionsResources,
        VideoAgentsSessionsResourcesWithRawResponse,
    )

_CREATE_VIDEO_AGENT_SESSION = Endpoint(
    "POST", "/v3/video-agents/sessions", "createVideoAgentSession", timeout=60.0
)
_GET_VIDEO_AGENT_SESSION = Endpoint(
    "GET", "/v3/video-agents/sessions/{session_id}", "getVideoAgentSession", timeout=30.0
)
_STOP_VIDEO_AGENT_SESSION = Endpoint(
    "POST", "/v3/video-agents/sessions/{session_id}/stop", "stopVideoAgentSession", timeout=60.0
)


class _VideoAgentsSessionsNamespaces:
    """The resources nested in `VideoAgentsSessions`, shared with its raw-response twin."""

    messages: _Namespace[
        VideoAgentsSessionsMessages, VideoAgentsSessionsMessagesWithRawResponse
    ] = _Namespace(".resources.video_agents.sessions.messages", "VideoAgentsSessionsMessages")
    """Create videos from text prompts using AI"""
    resources: _Namespace[
        VideoAgentsSessionsResources, VideoAgentsSessionsResourcesWithRawResponse
    ] = _Namespace(".resources.video_agents.sessions.resources", "VideoAgentsSessionsResources")
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
        result: CreateSessionResponse = self._client._request(
            _CREATE_VIDEO_AGENT_SESSION,
            json=model_body(
                _models.CreateSessionRequest,
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
            cast_to=_models.CreateSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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
        result: GetSessionResponse = self._client._request(
            _GET_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            cast_to=_models.GetSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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
        result: StopSessionResponse = self._client._request(
            _STOP_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=body,
            cast_to=_models.StopSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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
    ] = _Namespace(".resources.video_agents.sessions.messages", "AsyncVideoAgentsSessionsMessages")
    """Create videos from text prompts using AI"""
    resources: _Namespace[
        AsyncVideoAgentsSessionsResources, AsyncVideoAgentsSessionsResourcesWithRawResponse
    ] = _Namespace(
        ".resources.video_agents.sessions.resources", "AsyncVideoAgentsSessionsResources"
    )
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
        result: CreateSessionResponse = await self._client._request(
            _CREATE_VIDEO_AGENT_SESSION,
            json=model_body(
                _models.CreateSessionRequest,
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
            cast_to=_models.CreateSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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
        result: GetSessionResponse = await self._client._request(
            _GET_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            cast_to=_models.GetSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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
        result: StopSessionResponse = await self._client._request(
            _STOP_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=body,
            cast_to=_models.StopSessionResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents.sessions.messages`: Create videos from text prompts using AI"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .... import models as _models
from ...._base_client import Endpoint, model_body
from ...._client import _AsyncResource, _SyncResource
from ...._options import request_options
from ...._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ....models import AssetBase64, AssetId, AssetUrl, SendMessageResponse
    from ....params import AssetBase64Param, AssetIdParam, AssetUrlParam

_CONTINUE_VIDEO_AGENT_SESSION = Endpoint(
    "POST",
    "/v3/video-agents/sessions/{session_id}/messages",
    "continueVideoAgentSession",
    timeout=60.0,
)


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
        result: SendMessageResponse = self._client._request(
            _CONTINUE_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=model_body(
                _models.SendMessageRequest,
                {
                    "message": message,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "files": files,
                    "auto_proceed": auto_proceed,
                },
            ),
            cast_to=_models.SendMessageResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


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
        result: SendMessageResponse = await self._client._request(
            _CONTINUE_VIDEO_AGENT_SESSION,
            path_params={"session_id": session_id},
            json=model_body(
                _models.SendMessageRequest,
                {
                    "message": message,
                    "avatar_id": avatar_id,
                    "voice_id": voice_id,
                    "files": files,
                    "auto_proceed": auto_proceed,
                },
            ),
            cast_to=_models.SendMessageResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncVideoAgentsSessionsMessagesWithRawResponse:
    """`AsyncVideoAgentsSessionsMessages` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgentsSessionsMessages) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

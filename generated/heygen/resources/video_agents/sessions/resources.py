# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents.sessions.resources`: Create videos from text prompts using AI"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .... import models as _models
from ...._base_client import Endpoint
from ...._client import _AsyncResource, _SyncResource
from ...._options import request_options
from ...._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from ...._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ....models import SessionResource

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
            _models.SessionResource,
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
            _models.SessionResource,
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

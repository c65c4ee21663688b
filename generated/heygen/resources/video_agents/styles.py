# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.video_agents.styles`: Create videos from text prompts using AI"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ... import models as _models
from ..._base_client import Endpoint
from ..._client import _AsyncResource, _SyncResource
from ..._options import request_options
from ..._pagination import AsyncPager, Paging, SyncPage, get_page, get_page_async
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ...models import StyleItem

_LIST_VIDEO_AGENT_STYLES = Endpoint(
    "GET", "/v3/video-agents/styles", "listVideoAgentStyles", timeout=30.0
)
_LIST_VIDEO_AGENT_STYLES_PAGING = Paging(
    items=("data",), cursor_param="token", next_cursor=("next_token",), has_more=("has_more",)
)


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
            _models.StyleItem,
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
            _models.StyleItem,
            query={"tag": tag, "limit": limit, "token": token},
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncVideoAgentsStylesWithRawResponse:
    """`AsyncVideoAgentsStyles` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncVideoAgentsStyles) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

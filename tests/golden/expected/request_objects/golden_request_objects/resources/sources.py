# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.sources`: Operations of `sources`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, validated_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import FileSource, UrlSource
    from ..params import FileSourceParam, UrlSourceParam

_ADD_SOURCE = Endpoint("POST", "/sources", "addSource")


class Sources(_SyncResource):
    """Operations of `sources`."""

    def add(
        self,
        *,
        body: UrlSource | UrlSourceParam | FileSource | FileSourceParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a source.

        Args:
            body: The request body.

        Returns:
            None: Added

        Example:
            client.sources.add(body=UrlSource(url='string'))
        """
        self._client._request(
            _ADD_SOURCE,
            json=validated_body(_models.UrlSource | _models.FileSource, body),
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class SourcesWithRawResponse:
    """`Sources` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Sources) -> None:
        self.add = to_raw_response_wrapper(resource.add)


class AsyncSources(_AsyncResource):
    """Operations of `sources`."""

    async def add(
        self,
        *,
        body: UrlSource | UrlSourceParam | FileSource | FileSourceParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a source.

        Args:
            body: The request body.

        Returns:
            None: Added

        Example:
            await client.sources.add(body=UrlSource(url='string'))
        """
        await self._client._request(
            _ADD_SOURCE,
            json=validated_body(_models.UrlSource | _models.FileSource, body),
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncSourcesWithRawResponse:
    """`AsyncSources` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncSources) -> None:
        self.add = async_to_raw_response_wrapper(resource.add)

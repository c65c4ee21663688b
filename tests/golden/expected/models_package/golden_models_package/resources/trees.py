# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.trees`: Operations of `trees`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Node

_GET_TREE = Endpoint("GET", "/trees/{id}", "getTree")


class Trees(_SyncResource):
    """Operations of `trees`."""

    def get(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Node:
        """Get a tree.

        Returns:
            Node: The root node

        Example:
            result = client.trees.get('string')
        """
        result: Node = self._client._request(
            _GET_TREE,
            path_params={"id": id_},
            cast_to=_models.Node,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class TreesWithRawResponse:
    """`Trees` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Trees) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncTrees(_AsyncResource):
    """Operations of `trees`."""

    async def get(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Node:
        """Get a tree.

        Returns:
            Node: The root node

        Example:
            result = await client.trees.get('string')
        """
        result: Node = await self._client._request(
            _GET_TREE,
            path_params={"id": id_},
            cast_to=_models.Node,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncTreesWithRawResponse:
    """`AsyncTrees` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncTrees) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)

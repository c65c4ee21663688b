# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the trees resource.

One function per operation, sync and async; the client's `trees` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Node,
)

_GET_TREE = Endpoint(
    method="GET",
    path="/trees/{id}",
    operation_id="getTree",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def get_tree(
    client: SyncAPIClient,
    *,
    id_: str,
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

        result = client.trees.get(
            id_='string',
        )
    """
    result = client._request(
        _GET_TREE,
        path_params={
            "id": id_,
        },
        cast_to=Node,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Node, result)


async def get_tree_async(
    client: AsyncAPIClient,
    *,
    id_: str,
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

        result = await client.trees.get(
            id_='string',
        )
    """
    result = await client._request(
        _GET_TREE,
        path_params={
            "id": id_,
        },
        cast_to=Node,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Node, result)

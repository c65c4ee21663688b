# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the shapes resource.

One function per operation, sync and async; the client's `shapes` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Area,
    Circle,
    ShapeRequest,
    Square,
)

_CREATE_SHAPE = Endpoint(
    method="POST",
    path="/shapes",
    operation_id="createShape",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_shape(
    client: SyncAPIClient,
    *,
    shape: Circle | Square,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Area:
    """POST /shapes

    Returns:
        Area: Area

    Example:

        result = client.shapes.create(
            shape=Circle(radius=1.0),
        )
    """
    result = client._request(
        _CREATE_SHAPE,
        json=model_body(
            ShapeRequest,
            {
                "shape": shape,
            },
        ),
        cast_to=Area,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Area, result)


async def create_shape_async(
    client: AsyncAPIClient,
    *,
    shape: Circle | Square,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Area:
    """POST /shapes

    Returns:
        Area: Area

    Example:

        result = await client.shapes.create(
            shape=Circle(radius=1.0),
        )
    """
    result = await client._request(
        _CREATE_SHAPE,
        json=model_body(
            ShapeRequest,
            {
                "shape": shape,
            },
        ),
        cast_to=Area,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Area, result)

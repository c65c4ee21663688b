# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the shapes resource.

The `shapes` namespace of the client (`client.shapes.…`), sync and async, and its
raw-response twin (`client.with_raw_response.shapes.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import shapes as _api
from ..models import (
    Area,
    Circle,
    Square,
)

if TYPE_CHECKING:
    from .._client import AsyncDiscriminator, Discriminator


class Shapes:
    """Operations of the shapes resource."""

    def __init__(self, client: Discriminator) -> None:
        self._client = client

    def create(
        self,
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
        return _api.create_shape(
            self._client,
            shape=shape,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ShapesWithRawResponse:
    """`Shapes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Shapes) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncShapes:
    """Operations of the shapes resource."""

    def __init__(self, client: AsyncDiscriminator) -> None:
        self._client = client

    async def create(
        self,
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
        return await _api.create_shape_async(
            self._client,
            shape=shape,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncShapesWithRawResponse:
    """`AsyncShapes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncShapes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

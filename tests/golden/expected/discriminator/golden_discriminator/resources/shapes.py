# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.shapes`: Operations of `shapes`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Area, Circle, Square
    from ..params import CircleParam, SquareParam

_CREATE_SHAPE = Endpoint("POST", "/shapes", "createShape")


class Shapes(_SyncResource):
    """Operations of `shapes`."""

    def create(
        self,
        *,
        shape: Circle | CircleParam | Square | SquareParam,
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
            result = client.shapes.create(shape=Circle(radius=1.0))
        """
        result: Area = self._client._request(
            _CREATE_SHAPE,
            json=model_body(_models.ShapeRequest, {"shape": shape}),
            cast_to=_models.Area,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class ShapesWithRawResponse:
    """`Shapes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Shapes) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncShapes(_AsyncResource):
    """Operations of `shapes`."""

    async def create(
        self,
        *,
        shape: Circle | CircleParam | Square | SquareParam,
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
            result = await client.shapes.create(shape=Circle(radius=1.0))
        """
        result: Area = await self._client._request(
            _CREATE_SHAPE,
            json=model_body(_models.ShapeRequest, {"shape": shape}),
            cast_to=_models.Area,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncShapesWithRawResponse:
    """`AsyncShapes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncShapes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.events`: Operations of `events`."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Event

_CREATE_EVENT = Endpoint("POST", "/events", "createEvent")


class Events(_SyncResource):
    """Operations of `events`."""

    def create(
        self,
        *,
        starts_at: datetime,
        day: date,
        checksum: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Event:
        """Create an event.

        Returns:
            Event: The event

        Example:
            result = client.events.create(
                starts_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc),
                day=datetime.date(2025, 1, 1),
            )
        """
        result: Event = self._client._request(
            _CREATE_EVENT,
            json=model_body(
                _models.NewEvent, {"starts_at": starts_at, "day": day, "checksum": checksum}
            ),
            cast_to=_models.Event,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class EventsWithRawResponse:
    """`Events` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Events) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncEvents(_AsyncResource):
    """Operations of `events`."""

    async def create(
        self,
        *,
        starts_at: datetime,
        day: date,
        checksum: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Event:
        """Create an event.

        Returns:
            Event: The event

        Example:
            result = await client.events.create(
                starts_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc),
                day=datetime.date(2025, 1, 1),
            )
        """
        result: Event = await self._client._request(
            _CREATE_EVENT,
            json=model_body(
                _models.NewEvent, {"starts_at": starts_at, "day": day, "checksum": checksum}
            ),
            cast_to=_models.Event,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncEventsWithRawResponse:
    """`AsyncEvents` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

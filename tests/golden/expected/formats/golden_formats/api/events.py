# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the events resource.

One function per operation, sync and async; the client's `events` namespace calls these.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Event,
    NewEvent,
)

_CREATE_EVENT = Endpoint(
    method="POST",
    path="/events",
    operation_id="createEvent",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_event(
    client: SyncAPIClient,
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
    result = client._request(
        _CREATE_EVENT,
        json=model_body(
            NewEvent,
            {
                "starts_at": starts_at,
                "day": day,
                "checksum": checksum,
            },
        ),
        cast_to=Event,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Event, result)


async def create_event_async(
    client: AsyncAPIClient,
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
    result = await client._request(
        _CREATE_EVENT,
        json=model_body(
            NewEvent,
            {
                "starts_at": starts_at,
                "day": day,
                "checksum": checksum,
            },
        ),
        cast_to=Event,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Event, result)

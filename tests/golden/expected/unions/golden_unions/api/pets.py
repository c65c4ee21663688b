# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the pets resource.

One function per operation, sync and async; the client's `pets` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Cat,
    Dog,
)

_GET_PET = Endpoint(
    method="GET",
    path="/pets/{id}",
    operation_id="getPet",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def get_pet(
    client: SyncAPIClient,
    *,
    id_: str,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Cat | Dog:
    """Get a pet.

    Returns:
        Cat | Dog: A cat or a dog

    Example:

        result = client.pets.get(
            id_='string',
        )
    """
    result = client._request(
        _GET_PET,
        path_params={
            "id": id_,
        },
        cast_to=Cat | Dog,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Cat | Dog, result)


async def get_pet_async(
    client: AsyncAPIClient,
    *,
    id_: str,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Cat | Dog:
    """Get a pet.

    Returns:
        Cat | Dog: A cat or a dog

    Example:

        result = await client.pets.get(
            id_='string',
        )
    """
    result = await client._request(
        _GET_PET,
        path_params={
            "id": id_,
        },
        cast_to=Cat | Dog,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Cat | Dog, result)

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
    Dog,
)

_CREATE_PET = Endpoint(
    method="POST",
    path="/pets",
    operation_id="createPet",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_pet(
    client: SyncAPIClient,
    *,
    body: Dog,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Dog:
    """Add a pet.

    Args:
        body: The request body.

    Returns:
        Dog: The pet

    Example:

        result = client.pets.create(
            body=Dog(),
        )
    """
    result = client._request(
        _CREATE_PET,
        json=body,
        cast_to=Dog,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Dog, result)


async def create_pet_async(
    client: AsyncAPIClient,
    *,
    body: Dog,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Dog:
    """Add a pet.

    Args:
        body: The request body.

    Returns:
        Dog: The pet

    Example:

        result = await client.pets.create(
            body=Dog(),
        )
    """
    result = await client._request(
        _CREATE_PET,
        json=body,
        cast_to=Dog,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Dog, result)

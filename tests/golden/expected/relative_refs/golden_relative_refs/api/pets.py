# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the pets resource.

One function per operation, sync and async; the client's `pets` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    NewPet,
    Owner,
    PetEnvelope,
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
    name: str,
    owner: Owner | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> PetEnvelope:
    """Create a pet.

    Returns:
        PetEnvelope: The pet

    Raises:
        BadRequestError: 400 Bad input

    Example:

        result = client.pets.create(
            name='string',
        )
    """
    result = client._request(
        _CREATE_PET,
        json=model_body(
            NewPet,
            {
                "name": name,
                "owner": owner,
            },
        ),
        cast_to=PetEnvelope,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(PetEnvelope, result)


async def create_pet_async(
    client: AsyncAPIClient,
    *,
    name: str,
    owner: Owner | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> PetEnvelope:
    """Create a pet.

    Returns:
        PetEnvelope: The pet

    Raises:
        BadRequestError: 400 Bad input

    Example:

        result = await client.pets.create(
            name='string',
        )
    """
    result = await client._request(
        _CREATE_PET,
        json=model_body(
            NewPet,
            {
                "name": name,
                "owner": owner,
            },
        ),
        cast_to=PetEnvelope,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(PetEnvelope, result)

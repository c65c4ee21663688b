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
    Pet,
)

_LIST_PETS = Endpoint(
    method="GET",
    path="/pets",
    operation_id="listPets",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
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

_GET_PET = Endpoint(
    method="GET",
    path="/pets/{petId}",
    operation_id="getPet",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)

_DELETE_PET = Endpoint(
    method="DELETE",
    path="/pets/{petId}",
    operation_id="deletePet",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def list_pets(
    client: SyncAPIClient,
    *,
    limit: int | NotGiven = NOT_GIVEN,
    tags: list[str] | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> list[Pet]:
    """List pets.

    Returns:
        list[Pet]: The pets

    Example:

        result = client.pets.list()
    """
    result = client._request(
        _LIST_PETS,
        query={
            "limit": limit,
            "tags": tags,
        },
        cast_to=list[Pet],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(list[Pet], result)


async def list_pets_async(
    client: AsyncAPIClient,
    *,
    limit: int | NotGiven = NOT_GIVEN,
    tags: list[str] | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> list[Pet]:
    """List pets.

    Returns:
        list[Pet]: The pets

    Example:

        result = await client.pets.list()
    """
    result = await client._request(
        _LIST_PETS,
        query={
            "limit": limit,
            "tags": tags,
        },
        cast_to=list[Pet],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(list[Pet], result)


def create_pet(
    client: SyncAPIClient,
    *,
    name: str,
    tag: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Pet:
    """Create a pet.

    Args:
        name: The pet's name

    Returns:
        Pet: The new pet

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
                "tag": tag,
            },
        ),
        cast_to=Pet,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Pet, result)


async def create_pet_async(
    client: AsyncAPIClient,
    *,
    name: str,
    tag: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Pet:
    """Create a pet.

    Args:
        name: The pet's name

    Returns:
        Pet: The new pet

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
                "tag": tag,
            },
        ),
        cast_to=Pet,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Pet, result)


def get_pet(
    client: SyncAPIClient,
    *,
    pet_id: int,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Pet:
    """Get a pet.

    Returns:
        Pet: The pet

    Raises:
        NotFoundError: 404 No such pet

    Example:

        result = client.pets.get(
            pet_id=1,
        )
    """
    result = client._request(
        _GET_PET,
        path_params={
            "petId": pet_id,
        },
        cast_to=Pet,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Pet, result)


async def get_pet_async(
    client: AsyncAPIClient,
    *,
    pet_id: int,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Pet:
    """Get a pet.

    Returns:
        Pet: The pet

    Raises:
        NotFoundError: 404 No such pet

    Example:

        result = await client.pets.get(
            pet_id=1,
        )
    """
    result = await client._request(
        _GET_PET,
        path_params={
            "petId": pet_id,
        },
        cast_to=Pet,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Pet, result)


def delete_pet(
    client: SyncAPIClient,
    *,
    pet_id: int,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Delete a pet.

    Returns:
        None: Deleted

    Example:

        client.pets.delete(
            pet_id=1,
        )
    """
    result = client._request(
        _DELETE_PET,
        path_params={
            "petId": pet_id,
        },
        cast_to=type(None),
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(None, result)


async def delete_pet_async(
    client: AsyncAPIClient,
    *,
    pet_id: int,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Delete a pet.

    Returns:
        None: Deleted

    Example:

        await client.pets.delete(
            pet_id=1,
        )
    """
    result = await client._request(
        _DELETE_PET,
        path_params={
            "petId": pet_id,
        },
        cast_to=type(None),
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(None, result)

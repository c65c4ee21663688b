# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the pets resource.

The `pets` namespace of the client (`client.pets.…`), sync and async, and its
raw-response twin (`client.with_raw_response.pets.…`).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import pets as _api
from ..models import (
    Pet,
)

if TYPE_CHECKING:
    from .._client import AsyncPetstore, Petstore


class Pets:
    """Operations of the pets resource."""

    def __init__(self, client: Petstore) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """List pets.

        Returns:
            list[Pet]: The pets

        Example:

            result = client.pets.list()
        """
        return _api.list_pets(
            self._client,
            limit=limit,
            tags=tags,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
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
        return _api.create_pet(
            self._client,
            name=name,
            tag=tag,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
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
        return _api.get_pet(
            self._client,
            pet_id=pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
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
        return _api.delete_pet(
            self._client,
            pet_id=pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class PetsWithRawResponse:
    """`Pets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Pets) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncPets:
    """Operations of the pets resource."""

    def __init__(self, client: AsyncPetstore) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Pet]:
        """List pets.

        Returns:
            list[Pet]: The pets

        Example:

            result = await client.pets.list()
        """
        return await _api.list_pets_async(
            self._client,
            limit=limit,
            tags=tags,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
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
        return await _api.create_pet_async(
            self._client,
            name=name,
            tag=tag,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
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
        return await _api.get_pet_async(
            self._client,
            pet_id=pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
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
        return await _api.delete_pet_async(
            self._client,
            pet_id=pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPetsWithRawResponse:
    """`AsyncPets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncPets) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)

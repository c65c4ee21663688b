# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.pets`: Operations of `pets`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Pet

_LIST_PETS = Endpoint("GET", "/pets", "listPets")
_CREATE_PET = Endpoint("POST", "/pets", "createPet")
_GET_PET = Endpoint("GET", "/pets/{petId}", "getPet")
_DELETE_PET = Endpoint("DELETE", "/pets/{petId}", "deletePet")


class Pets(_SyncResource):
    """Operations of `pets`."""

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
            builtins.list[Pet]: The pets

        Example:
            result = client.pets.list()
        """
        result: builtins.list[Pet] = self._client._request(
            _LIST_PETS,
            query={"limit": limit, "tags": tags},
            cast_to=builtins.list[_models.Pet],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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
            result = client.pets.create(name='string')
        """
        result: Pet = self._client._request(
            _CREATE_PET,
            json=model_body(_models.NewPet, {"name": name, "tag": tag}),
            cast_to=_models.Pet,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def get(
        self,
        pet_id: int,
        *,
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
            result = client.pets.get(1)
        """
        result: Pet = self._client._request(
            _GET_PET,
            path_params={"petId": pet_id},
            cast_to=_models.Pet,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def delete(
        self,
        pet_id: int,
        *,
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
            client.pets.delete(1)
        """
        self._client._request(
            _DELETE_PET,
            path_params={"petId": pet_id},
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class PetsWithRawResponse:
    """`Pets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Pets) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncPets(_AsyncResource):
    """Operations of `pets`."""

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
            builtins.list[Pet]: The pets

        Example:
            result = await client.pets.list()
        """
        result: builtins.list[Pet] = await self._client._request(
            _LIST_PETS,
            query={"limit": limit, "tags": tags},
            cast_to=builtins.list[_models.Pet],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

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
            result = await client.pets.create(name='string')
        """
        result: Pet = await self._client._request(
            _CREATE_PET,
            json=model_body(_models.NewPet, {"name": name, "tag": tag}),
            cast_to=_models.Pet,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def get(
        self,
        pet_id: int,
        *,
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
            result = await client.pets.get(1)
        """
        result: Pet = await self._client._request(
            _GET_PET,
            path_params={"petId": pet_id},
            cast_to=_models.Pet,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def delete(
        self,
        pet_id: int,
        *,
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
            await client.pets.delete(1)
        """
        await self._client._request(
            _DELETE_PET,
            path_params={"petId": pet_id},
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncPetsWithRawResponse:
    """`AsyncPets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncPets) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)

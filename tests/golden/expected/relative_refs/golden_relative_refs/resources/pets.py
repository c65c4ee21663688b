# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.pets`: Operations of `pets`."""

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
    from ..models import Owner, PetEnvelope
    from ..params import OwnerParam

_CREATE_PET = Endpoint("POST", "/pets", "createPet")


class Pets(_SyncResource):
    """Operations of `pets`."""

    def create(
        self,
        *,
        name: str,
        owner: Owner | OwnerParam | NotGiven = NOT_GIVEN,
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
            result = client.pets.create(name='string')
        """
        result: PetEnvelope = self._client._request(
            _CREATE_PET,
            json=model_body(_models.NewPet, {"name": name, "owner": owner}),
            cast_to=_models.PetEnvelope,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class PetsWithRawResponse:
    """`Pets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Pets) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncPets(_AsyncResource):
    """Operations of `pets`."""

    async def create(
        self,
        *,
        name: str,
        owner: Owner | OwnerParam | NotGiven = NOT_GIVEN,
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
            result = await client.pets.create(name='string')
        """
        result: PetEnvelope = await self._client._request(
            _CREATE_PET,
            json=model_body(_models.NewPet, {"name": name, "owner": owner}),
            cast_to=_models.PetEnvelope,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncPetsWithRawResponse:
    """`AsyncPets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncPets) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

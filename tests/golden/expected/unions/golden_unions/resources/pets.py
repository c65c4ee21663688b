# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.pets`: Operations of `pets`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Cat, Dog

_GET_PET = Endpoint("GET", "/pets/{id}", "getPet")


class Pets(_SyncResource):
    """Operations of `pets`."""

    def get(
        self,
        id_: str,
        *,
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
            result = client.pets.get('string')
        """
        result: Cat | Dog = self._client._request(
            _GET_PET,
            path_params={"id": id_},
            cast_to=_models.Cat | _models.Dog,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class PetsWithRawResponse:
    """`Pets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Pets) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncPets(_AsyncResource):
    """Operations of `pets`."""

    async def get(
        self,
        id_: str,
        *,
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
            result = await client.pets.get('string')
        """
        result: Cat | Dog = await self._client._request(
            _GET_PET,
            path_params={"id": id_},
            cast_to=_models.Cat | _models.Dog,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncPetsWithRawResponse:
    """`AsyncPets` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncPets) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)

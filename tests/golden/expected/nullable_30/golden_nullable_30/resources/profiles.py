# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.profiles`: Operations of `profiles`."""

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
    from ..models import Profile

_UPDATE_PROFILE = Endpoint("PATCH", "/profiles/{id}", "updateProfile")


class Profiles(_SyncResource):
    """Operations of `profiles`."""

    def update(
        self,
        id_: str,
        *,
        nickname: str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Profile:
        """PATCH /profiles/{id}

        Returns:
            Profile: Updated

        Example:
            result = client.profiles.update('string')
        """
        result: Profile = self._client._request(
            _UPDATE_PROFILE,
            path_params={"id": id_},
            json=model_body(_models.ProfileUpdate, {"nickname": nickname, "age": age}),
            cast_to=_models.Profile,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class ProfilesWithRawResponse:
    """`Profiles` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Profiles) -> None:
        self.update = to_raw_response_wrapper(resource.update)


class AsyncProfiles(_AsyncResource):
    """Operations of `profiles`."""

    async def update(
        self,
        id_: str,
        *,
        nickname: str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Profile:
        """PATCH /profiles/{id}

        Returns:
            Profile: Updated

        Example:
            result = await client.profiles.update('string')
        """
        result: Profile = await self._client._request(
            _UPDATE_PROFILE,
            path_params={"id": id_},
            json=model_body(_models.ProfileUpdate, {"nickname": nickname, "age": age}),
            cast_to=_models.Profile,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncProfilesWithRawResponse:
    """`AsyncProfiles` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncProfiles) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)

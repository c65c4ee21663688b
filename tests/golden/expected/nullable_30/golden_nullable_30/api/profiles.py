# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the profiles resource.

One function per operation, sync and async; the client's `profiles` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Profile,
    ProfileUpdate,
)

_UPDATE_PROFILE = Endpoint(
    method="PATCH",
    path="/profiles/{id}",
    operation_id="updateProfile",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def update_profile(
    client: SyncAPIClient,
    *,
    id_: str,
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

        result = client.profiles.update(
            id_='string',
        )
    """
    result = client._request(
        _UPDATE_PROFILE,
        path_params={
            "id": id_,
        },
        json=model_body(
            ProfileUpdate,
            {
                "nickname": nickname,
                "age": age,
            },
        ),
        cast_to=Profile,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Profile, result)


async def update_profile_async(
    client: AsyncAPIClient,
    *,
    id_: str,
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

        result = await client.profiles.update(
            id_='string',
        )
    """
    result = await client._request(
        _UPDATE_PROFILE,
        path_params={
            "id": id_,
        },
        json=model_body(
            ProfileUpdate,
            {
                "nickname": nickname,
                "age": age,
            },
        ),
        cast_to=Profile,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Profile, result)

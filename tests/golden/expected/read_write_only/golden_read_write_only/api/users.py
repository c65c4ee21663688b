# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the users resource.

One function per operation, sync and async; the client's `users` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    User,
)

_CREATE_USER = Endpoint(
    method="POST",
    path="/users",
    operation_id="createUser",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_user(
    client: SyncAPIClient,
    *,
    email: str,
    password: str,
    nickname: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> User:
    """Create a user.

    Returns:
        User: The user

    Example:

        result = client.users.create(
            email='string',
            password='string',
        )
    """
    result = client._request(
        _CREATE_USER,
        json=model_body(
            User,
            {
                "email": email,
                "password": password,
                "nickname": nickname,
            },
        ),
        cast_to=User,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(User, result)


async def create_user_async(
    client: AsyncAPIClient,
    *,
    email: str,
    password: str,
    nickname: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> User:
    """Create a user.

    Returns:
        User: The user

    Example:

        result = await client.users.create(
            email='string',
            password='string',
        )
    """
    result = await client._request(
        _CREATE_USER,
        json=model_body(
            User,
            {
                "email": email,
                "password": password,
                "nickname": nickname,
            },
        ),
        cast_to=User,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(User, result)

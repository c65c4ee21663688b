# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.users`: Operations of `users`."""

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
    from ..models import User

_CREATE_USER = Endpoint("POST", "/users", "createUser")


class Users(_SyncResource):
    """Operations of `users`."""

    def create(
        self,
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
            result = client.users.create(email='string', password='string')
        """
        result: User = self._client._request(
            _CREATE_USER,
            json=model_body(
                _models.User, {"email": email, "password": password, "nickname": nickname}
            ),
            cast_to=_models.User,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class UsersWithRawResponse:
    """`Users` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Users) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncUsers(_AsyncResource):
    """Operations of `users`."""

    async def create(
        self,
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
            result = await client.users.create(email='string', password='string')
        """
        result: User = await self._client._request(
            _CREATE_USER,
            json=model_body(
                _models.User, {"email": email, "password": password, "nickname": nickname}
            ),
            cast_to=_models.User,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncUsersWithRawResponse:
    """`AsyncUsers` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

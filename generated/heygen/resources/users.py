# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.users`: Account information and billing"""

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
    from ..models import UserInfoResponse

_GET_USER_ME = Endpoint("GET", "/v3/users/me", "getUserMeV3", timeout=30.0)


class Users(_SyncResource):
    """Account information and billing"""

    def me(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserInfoResponse:
        """Get current user info, remaining credits, and billing.

        Returns the authenticated user's profile, remaining credits or balance, and billing
        details. The billing_type field indicates which billing object is populated: wallet
        (prepaid balance), subscription (OAuth credit pools), or usage_based (metered spending).

        Returns:
            UserInfoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-current-user-info-remaining-credits-and-billing

        Example:
            result = client.users.me()
        """
        result: UserInfoResponse = self._client._request(
            _GET_USER_ME,
            cast_to=_models.UserInfoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class UsersWithRawResponse:
    """`Users` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Users) -> None:
        self.me = to_raw_response_wrapper(resource.me)


class AsyncUsers(_AsyncResource):
    """Account information and billing"""

    async def me(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserInfoResponse:
        """Get current user info, remaining credits, and billing.

        Returns the authenticated user's profile, remaining credits or balance, and billing
        details. The billing_type field indicates which billing object is populated: wallet
        (prepaid balance), subscription (OAuth credit pools), or usage_based (metered spending).

        Returns:
            UserInfoResponse: Successful response

        Raises:
            BadRequestError: 400 Invalid request parameters
            AuthenticationError: 401 Authentication failed
            RateLimitError: 429 Rate limit exceeded

        Docs: https://docs.heygen.com/reference/get-current-user-info-remaining-credits-and-billing

        Example:
            result = await client.users.me()
        """
        result: UserInfoResponse = await self._client._request(
            _GET_USER_ME,
            cast_to=_models.UserInfoResponse,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncUsersWithRawResponse:
    """`AsyncUsers` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.me = async_to_raw_response_wrapper(resource.me)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ReadWriteOnly` and `AsyncReadWriteOnly` clients: configuration and resource namespaces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    ClientConfig,
    SyncAPIClient,
)
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .errors import STATUS_ERROR_CLASSES

if TYPE_CHECKING:
    from .resources.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        Users,
        UsersWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_read_write_only",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_READ_WRITE_ONLY_BASE_URL",
    log_env="GOLDEN_READ_WRITE_ONLY_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class ReadWriteOnly(SyncAPIClient):
    """Client for the Read Write Only.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_READ_WRITE_ONLY_BASE_URL).
        timeout: Default timeout in seconds (or an `httpx.Timeout`) for every call.
        max_retries: How often a failed call is retried (see the README for what is retried).
        default_headers: Headers sent with every request.
        http_client: Your own `httpx.Client` (proxies, transports, event hooks).
        strict_response_validation: Reject responses with unknown enum values.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=CONFIG,
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @property
    def users(self) -> Users:
        """Operations of the users resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Users", self.__dict__["_cache_users"])
        except KeyError:
            from .resources.users import Users

            resource = Users(self)
            self.__dict__["_cache_users"] = resource
            return resource

    @property
    def with_raw_response(self) -> ReadWriteOnlyWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return ReadWriteOnlyWithRawResponse(self)


class ReadWriteOnlyWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: ReadWriteOnly) -> None:
        self._client = client

    @property
    def users(self) -> UsersWithRawResponse:
        from .resources.users import UsersWithRawResponse

        return UsersWithRawResponse(self._client.users)


class AsyncReadWriteOnly(AsyncAPIClient):
    """Asynchronous client for the Read Write Only.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_READ_WRITE_ONLY_BASE_URL).
        timeout: Default timeout in seconds (or an `httpx.Timeout`) for every call.
        max_retries: How often a failed call is retried (see the README for what is retried).
        default_headers: Headers sent with every request.
        http_client: Your own `httpx.AsyncClient` (proxies, transports, event hooks).
        strict_response_validation: Reject responses with unknown enum values.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=CONFIG,
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @property
    def users(self) -> AsyncUsers:
        """Operations of the users resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncUsers", self.__dict__["_cache_users"])
        except KeyError:
            from .resources.users import AsyncUsers

            resource = AsyncUsers(self)
            self.__dict__["_cache_users"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncReadWriteOnlyWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncReadWriteOnlyWithRawResponse(self)


class AsyncReadWriteOnlyWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncReadWriteOnly) -> None:
        self._client = client

    @property
    def users(self) -> AsyncUsersWithRawResponse:
        from .resources.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._client.users)

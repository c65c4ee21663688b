# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Params` and `AsyncParams` clients: configuration and resource namespaces."""

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
    from .resources.accounts import (
        Accounts,
        AccountsWithRawResponse,
        AsyncAccounts,
        AsyncAccountsWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_params",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_PARAMS_BASE_URL",
    log_env="GOLDEN_PARAMS_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class Params(SyncAPIClient):
    """Client for the Params.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_PARAMS_BASE_URL).
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
    def accounts(self) -> Accounts:
        """Operations of the accounts resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Accounts", self.__dict__["_cache_accounts"])
        except KeyError:
            from .resources.accounts import Accounts

            resource = Accounts(self)
            self.__dict__["_cache_accounts"] = resource
            return resource

    @property
    def with_raw_response(self) -> ParamsWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return ParamsWithRawResponse(self)


class ParamsWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Params) -> None:
        self._client = client

    @property
    def accounts(self) -> AccountsWithRawResponse:
        from .resources.accounts import AccountsWithRawResponse

        return AccountsWithRawResponse(self._client.accounts)


class AsyncParams(AsyncAPIClient):
    """Asynchronous client for the Params.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_PARAMS_BASE_URL).
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
    def accounts(self) -> AsyncAccounts:
        """Operations of the accounts resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncAccounts", self.__dict__["_cache_accounts"])
        except KeyError:
            from .resources.accounts import AsyncAccounts

            resource = AsyncAccounts(self)
            self.__dict__["_cache_accounts"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncParamsWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncParamsWithRawResponse(self)


class AsyncParamsWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncParams) -> None:
        self._client = client

    @property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        from .resources.accounts import AsyncAccountsWithRawResponse

        return AsyncAccountsWithRawResponse(self._client.accounts)

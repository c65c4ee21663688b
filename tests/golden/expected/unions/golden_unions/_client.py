# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Unions` and `AsyncUnions` clients: configuration and resource namespaces."""

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
    from .resources.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        Pets,
        PetsWithRawResponse,
    )
    from .resources.search import (
        AsyncSearch,
        AsyncSearchWithRawResponse,
        Search,
        SearchWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_unions",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_UNIONS_BASE_URL",
    log_env="GOLDEN_UNIONS_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class Unions(SyncAPIClient):
    """Client for the Unions.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_UNIONS_BASE_URL).
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
    def pets(self) -> Pets:
        """Operations of the pets resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Pets", self.__dict__["_cache_pets"])
        except KeyError:
            from .resources.pets import Pets

            resource = Pets(self)
            self.__dict__["_cache_pets"] = resource
            return resource

    @property
    def search(self) -> Search:
        """Operations of the search resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Search", self.__dict__["_cache_search"])
        except KeyError:
            from .resources.search import Search

            resource = Search(self)
            self.__dict__["_cache_search"] = resource
            return resource

    @property
    def with_raw_response(self) -> UnionsWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return UnionsWithRawResponse(self)


class UnionsWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Unions) -> None:
        self._client = client

    @property
    def pets(self) -> PetsWithRawResponse:
        from .resources.pets import PetsWithRawResponse

        return PetsWithRawResponse(self._client.pets)

    @property
    def search(self) -> SearchWithRawResponse:
        from .resources.search import SearchWithRawResponse

        return SearchWithRawResponse(self._client.search)


class AsyncUnions(AsyncAPIClient):
    """Asynchronous client for the Unions.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_UNIONS_BASE_URL).
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
    def pets(self) -> AsyncPets:
        """Operations of the pets resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncPets", self.__dict__["_cache_pets"])
        except KeyError:
            from .resources.pets import AsyncPets

            resource = AsyncPets(self)
            self.__dict__["_cache_pets"] = resource
            return resource

    @property
    def search(self) -> AsyncSearch:
        """Operations of the search resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncSearch", self.__dict__["_cache_search"])
        except KeyError:
            from .resources.search import AsyncSearch

            resource = AsyncSearch(self)
            self.__dict__["_cache_search"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncUnionsWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncUnionsWithRawResponse(self)


class AsyncUnionsWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncUnions) -> None:
        self._client = client

    @property
    def pets(self) -> AsyncPetsWithRawResponse:
        from .resources.pets import AsyncPetsWithRawResponse

        return AsyncPetsWithRawResponse(self._client.pets)

    @property
    def search(self) -> AsyncSearchWithRawResponse:
        from .resources.search import AsyncSearchWithRawResponse

        return AsyncSearchWithRawResponse(self._client.search)

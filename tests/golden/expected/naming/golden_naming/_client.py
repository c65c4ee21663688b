# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Naming` and `AsyncNaming` clients: configuration and resource namespaces."""

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
    from .resources.search_results import (
        AsyncSearchResults,
        AsyncSearchResultsWithRawResponse,
        SearchResults,
        SearchResultsWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_naming",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_NAMING_BASE_URL",
    log_env="GOLDEN_NAMING_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class Naming(SyncAPIClient):
    """Client for the Naming.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_NAMING_BASE_URL).
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
    def search_results(self) -> SearchResults:
        """Operations of the search_results resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("SearchResults", self.__dict__["_cache_search_results"])
        except KeyError:
            from .resources.search_results import SearchResults

            resource = SearchResults(self)
            self.__dict__["_cache_search_results"] = resource
            return resource

    @property
    def with_raw_response(self) -> NamingWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return NamingWithRawResponse(self)


class NamingWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Naming) -> None:
        self._client = client

    @property
    def search_results(self) -> SearchResultsWithRawResponse:
        from .resources.search_results import SearchResultsWithRawResponse

        return SearchResultsWithRawResponse(self._client.search_results)


class AsyncNaming(AsyncAPIClient):
    """Asynchronous client for the Naming.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_NAMING_BASE_URL).
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
    def search_results(self) -> AsyncSearchResults:
        """Operations of the search_results resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncSearchResults", self.__dict__["_cache_search_results"])
        except KeyError:
            from .resources.search_results import AsyncSearchResults

            resource = AsyncSearchResults(self)
            self.__dict__["_cache_search_results"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncNamingWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncNamingWithRawResponse(self)


class AsyncNamingWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncNaming) -> None:
        self._client = client

    @property
    def search_results(self) -> AsyncSearchResultsWithRawResponse:
        from .resources.search_results import AsyncSearchResultsWithRawResponse

        return AsyncSearchResultsWithRawResponse(self._client.search_results)

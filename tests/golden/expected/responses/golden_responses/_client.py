# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Responses` and `AsyncResponses` clients: configuration and resource namespaces."""

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
    from .resources.reports import (
        AsyncReports,
        AsyncReportsWithRawResponse,
        Reports,
        ReportsWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_responses",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_RESPONSES_BASE_URL",
    log_env="GOLDEN_RESPONSES_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class Responses(SyncAPIClient):
    """Client for the Responses.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_RESPONSES_BASE_URL).
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
    def reports(self) -> Reports:
        """Operations of the reports resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Reports", self.__dict__["_cache_reports"])
        except KeyError:
            from .resources.reports import Reports

            resource = Reports(self)
            self.__dict__["_cache_reports"] = resource
            return resource

    @property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return ResponsesWithRawResponse(self)


class ResponsesWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Responses) -> None:
        self._client = client

    @property
    def reports(self) -> ReportsWithRawResponse:
        from .resources.reports import ReportsWithRawResponse

        return ReportsWithRawResponse(self._client.reports)


class AsyncResponses(AsyncAPIClient):
    """Asynchronous client for the Responses.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_RESPONSES_BASE_URL).
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
    def reports(self) -> AsyncReports:
        """Operations of the reports resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncReports", self.__dict__["_cache_reports"])
        except KeyError:
            from .resources.reports import AsyncReports

            resource = AsyncReports(self)
            self.__dict__["_cache_reports"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncResponsesWithRawResponse(self)


class AsyncResponsesWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncResponses) -> None:
        self._client = client

    @property
    def reports(self) -> AsyncReportsWithRawResponse:
        from .resources.reports import AsyncReportsWithRawResponse

        return AsyncReportsWithRawResponse(self._client.reports)

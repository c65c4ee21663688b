# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Envelope` and `AsyncEnvelope` clients: configuration and resource namespaces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    ApiKeyAuth,
    AsyncAPIClient,
    ClientConfig,
    SyncAPIClient,
)
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .errors import STATUS_ERROR_CLASSES

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .resources.jobs import (
        AsyncJobs,
        AsyncJobsWithRawResponse,
        Jobs,
        JobsWithRawResponse,
    )


def _error_model() -> type[BaseModel]:
    from .models import ApiError

    return ApiError


CONFIG = ClientConfig(
    package="golden_envelope",
    version=__version__,
    default_base_url="https://api.example.com",
    base_url_env="GOLDEN_ENVELOPE_BASE_URL",
    log_env="GOLDEN_ENVELOPE_LOG",
    auth=(ApiKeyAuth(name="api_key", header="x-api-key", env="GOLDEN_ENVELOPE_API_KEY"),),
    error_envelope="error",
    error_model=_error_model,
    status_errors=STATUS_ERROR_CLASSES,
)


class Envelope(SyncAPIClient):
    """Client for the Envelope.

    Args:
        api_key: Credential. Falls back to the GOLDEN_ENVELOPE_API_KEY environment variable.
        base_url: Overrides the server (also settable with GOLDEN_ENVELOPE_BASE_URL).
        timeout: Default timeout in seconds (or an `httpx.Timeout`) for every call.
        max_retries: How often a failed call is retried (see the README for what is retried).
        default_headers: Headers sent with every request.
        http_client: Your own `httpx.Client` (proxies, transports, event hooks).
        strict_response_validation: Reject responses with unknown enum values.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=CONFIG,
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @property
    def jobs(self) -> Jobs:
        """Operations of the jobs resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Jobs", self.__dict__["_cache_jobs"])
        except KeyError:
            from .resources.jobs import Jobs

            resource = Jobs(self)
            self.__dict__["_cache_jobs"] = resource
            return resource

    @property
    def with_raw_response(self) -> EnvelopeWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return EnvelopeWithRawResponse(self)


class EnvelopeWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Envelope) -> None:
        self._client = client

    @property
    def jobs(self) -> JobsWithRawResponse:
        from .resources.jobs import JobsWithRawResponse

        return JobsWithRawResponse(self._client.jobs)


class AsyncEnvelope(AsyncAPIClient):
    """Asynchronous client for the Envelope.

    Args:
        api_key: Credential. Falls back to the GOLDEN_ENVELOPE_API_KEY environment variable.
        base_url: Overrides the server (also settable with GOLDEN_ENVELOPE_BASE_URL).
        timeout: Default timeout in seconds (or an `httpx.Timeout`) for every call.
        max_retries: How often a failed call is retried (see the README for what is retried).
        default_headers: Headers sent with every request.
        http_client: Your own `httpx.AsyncClient` (proxies, transports, event hooks).
        strict_response_validation: Reject responses with unknown enum values.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=CONFIG,
            credentials={
                "api_key": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @property
    def jobs(self) -> AsyncJobs:
        """Operations of the jobs resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncJobs", self.__dict__["_cache_jobs"])
        except KeyError:
            from .resources.jobs import AsyncJobs

            resource = AsyncJobs(self)
            self.__dict__["_cache_jobs"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncEnvelopeWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncEnvelopeWithRawResponse(self)


class AsyncEnvelopeWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncEnvelope) -> None:
        self._client = client

    @property
    def jobs(self) -> AsyncJobsWithRawResponse:
        from .resources.jobs import AsyncJobsWithRawResponse

        return AsyncJobsWithRawResponse(self._client.jobs)

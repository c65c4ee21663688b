# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Nullable31` and `AsyncNullable31` clients: configuration and resource namespaces."""

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
    from .resources.notes import (
        AsyncNotes,
        AsyncNotesWithRawResponse,
        Notes,
        NotesWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_nullable_31",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_NULLABLE_31_BASE_URL",
    log_env="GOLDEN_NULLABLE_31_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class Nullable31(SyncAPIClient):
    """Client for the Nullable 3.1.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_NULLABLE_31_BASE_URL).
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
    def notes(self) -> Notes:
        """Operations of the notes resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Notes", self.__dict__["_cache_notes"])
        except KeyError:
            from .resources.notes import Notes

            resource = Notes(self)
            self.__dict__["_cache_notes"] = resource
            return resource

    @property
    def with_raw_response(self) -> Nullable31WithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return Nullable31WithRawResponse(self)


class Nullable31WithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Nullable31) -> None:
        self._client = client

    @property
    def notes(self) -> NotesWithRawResponse:
        from .resources.notes import NotesWithRawResponse

        return NotesWithRawResponse(self._client.notes)


class AsyncNullable31(AsyncAPIClient):
    """Asynchronous client for the Nullable 3.1.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_NULLABLE_31_BASE_URL).
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
    def notes(self) -> AsyncNotes:
        """Operations of the notes resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncNotes", self.__dict__["_cache_notes"])
        except KeyError:
            from .resources.notes import AsyncNotes

            resource = AsyncNotes(self)
            self.__dict__["_cache_notes"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncNullable31WithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncNullable31WithRawResponse(self)


class AsyncNullable31WithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncNullable31) -> None:
        self._client = client

    @property
    def notes(self) -> AsyncNotesWithRawResponse:
        from .resources.notes import AsyncNotesWithRawResponse

        return AsyncNotesWithRawResponse(self._client.notes)

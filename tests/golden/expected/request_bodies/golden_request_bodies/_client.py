# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `RequestBodies` and `AsyncRequestBodies` clients: configuration and resource namespaces."""

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
    from .resources.datasets import (
        AsyncDatasets,
        AsyncDatasetsWithRawResponse,
        Datasets,
        DatasetsWithRawResponse,
    )
    from .resources.notes import (
        AsyncNotes,
        AsyncNotesWithRawResponse,
        Notes,
        NotesWithRawResponse,
    )
    from .resources.tokens import (
        AsyncTokens,
        AsyncTokensWithRawResponse,
        Tokens,
        TokensWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_request_bodies",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_REQUEST_BODIES_BASE_URL",
    log_env="GOLDEN_REQUEST_BODIES_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class RequestBodies(SyncAPIClient):
    """Client for the Request Bodies.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_REQUEST_BODIES_BASE_URL).
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
    def datasets(self) -> Datasets:
        """Operations of the datasets resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Datasets", self.__dict__["_cache_datasets"])
        except KeyError:
            from .resources.datasets import Datasets

            resource = Datasets(self)
            self.__dict__["_cache_datasets"] = resource
            return resource

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
    def tokens(self) -> Tokens:
        """Operations of the tokens resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Tokens", self.__dict__["_cache_tokens"])
        except KeyError:
            from .resources.tokens import Tokens

            resource = Tokens(self)
            self.__dict__["_cache_tokens"] = resource
            return resource

    @property
    def with_raw_response(self) -> RequestBodiesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return RequestBodiesWithRawResponse(self)


class RequestBodiesWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: RequestBodies) -> None:
        self._client = client

    @property
    def datasets(self) -> DatasetsWithRawResponse:
        from .resources.datasets import DatasetsWithRawResponse

        return DatasetsWithRawResponse(self._client.datasets)

    @property
    def notes(self) -> NotesWithRawResponse:
        from .resources.notes import NotesWithRawResponse

        return NotesWithRawResponse(self._client.notes)

    @property
    def tokens(self) -> TokensWithRawResponse:
        from .resources.tokens import TokensWithRawResponse

        return TokensWithRawResponse(self._client.tokens)


class AsyncRequestBodies(AsyncAPIClient):
    """Asynchronous client for the Request Bodies.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_REQUEST_BODIES_BASE_URL).
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
    def datasets(self) -> AsyncDatasets:
        """Operations of the datasets resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncDatasets", self.__dict__["_cache_datasets"])
        except KeyError:
            from .resources.datasets import AsyncDatasets

            resource = AsyncDatasets(self)
            self.__dict__["_cache_datasets"] = resource
            return resource

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
    def tokens(self) -> AsyncTokens:
        """Operations of the tokens resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncTokens", self.__dict__["_cache_tokens"])
        except KeyError:
            from .resources.tokens import AsyncTokens

            resource = AsyncTokens(self)
            self.__dict__["_cache_tokens"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncRequestBodiesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncRequestBodiesWithRawResponse(self)


class AsyncRequestBodiesWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncRequestBodies) -> None:
        self._client = client

    @property
    def datasets(self) -> AsyncDatasetsWithRawResponse:
        from .resources.datasets import AsyncDatasetsWithRawResponse

        return AsyncDatasetsWithRawResponse(self._client.datasets)

    @property
    def notes(self) -> AsyncNotesWithRawResponse:
        from .resources.notes import AsyncNotesWithRawResponse

        return AsyncNotesWithRawResponse(self._client.notes)

    @property
    def tokens(self) -> AsyncTokensWithRawResponse:
        from .resources.tokens import AsyncTokensWithRawResponse

        return AsyncTokensWithRawResponse(self._client.tokens)

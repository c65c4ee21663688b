# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Formats` and `AsyncFormats` clients: configuration and resource namespaces."""

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
    from .resources.attachments import (
        AsyncAttachments,
        AsyncAttachmentsWithRawResponse,
        Attachments,
        AttachmentsWithRawResponse,
    )
    from .resources.events import (
        AsyncEvents,
        AsyncEventsWithRawResponse,
        Events,
        EventsWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_formats",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_FORMATS_BASE_URL",
    log_env="GOLDEN_FORMATS_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class Formats(SyncAPIClient):
    """Client for the Formats.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_FORMATS_BASE_URL).
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
    def attachments(self) -> Attachments:
        """Operations of the attachments resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Attachments", self.__dict__["_cache_attachments"])
        except KeyError:
            from .resources.attachments import Attachments

            resource = Attachments(self)
            self.__dict__["_cache_attachments"] = resource
            return resource

    @property
    def events(self) -> Events:
        """Operations of the events resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Events", self.__dict__["_cache_events"])
        except KeyError:
            from .resources.events import Events

            resource = Events(self)
            self.__dict__["_cache_events"] = resource
            return resource

    @property
    def with_raw_response(self) -> FormatsWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return FormatsWithRawResponse(self)


class FormatsWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Formats) -> None:
        self._client = client

    @property
    def attachments(self) -> AttachmentsWithRawResponse:
        from .resources.attachments import AttachmentsWithRawResponse

        return AttachmentsWithRawResponse(self._client.attachments)

    @property
    def events(self) -> EventsWithRawResponse:
        from .resources.events import EventsWithRawResponse

        return EventsWithRawResponse(self._client.events)


class AsyncFormats(AsyncAPIClient):
    """Asynchronous client for the Formats.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_FORMATS_BASE_URL).
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
    def attachments(self) -> AsyncAttachments:
        """Operations of the attachments resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncAttachments", self.__dict__["_cache_attachments"])
        except KeyError:
            from .resources.attachments import AsyncAttachments

            resource = AsyncAttachments(self)
            self.__dict__["_cache_attachments"] = resource
            return resource

    @property
    def events(self) -> AsyncEvents:
        """Operations of the events resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncEvents", self.__dict__["_cache_events"])
        except KeyError:
            from .resources.events import AsyncEvents

            resource = AsyncEvents(self)
            self.__dict__["_cache_events"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncFormatsWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncFormatsWithRawResponse(self)


class AsyncFormatsWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncFormats) -> None:
        self._client = client

    @property
    def attachments(self) -> AsyncAttachmentsWithRawResponse:
        from .resources.attachments import AsyncAttachmentsWithRawResponse

        return AsyncAttachmentsWithRawResponse(self._client.attachments)

    @property
    def events(self) -> AsyncEventsWithRawResponse:
        from .resources.events import AsyncEventsWithRawResponse

        return AsyncEventsWithRawResponse(self._client.events)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `AdditionalProperties` and `AsyncAdditionalProperties` clients: configuration and resource namespaces."""

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
    from .resources.settings import (
        AsyncSettingsResource,
        AsyncSettingsResourceWithRawResponse,
        SettingsResource,
        SettingsResourceWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_additional_properties",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_ADDITIONAL_PROPERTIES_BASE_URL",
    log_env="GOLDEN_ADDITIONAL_PROPERTIES_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class AdditionalProperties(SyncAPIClient):
    """Client for the Additional Properties.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_ADDITIONAL_PROPERTIES_BASE_URL).
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
    def settings(self) -> SettingsResource:
        """Operations of the settings resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("SettingsResource", self.__dict__["_cache_settings"])
        except KeyError:
            from .resources.settings import SettingsResource

            resource = SettingsResource(self)
            self.__dict__["_cache_settings"] = resource
            return resource

    @property
    def with_raw_response(self) -> AdditionalPropertiesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AdditionalPropertiesWithRawResponse(self)


class AdditionalPropertiesWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AdditionalProperties) -> None:
        self._client = client

    @property
    def settings(self) -> SettingsResourceWithRawResponse:
        from .resources.settings import SettingsResourceWithRawResponse

        return SettingsResourceWithRawResponse(self._client.settings)


class AsyncAdditionalProperties(AsyncAPIClient):
    """Asynchronous client for the Additional Properties.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_ADDITIONAL_PROPERTIES_BASE_URL).
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
    def settings(self) -> AsyncSettingsResource:
        """Operations of the settings resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncSettingsResource", self.__dict__["_cache_settings"])
        except KeyError:
            from .resources.settings import AsyncSettingsResource

            resource = AsyncSettingsResource(self)
            self.__dict__["_cache_settings"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncAdditionalPropertiesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncAdditionalPropertiesWithRawResponse(self)


class AsyncAdditionalPropertiesWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncAdditionalProperties) -> None:
        self._client = client

    @property
    def settings(self) -> AsyncSettingsResourceWithRawResponse:
        from .resources.settings import AsyncSettingsResourceWithRawResponse

        return AsyncSettingsResourceWithRawResponse(self._client.settings)

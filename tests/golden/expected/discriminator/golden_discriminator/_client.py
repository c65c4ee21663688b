# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `Discriminator` and `AsyncDiscriminator` clients: configuration and resource namespaces."""

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
    from .resources.shapes import (
        AsyncShapes,
        AsyncShapesWithRawResponse,
        Shapes,
        ShapesWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_discriminator",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_DISCRIMINATOR_BASE_URL",
    log_env="GOLDEN_DISCRIMINATOR_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class Discriminator(SyncAPIClient):
    """Client for the Discriminator.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_DISCRIMINATOR_BASE_URL).
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
    def shapes(self) -> Shapes:
        """Operations of the shapes resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Shapes", self.__dict__["_cache_shapes"])
        except KeyError:
            from .resources.shapes import Shapes

            resource = Shapes(self)
            self.__dict__["_cache_shapes"] = resource
            return resource

    @property
    def with_raw_response(self) -> DiscriminatorWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return DiscriminatorWithRawResponse(self)


class DiscriminatorWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: Discriminator) -> None:
        self._client = client

    @property
    def shapes(self) -> ShapesWithRawResponse:
        from .resources.shapes import ShapesWithRawResponse

        return ShapesWithRawResponse(self._client.shapes)


class AsyncDiscriminator(AsyncAPIClient):
    """Asynchronous client for the Discriminator.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_DISCRIMINATOR_BASE_URL).
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
    def shapes(self) -> AsyncShapes:
        """Operations of the shapes resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncShapes", self.__dict__["_cache_shapes"])
        except KeyError:
            from .resources.shapes import AsyncShapes

            resource = AsyncShapes(self)
            self.__dict__["_cache_shapes"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncDiscriminatorWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncDiscriminatorWithRawResponse(self)


class AsyncDiscriminatorWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncDiscriminator) -> None:
        self._client = client

    @property
    def shapes(self) -> AsyncShapesWithRawResponse:
        from .resources.shapes import AsyncShapesWithRawResponse

        return AsyncShapesWithRawResponse(self._client.shapes)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `HeyGen` and `AsyncHeyGen` clients: configuration and resource namespaces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    ApiKeyAuth,
    AsyncAPIClient,
    BearerAuth,
    ClientConfig,
    SyncAPIClient,
)
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .errors import STATUS_ERROR_CLASSES

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .resources.video_translate import (
        AsyncVideoTranslate,
        AsyncVideoTranslateWithRawResponse,
        VideoTranslate,
        VideoTranslateWithRawResponse,
    )


def _error_model() -> type[BaseModel]:
    from .models import StandardAPIError

    return StandardAPIError


CONFIG = ClientConfig(
    package="heygen",
    version=__version__,
    default_base_url="https://api.heygen.com",
    base_url_env="HEYGEN_BASE_URL",
    log_env="HEYGEN_LOG",
    auth=(
        ApiKeyAuth(name="api_key", header="x-api-key", env="HEYGEN_API_KEY"),
        BearerAuth(name="bearer_token", env="HEYGEN_BEARER_TOKEN"),
    ),
    error_envelope="error",
    error_model=_error_model,
    status_errors=STATUS_ERROR_CLASSES,
)


class HeyGen(SyncAPIClient):
    """Client for the HeyGen External API.

    Args:
        api_key: HeyGen API key. Obtain from your HeyGen dashboard. Falls back to the HEYGEN_API_KEY environment variable.
        bearer_token: OAuth2 bearer token. Falls back to the HEYGEN_BEARER_TOKEN environment variable.
        base_url: Overrides the server (also settable with HEYGEN_BASE_URL).
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
        bearer_token: str | None = None,
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
                "bearer_token": bearer_token,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @property
    def video_translate(self) -> VideoTranslate:
        """Translate videos into other languages"""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("VideoTranslate", self.__dict__["_cache_video_translate"])
        except KeyError:
            from .resources.video_translate import VideoTranslate

            resource = VideoTranslate(self)
            self.__dict__["_cache_video_translate"] = resource
            return resource

    @property
    def with_raw_response(self) -> HeyGenWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return HeyGenWithRawResponse(self)


class HeyGenWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def video_translate(self) -> VideoTranslateWithRawResponse:
        from .resources.video_translate import VideoTranslateWithRawResponse

        return VideoTranslateWithRawResponse(self._client.video_translate)


class AsyncHeyGen(AsyncAPIClient):
    """Asynchronous client for the HeyGen External API.

    Args:
        api_key: HeyGen API key. Obtain from your HeyGen dashboard. Falls back to the HEYGEN_API_KEY environment variable.
        bearer_token: OAuth2 bearer token. Falls back to the HEYGEN_BEARER_TOKEN environment variable.
        base_url: Overrides the server (also settable with HEYGEN_BASE_URL).
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
        bearer_token: str | None = None,
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
                "bearer_token": bearer_token,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    @property
    def video_translate(self) -> AsyncVideoTranslate:
        """Translate videos into other languages"""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncVideoTranslate", self.__dict__["_cache_video_translate"])
        except KeyError:
            from .resources.video_translate import AsyncVideoTranslate

            resource = AsyncVideoTranslate(self)
            self.__dict__["_cache_video_translate"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncHeyGenWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncHeyGenWithRawResponse(self)


class AsyncHeyGenWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def video_translate(self) -> AsyncVideoTranslateWithRawResponse:
        from .resources.video_translate import AsyncVideoTranslateWithRawResponse

        return AsyncVideoTranslateWithRawResponse(self._client.video_translate)

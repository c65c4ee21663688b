# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `EnumsConst` and `AsyncEnumsConst` clients: configuration and resource namespaces."""

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
    from .resources.tasks import (
        AsyncTasks,
        AsyncTasksWithRawResponse,
        Tasks,
        TasksWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_enums_const",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_ENUMS_CONST_BASE_URL",
    log_env="GOLDEN_ENUMS_CONST_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class EnumsConst(SyncAPIClient):
    """Client for the Enums Const.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_ENUMS_CONST_BASE_URL).
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
    def tasks(self) -> Tasks:
        """Operations of the tasks resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Tasks", self.__dict__["_cache_tasks"])
        except KeyError:
            from .resources.tasks import Tasks

            resource = Tasks(self)
            self.__dict__["_cache_tasks"] = resource
            return resource

    @property
    def with_raw_response(self) -> EnumsConstWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return EnumsConstWithRawResponse(self)


class EnumsConstWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: EnumsConst) -> None:
        self._client = client

    @property
    def tasks(self) -> TasksWithRawResponse:
        from .resources.tasks import TasksWithRawResponse

        return TasksWithRawResponse(self._client.tasks)


class AsyncEnumsConst(AsyncAPIClient):
    """Asynchronous client for the Enums Const.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_ENUMS_CONST_BASE_URL).
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
    def tasks(self) -> AsyncTasks:
        """Operations of the tasks resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncTasks", self.__dict__["_cache_tasks"])
        except KeyError:
            from .resources.tasks import AsyncTasks

            resource = AsyncTasks(self)
            self.__dict__["_cache_tasks"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncEnumsConstWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncEnumsConstWithRawResponse(self)


class AsyncEnumsConstWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncEnumsConst) -> None:
        self._client = client

    @property
    def tasks(self) -> AsyncTasksWithRawResponse:
        from .resources.tasks import AsyncTasksWithRawResponse

        return AsyncTasksWithRawResponse(self._client.tasks)

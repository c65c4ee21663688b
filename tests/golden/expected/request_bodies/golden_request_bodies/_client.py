# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `RequestBodies` and `AsyncRequestBodies` clients: configuration and resource namespaces."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

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

_R = TypeVar("_R")
_W = TypeVar("_W")


class _RawNamespaces:
    """`client.with_raw_response` (or a raw resource): the namespaces of `source`, their methods
    returning `APIResponse`."""

    def __init__(self, source: object) -> None:
        self._client = source


class _Resource:
    """The base of a resource class: its methods call the client it was built with, and so do
    the nested resources it holds (`client.webhooks.endpoints`)."""


class _SyncResource(_Resource):
    def __init__(self, client: RequestBodies) -> None:
        self._client = client


class _AsyncResource(_Resource):
    def __init__(self, client: AsyncRequestBodies) -> None:
        self._client = client


class _Namespace(Generic[_R, _W]):
    """A resource namespace of the client or of a resource: its module is imported and the
    namespace built on first use, then kept for the owner's life (a copy of the client builds its
    own). Read through `with_raw_response`, it is that namespace's raw-response twin. Threads
    reading it at once share one namespace: the import lock has one of them import the module
    while the others wait, and the first namespace stored is the one kept."""

    def __init__(self, module: str, cls: str) -> None:
        self._module = module
        self._cls = cls
        self._key = ""

    def __set_name__(self, owner: type[object], name: str) -> None:
        self._name = name
        self._key = f"_cache_{name}"

    @overload
    def __get__(self, obj: None, owner: type[object]) -> _Namespace[_R, _W]: ...
    @overload
    def __get__(self, obj: _RawNamespaces, owner: type[object]) -> _W: ...
    @overload
    def __get__(
        self, obj: SyncAPIClient | AsyncAPIClient | _Resource, owner: type[object]
    ) -> _R: ...
    def __get__(self, obj: object, owner: type[object]) -> Any:
        if obj is None:
            return self
        if isinstance(obj, _RawNamespaces):
            module = importlib.import_module(self._module, __package__)
            return getattr(module, f"{self._cls}WithRawResponse")(getattr(obj._client, self._name))
        try:
            return obj.__dict__[self._key]
        except KeyError:
            module = importlib.import_module(self._module, __package__)
            client = (
                obj if isinstance(obj, SyncAPIClient | AsyncAPIClient) else obj.__dict__["_client"]
            )
            return obj.__dict__.setdefault(self._key, getattr(module, self._cls)(client))


class _Namespaces:
    """The resource namespaces, shared by `RequestBodies` and its `with_raw_response`."""

    datasets: _Namespace[Datasets, DatasetsWithRawResponse] = _Namespace(
        ".resources.datasets", "Datasets"
    )
    """Operations of `datasets`."""
    notes: _Namespace[Notes, NotesWithRawResponse] = _Namespace(".resources.notes", "Notes")
    """Operations of `notes`."""
    tokens: _Namespace[Tokens, TokensWithRawResponse] = _Namespace(".resources.tokens", "Tokens")
    """Operations of `tokens`."""


class _AsyncNamespaces:
    """The async resource namespaces, shared by `AsyncRequestBodies` and its `with_raw_response`."""

    datasets: _Namespace[AsyncDatasets, AsyncDatasetsWithRawResponse] = _Namespace(
        ".resources.datasets", "AsyncDatasets"
    )
    """Operations of `datasets`."""
    notes: _Namespace[AsyncNotes, AsyncNotesWithRawResponse] = _Namespace(
        ".resources.notes", "AsyncNotes"
    )
    """Operations of `notes`."""
    tokens: _Namespace[AsyncTokens, AsyncTokensWithRawResponse] = _Namespace(
        ".resources.tokens", "AsyncTokens"
    )
    """Operations of `tokens`."""


CONFIG = ClientConfig(
    package="golden_request_bodies",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_REQUEST_BODIES_BASE_URL",
    log_env="GOLDEN_REQUEST_BODIES_LOG",
    auth=(),
    security=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class RequestBodies(_Namespaces, SyncAPIClient):
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
    def with_raw_response(self) -> RequestBodiesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return RequestBodiesWithRawResponse(self)


class RequestBodiesWithRawResponse(_Namespaces, _RawNamespaces):
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: RequestBodies) -> None:
        super().__init__(client)


class AsyncRequestBodies(_AsyncNamespaces, AsyncAPIClient):
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
    def with_raw_response(self) -> AsyncRequestBodiesWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncRequestBodiesWithRawResponse(self)


class AsyncRequestBodiesWithRawResponse(_AsyncNamespaces, _RawNamespaces):
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncRequestBodies) -> None:
        super().__init__(client)

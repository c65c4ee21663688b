# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `HeyGen` and `AsyncHeyGen` clients: configuration and resource namespaces."""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

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

    from .resources.assets import (
        Assets,
        AssetsWithRawResponse,
        AsyncAssets,
        AsyncAssetsWithRawResponse,
    )
    from .resources.avatars import (
        AsyncAvatars,
        AsyncAvatarsWithRawResponse,
        Avatars,
        AvatarsWithRawResponse,
    )
    from .resources.lipsyncs import (
        AsyncLipsyncs,
        AsyncLipsyncsWithRawResponse,
        Lipsyncs,
        LipsyncsWithRawResponse,
    )
    from .resources.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        Users,
        UsersWithRawResponse,
    )
    from .resources.video_agents import (
        AsyncVideoAgents,
        AsyncVideoAgentsWithRawResponse,
        VideoAgents,
        VideoAgentsWithRawResponse,
    )
    from .resources.video_translations import (
        AsyncVideoTranslations,
        AsyncVideoTranslationsWithRawResponse,
        VideoTranslations,
        VideoTranslationsWithRawResponse,
    )
    from .resources.videos import (
        AsyncVideos,
        AsyncVideosWithRawResponse,
        Videos,
        VideosWithRawResponse,
    )
    from .resources.voices import (
        AsyncVoices,
        AsyncVoicesWithRawResponse,
        Voices,
        VoicesWithRawResponse,
    )
    from .resources.webhooks import (
        AsyncWebhooks,
        AsyncWebhooksWithRawResponse,
        Webhooks,
        WebhooksWithRawResponse,
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
    def __init__(self, client: HeyGen) -> None:
        self._client = client


class _AsyncResource(_Resource):
    def __init__(self, client: AsyncHeyGen) -> None:
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
    """The resource namespaces, shared by `HeyGen` and its `with_raw_response`."""

    assets: _Namespace[Assets, AssetsWithRawResponse] = _Namespace(".resources.assets", "Assets")
    """Upload files for use in video creation"""
    avatars: _Namespace[Avatars, AvatarsWithRawResponse] = _Namespace(
        ".resources.avatars", "Avatars"
    )
    """List and manage avatars and looks"""
    lipsyncs: _Namespace[Lipsyncs, LipsyncsWithRawResponse] = _Namespace(
        ".resources.lipsyncs", "Lipsyncs"
    )
    """Dub or replace audio on existing videos"""
    users: _Namespace[Users, UsersWithRawResponse] = _Namespace(".resources.users", "Users")
    """Account information and billing"""
    video_agents: _Namespace[VideoAgents, VideoAgentsWithRawResponse] = _Namespace(
        ".resources.video_agents", "VideoAgents"
    )
    """Create videos from text prompts using AI"""
    video_translations: _Namespace[VideoTranslations, VideoTranslationsWithRawResponse] = (
        _Namespace(".resources.video_translations", "VideoTranslations")
    )
    """Translate videos into other languages"""
    videos: _Namespace[Videos, VideosWithRawResponse] = _Namespace(".resources.videos", "Videos")
    """Create, list, retrieve, and delete videos"""
    voices: _Namespace[Voices, VoicesWithRawResponse] = _Namespace(".resources.voices", "Voices")
    """Text-to-speech and voice management"""
    webhooks: _Namespace[Webhooks, WebhooksWithRawResponse] = _Namespace(
        ".resources.webhooks", "Webhooks"
    )
    """Operations of `webhooks`."""


class _AsyncNamespaces:
    """The async resource namespaces, shared by `AsyncHeyGen` and its `with_raw_response`."""

    assets: _Namespace[AsyncAssets, AsyncAssetsWithRawResponse] = _Namespace(
        ".resources.assets", "AsyncAssets"
    )
    """Upload files for use in video creation"""
    avatars: _Namespace[AsyncAvatars, AsyncAvatarsWithRawResponse] = _Namespace(
        ".resources.avatars", "AsyncAvatars"
    )
    """List and manage avatars and looks"""
    lipsyncs: _Namespace[AsyncLipsyncs, AsyncLipsyncsWithRawResponse] = _Namespace(
        ".resources.lipsyncs", "AsyncLipsyncs"
    )
    """Dub or replace audio on existing videos"""
    users: _Namespace[AsyncUsers, AsyncUsersWithRawResponse] = _Namespace(
        ".resources.users", "AsyncUsers"
    )
    """Account information and billing"""
    video_agents: _Namespace[AsyncVideoAgents, AsyncVideoAgentsWithRawResponse] = _Namespace(
        ".resources.video_agents", "AsyncVideoAgents"
    )
    """Create videos from text prompts using AI"""
    video_translations: _Namespace[
        AsyncVideoTranslations, AsyncVideoTranslationsWithRawResponse
    ] = _Namespace(".resources.video_translations", "AsyncVideoTranslations")
    """Translate videos into other languages"""
    videos: _Namespace[AsyncVideos, AsyncVideosWithRawResponse] = _Namespace(
        ".resources.videos", "AsyncVideos"
    )
    """Create, list, retrieve, and delete videos"""
    voices: _Namespace[AsyncVoices, AsyncVoicesWithRawResponse] = _Namespace(
        ".resources.voices", "AsyncVoices"
    )
    """Text-to-speech and voice management"""
    webhooks: _Namespace[AsyncWebhooks, AsyncWebhooksWithRawResponse] = _Namespace(
        ".resources.webhooks", "AsyncWebhooks"
    )
    """Operations of `webhooks`."""


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
    security=(("api_key",), ("bearer_token",)),
    error_envelope="error",
    error_model=_error_model,
    status_errors=STATUS_ERROR_CLASSES,
)


class HeyGen(_Namespaces, SyncAPIClient):
    """Client for the HeyGen External API.

    Args:
        api_key: HeyGen API key. Obtain from your HeyGen dashboard. Falls back to the HEYGEN_API_KEY environment variable.
        bearer_token: OAuth2 bearer token. Falls back to the HEYGEN_BEARER_TOKEN environment variable. A callable returning a fresh token is called for every request.
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
        bearer_token: str | Callable[[], str] | None = None,
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
    def with_raw_response(self) -> HeyGenWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return HeyGenWithRawResponse(self)


class HeyGenWithRawResponse(_Namespaces, _RawNamespaces):
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: HeyGen) -> None:
        super().__init__(client)


class AsyncHeyGen(_AsyncNamespaces, AsyncAPIClient):
    """Asynchronous client for the HeyGen External API.

    Args:
        api_key: HeyGen API key. Obtain from your HeyGen dashboard. Falls back to the HEYGEN_API_KEY environment variable.
        bearer_token: OAuth2 bearer token. Falls back to the HEYGEN_BEARER_TOKEN environment variable. A callable (sync or async) returning a fresh token is called for every request.
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
        bearer_token: str | Callable[[], str | Awaitable[str]] | None = None,
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
    def with_raw_response(self) -> AsyncHeyGenWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncHeyGenWithRawResponse(self)


class AsyncHeyGenWithRawResponse(_AsyncNamespaces, _RawNamespaces):
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncHeyGen) -> None:
        super().__init__(client)

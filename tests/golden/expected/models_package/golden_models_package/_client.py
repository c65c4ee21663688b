# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The `ModelsPackage` and `AsyncModelsPackage` clients: configuration and resource namespaces."""

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
    from .resources.folders import (
        AsyncFolders,
        AsyncFoldersWithRawResponse,
        Folders,
        FoldersWithRawResponse,
    )
    from .resources.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        Pets,
        PetsWithRawResponse,
    )
    from .resources.trees import (
        AsyncTrees,
        AsyncTreesWithRawResponse,
        Trees,
        TreesWithRawResponse,
    )


CONFIG = ClientConfig(
    package="golden_models_package",
    version=__version__,
    default_base_url="",
    base_url_env="GOLDEN_MODELS_PACKAGE_BASE_URL",
    log_env="GOLDEN_MODELS_PACKAGE_LOG",
    auth=(),
    error_envelope=None,
    error_model=None,
    status_errors=STATUS_ERROR_CLASSES,
)


class ModelsPackage(SyncAPIClient):
    """Client for the Models Package.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_MODELS_PACKAGE_BASE_URL).
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
    def folders(self) -> Folders:
        """Operations of the folders resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Folders", self.__dict__["_cache_folders"])
        except KeyError:
            from .resources.folders import Folders

            resource = Folders(self)
            self.__dict__["_cache_folders"] = resource
            return resource

    @property
    def pets(self) -> Pets:
        """Operations of the pets resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Pets", self.__dict__["_cache_pets"])
        except KeyError:
            from .resources.pets import Pets

            resource = Pets(self)
            self.__dict__["_cache_pets"] = resource
            return resource

    @property
    def trees(self) -> Trees:
        """Operations of the trees resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("Trees", self.__dict__["_cache_trees"])
        except KeyError:
            from .resources.trees import Trees

            resource = Trees(self)
            self.__dict__["_cache_trees"] = resource
            return resource

    @property
    def with_raw_response(self) -> ModelsPackageWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return ModelsPackageWithRawResponse(self)


class ModelsPackageWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: ModelsPackage) -> None:
        self._client = client

    @property
    def folders(self) -> FoldersWithRawResponse:
        from .resources.folders import FoldersWithRawResponse

        return FoldersWithRawResponse(self._client.folders)

    @property
    def pets(self) -> PetsWithRawResponse:
        from .resources.pets import PetsWithRawResponse

        return PetsWithRawResponse(self._client.pets)

    @property
    def trees(self) -> TreesWithRawResponse:
        from .resources.trees import TreesWithRawResponse

        return TreesWithRawResponse(self._client.trees)


class AsyncModelsPackage(AsyncAPIClient):
    """Asynchronous client for the Models Package.

    Args:
        base_url: Overrides the server (also settable with GOLDEN_MODELS_PACKAGE_BASE_URL).
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
    def folders(self) -> AsyncFolders:
        """Operations of the folders resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncFolders", self.__dict__["_cache_folders"])
        except KeyError:
            from .resources.folders import AsyncFolders

            resource = AsyncFolders(self)
            self.__dict__["_cache_folders"] = resource
            return resource

    @property
    def pets(self) -> AsyncPets:
        """Operations of the pets resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncPets", self.__dict__["_cache_pets"])
        except KeyError:
            from .resources.pets import AsyncPets

            resource = AsyncPets(self)
            self.__dict__["_cache_pets"] = resource
            return resource

    @property
    def trees(self) -> AsyncTrees:
        """Operations of the trees resource."""
        try:  # built on first use (and its module imported then), kept for the client's life
            return cast("AsyncTrees", self.__dict__["_cache_trees"])
        except KeyError:
            from .resources.trees import AsyncTrees

            resource = AsyncTrees(self)
            self.__dict__["_cache_trees"] = resource
            return resource

    @property
    def with_raw_response(self) -> AsyncModelsPackageWithRawResponse:
        """The same namespaces, with methods that return the raw `APIResponse`."""
        return AsyncModelsPackageWithRawResponse(self)


class AsyncModelsPackageWithRawResponse:
    """Namespaces whose methods return `APIResponse` (status, headers, request id, `.parse()`)."""

    def __init__(self, client: AsyncModelsPackage) -> None:
        self._client = client

    @property
    def folders(self) -> AsyncFoldersWithRawResponse:
        from .resources.folders import AsyncFoldersWithRawResponse

        return AsyncFoldersWithRawResponse(self._client.folders)

    @property
    def pets(self) -> AsyncPetsWithRawResponse:
        from .resources.pets import AsyncPetsWithRawResponse

        return AsyncPetsWithRawResponse(self._client.pets)

    @property
    def trees(self) -> AsyncTreesWithRawResponse:
        from .resources.trees import AsyncTreesWithRawResponse

        return AsyncTreesWithRawResponse(self._client.trees)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.folders`: Operations of `folders`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import File, Folder
    from ..params import FileParam

_CREATE_FOLDER = Endpoint("POST", "/folders", "createFolder")


class Folders(_SyncResource):
    """Operations of `folders`."""

    def create(
        self,
        *,
        name: str,
        files: list[File | FileParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Folder:
        """Create a folder.

        Returns:
            Folder: The folder

        Example:
            result = client.folders.create(name='string')
        """
        result: Folder = self._client._request(
            _CREATE_FOLDER,
            json=model_body(_models.Folder, {"name": name, "files": files}),
            cast_to=_models.Folder,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class FoldersWithRawResponse:
    """`Folders` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Folders) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncFolders(_AsyncResource):
    """Operations of `folders`."""

    async def create(
        self,
        *,
        name: str,
        files: list[File | FileParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Folder:
        """Create a folder.

        Returns:
            Folder: The folder

        Example:
            result = await client.folders.create(name='string')
        """
        result: Folder = await self._client._request(
            _CREATE_FOLDER,
            json=model_body(_models.Folder, {"name": name, "files": files}),
            cast_to=_models.Folder,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncFoldersWithRawResponse:
    """`AsyncFolders` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncFolders) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.files`: Operations of `files`."""

from __future__ import annotations

import httpx

from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncBinaryStream, BinaryStream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_DOWNLOAD_FILE = Endpoint("GET", "/files/{file_id}/content", "downloadFile")


class Files(_SyncResource):
    """Operations of `files`."""

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """GET /files/{file_id}/content

        Returns:
            bytes: the bytes

        Raises:
            NotFoundError: 404 no such file

        Example:
            result = client.files.content('string')
        """
        result: bytes = self._client._request(
            _DOWNLOAD_FILE,
            path_params={"file_id": file_id},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def content_stream(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BinaryStream:
        """GET /files/{file_id}/content

        Returns:
            BinaryStream: The result.

        Raises:
            NotFoundError: 404 no such file

        Example:
            with client.files.content_stream('string') as download:
                download.write_to_file("download.bin")
        """
        result: BinaryStream = self._client._request(
            _DOWNLOAD_FILE,
            path_params={"file_id": file_id},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/octet-stream",
        )
        return result


class FilesWithRawResponse:
    """`Files` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Files) -> None:
        self.content = to_raw_response_wrapper(resource.content)
        self.content_stream = to_raw_response_wrapper(resource.content_stream)


class AsyncFiles(_AsyncResource):
    """Operations of `files`."""

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """GET /files/{file_id}/content

        Returns:
            bytes: the bytes

        Raises:
            NotFoundError: 404 no such file

        Example:
            result = await client.files.content('string')
        """
        result: bytes = await self._client._request(
            _DOWNLOAD_FILE,
            path_params={"file_id": file_id},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def content_stream(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryStream:
        """GET /files/{file_id}/content

        Returns:
            AsyncBinaryStream: The result.

        Raises:
            NotFoundError: 404 no such file

        Example:
            async with await client.files.content_stream('string') as download:
                await download.write_to_file("download.bin")
        """
        result: AsyncBinaryStream = await self._client._request(
            _DOWNLOAD_FILE,
            path_params={"file_id": file_id},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/octet-stream",
        )
        return result


class AsyncFilesWithRawResponse:
    """`AsyncFiles` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncFiles) -> None:
        self.content = async_to_raw_response_wrapper(resource.content)
        self.content_stream = async_to_raw_response_wrapper(resource.content_stream)

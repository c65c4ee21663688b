# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.reports`: Operations of `reports`."""

from __future__ import annotations

import httpx

from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncBinaryStream, BinaryStream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_DELETE_REPORT = Endpoint("DELETE", "/reports/{id}", "deleteReport")
_DOWNLOAD_REPORT = Endpoint("GET", "/reports/{id}/file", "downloadReport")
_GET_REPORT_SUMMARY = Endpoint("GET", "/reports/{id}/summary", "getReportSummary")


class Reports(_SyncResource):
    """Operations of `reports`."""

    def delete(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a report.

        Returns:
            None: Deleted

        Example:
            client.reports.delete('string')
        """
        self._client._request(
            _DELETE_REPORT,
            path_params={"id": id_},
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def file(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download the report file.

        Returns:
            bytes: The file

        Example:
            result = client.reports.file('string')
        """
        result: bytes = self._client._request(
            _DOWNLOAD_REPORT,
            path_params={"id": id_},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def file_stream(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BinaryStream:
        """Download the report file.

        Returns:
            BinaryStream: The result.

        Example:
            with client.reports.file_stream('string') as download:
                download.write_to_file("download.bin")
        """
        result: BinaryStream = self._client._request(
            _DOWNLOAD_REPORT,
            path_params={"id": id_},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/octet-stream",
        )
        return result

    def summary(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """The report as plain text.

        Returns:
            str: The summary

        Example:
            result = client.reports.summary('string')
        """
        result: str = self._client._request(
            _GET_REPORT_SUMMARY,
            path_params={"id": id_},
            cast_to=str,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class ReportsWithRawResponse:
    """`Reports` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Reports) -> None:
        self.delete = to_raw_response_wrapper(resource.delete)
        self.file = to_raw_response_wrapper(resource.file)
        self.file_stream = to_raw_response_wrapper(resource.file_stream)
        self.summary = to_raw_response_wrapper(resource.summary)


class AsyncReports(_AsyncResource):
    """Operations of `reports`."""

    async def delete(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a report.

        Returns:
            None: Deleted

        Example:
            await client.reports.delete('string')
        """
        await self._client._request(
            _DELETE_REPORT,
            path_params={"id": id_},
            cast_to=type(None),
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def file(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download the report file.

        Returns:
            bytes: The file

        Example:
            result = await client.reports.file('string')
        """
        result: bytes = await self._client._request(
            _DOWNLOAD_REPORT,
            path_params={"id": id_},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def file_stream(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryStream:
        """Download the report file.

        Returns:
            AsyncBinaryStream: The result.

        Example:
            async with await client.reports.file_stream('string') as download:
                await download.write_to_file("download.bin")
        """
        result: AsyncBinaryStream = await self._client._request(
            _DOWNLOAD_REPORT,
            path_params={"id": id_},
            cast_to=bytes,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
            stream="application/octet-stream",
        )
        return result

    async def summary(
        self,
        id_: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """The report as plain text.

        Returns:
            str: The summary

        Example:
            result = await client.reports.summary('string')
        """
        result: str = await self._client._request(
            _GET_REPORT_SUMMARY,
            path_params={"id": id_},
            cast_to=str,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncReportsWithRawResponse:
    """`AsyncReports` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncReports) -> None:
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.file = async_to_raw_response_wrapper(resource.file)
        self.file_stream = async_to_raw_response_wrapper(resource.file_stream)
        self.summary = async_to_raw_response_wrapper(resource.summary)

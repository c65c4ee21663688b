# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the reports resource.

The `reports` namespace of the client (`client.reports.…`), sync and async, and its
raw-response twin (`client.with_raw_response.reports.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import reports as _api

if TYPE_CHECKING:
    from .._client import AsyncResponses, Responses


class Reports:
    """Operations of the reports resource."""

    def __init__(self, client: Responses) -> None:
        self._client = client

    def delete(
        self,
        *,
        id_: str,
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

            client.reports.delete(
                id_='string',
            )
        """
        return _api.delete_report(
            self._client,
            id_=id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_report_summary(
        self,
        *,
        id_: str,
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

            result = client.reports.get_report_summary(
                id_='string',
            )
        """
        return _api.get_report_summary(
            self._client,
            id_=id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def download(
        self,
        *,
        id_: str,
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

            result = client.reports.download(
                id_='string',
            )
        """
        return _api.download_report(
            self._client,
            id_=id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ReportsWithRawResponse:
    """`Reports` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Reports) -> None:
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get_report_summary = to_raw_response_wrapper(resource.get_report_summary)
        self.download = to_raw_response_wrapper(resource.download)


class AsyncReports:
    """Operations of the reports resource."""

    def __init__(self, client: AsyncResponses) -> None:
        self._client = client

    async def delete(
        self,
        *,
        id_: str,
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

            await client.reports.delete(
                id_='string',
            )
        """
        return await _api.delete_report_async(
            self._client,
            id_=id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_report_summary(
        self,
        *,
        id_: str,
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

            result = await client.reports.get_report_summary(
                id_='string',
            )
        """
        return await _api.get_report_summary_async(
            self._client,
            id_=id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def download(
        self,
        *,
        id_: str,
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

            result = await client.reports.download(
                id_='string',
            )
        """
        return await _api.download_report_async(
            self._client,
            id_=id_,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncReportsWithRawResponse:
    """`AsyncReports` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncReports) -> None:
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get_report_summary = async_to_raw_response_wrapper(resource.get_report_summary)
        self.download = async_to_raw_response_wrapper(resource.download)

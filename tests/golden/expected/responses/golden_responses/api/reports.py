# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the reports resource.

One function per operation, sync and async; the client's `reports` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_DELETE_REPORT = Endpoint(
    method="DELETE",
    path="/reports/{id}",
    operation_id="deleteReport",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)

_GET_REPORT_SUMMARY = Endpoint(
    method="GET",
    path="/reports/{id}/summary",
    operation_id="getReportSummary",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)

_DOWNLOAD_REPORT = Endpoint(
    method="GET",
    path="/reports/{id}/file",
    operation_id="downloadReport",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def delete_report(
    client: SyncAPIClient,
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
    result = client._request(
        _DELETE_REPORT,
        path_params={
            "id": id_,
        },
        cast_to=type(None),
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(None, result)


async def delete_report_async(
    client: AsyncAPIClient,
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
    result = await client._request(
        _DELETE_REPORT,
        path_params={
            "id": id_,
        },
        cast_to=type(None),
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(None, result)


def get_report_summary(
    client: SyncAPIClient,
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
    result = client._request(
        _GET_REPORT_SUMMARY,
        path_params={
            "id": id_,
        },
        cast_to=str,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(str, result)


async def get_report_summary_async(
    client: AsyncAPIClient,
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
    result = await client._request(
        _GET_REPORT_SUMMARY,
        path_params={
            "id": id_,
        },
        cast_to=str,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(str, result)


def download_report(
    client: SyncAPIClient,
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
    result = client._request(
        _DOWNLOAD_REPORT,
        path_params={
            "id": id_,
        },
        cast_to=bytes,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(bytes, result)


async def download_report_async(
    client: AsyncAPIClient,
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
    result = await client._request(
        _DOWNLOAD_REPORT,
        path_params={
            "id": id_,
        },
        cast_to=bytes,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(bytes, result)

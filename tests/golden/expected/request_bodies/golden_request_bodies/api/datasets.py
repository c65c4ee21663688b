# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the datasets resource.

One function per operation, sync and async; the client's `datasets` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_REPLACE_DATASET = Endpoint(
    method="PUT",
    path="/datasets/{id}",
    operation_id="replaceDataset",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type="text/csv",
)


def replace_dataset(
    client: SyncAPIClient,
    *,
    id_: str,
    body: str,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Replace a dataset's rows.

    Args:
        body: The request body.

    Returns:
        None: Replaced

    Example:

        client.datasets.replace(
            id_='string',
            body="string",
        )
    """
    result = client._request(
        _REPLACE_DATASET,
        path_params={
            "id": id_,
        },
        content=body,
        cast_to=type(None),
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(None, result)


async def replace_dataset_async(
    client: AsyncAPIClient,
    *,
    id_: str,
    body: str,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Replace a dataset's rows.

    Args:
        body: The request body.

    Returns:
        None: Replaced

    Example:

        await client.datasets.replace(
            id_='string',
            body="string",
        )
    """
    result = await client._request(
        _REPLACE_DATASET,
        path_params={
            "id": id_,
        },
        content=body,
        cast_to=type(None),
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(None, result)

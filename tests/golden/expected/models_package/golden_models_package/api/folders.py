# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the folders resource.

One function per operation, sync and async; the client's `folders` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    File,
    Folder,
    Owner,
)

_CREATE_FOLDER = Endpoint(
    method="POST",
    path="/folders",
    operation_id="createFolder",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_folder(
    client: SyncAPIClient,
    *,
    name: str,
    owner: Owner | NotGiven = NOT_GIVEN,
    files: list[File] | NotGiven = NOT_GIVEN,
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

        result = client.folders.create(
            name='string',
        )
    """
    result = client._request(
        _CREATE_FOLDER,
        json=model_body(
            Folder,
            {
                "name": name,
                "owner": owner,
                "files": files,
            },
        ),
        cast_to=Folder,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Folder, result)


async def create_folder_async(
    client: AsyncAPIClient,
    *,
    name: str,
    owner: Owner | NotGiven = NOT_GIVEN,
    files: list[File] | NotGiven = NOT_GIVEN,
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

        result = await client.folders.create(
            name='string',
        )
    """
    result = await client._request(
        _CREATE_FOLDER,
        json=model_body(
            Folder,
            {
                "name": name,
                "owner": owner,
                "files": files,
            },
        ),
        cast_to=Folder,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Folder, result)

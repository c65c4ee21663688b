# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the notes resource.

One function per operation, sync and async; the client's `notes` namespace calls these.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._files import FileTypes, multipart_files
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_CREATE_NOTE = Endpoint(
    method="POST",
    path="/notes",
    operation_id="createNote",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_note(
    client: SyncAPIClient,
    *,
    text: str,
    attachment: FileTypes | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> dict[str, Any]:
    """Create a note, with an optional attachment.

    Returns:
        dict[str, Any]: The note

    Example:

        result = client.notes.create(
            text='string',
        )
    """
    result = client._request(
        _CREATE_NOTE,
        json={
            "text": text,
        },
        files=multipart_files(
            {
                "attachment": attachment,
            }
        ),
        cast_to=dict[str, Any],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(dict[str, Any], result)


async def create_note_async(
    client: AsyncAPIClient,
    *,
    text: str,
    attachment: FileTypes | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> dict[str, Any]:
    """Create a note, with an optional attachment.

    Returns:
        dict[str, Any]: The note

    Example:

        result = await client.notes.create(
            text='string',
        )
    """
    result = await client._request(
        _CREATE_NOTE,
        json={
            "text": text,
        },
        files=multipart_files(
            {
                "attachment": attachment,
            }
        ),
        cast_to=dict[str, Any],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(dict[str, Any], result)

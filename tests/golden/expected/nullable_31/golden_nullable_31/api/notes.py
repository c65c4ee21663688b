# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the notes resource.

One function per operation, sync and async; the client's `notes` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Label,
    Note,
    NoteUpdate,
)

_UPDATE_NOTE = Endpoint(
    method="PATCH",
    path="/notes/{id}",
    operation_id="updateNote",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def update_note(
    client: SyncAPIClient,
    *,
    id_: str,
    title: str | None | NotGiven = NOT_GIVEN,
    priority: int | None | NotGiven = NOT_GIVEN,
    label: Label | None | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Note:
    """Update a note.

    Args:
        title: The new title; null clears it.

    Returns:
        Note: The updated note

    Example:

        result = client.notes.update(
            id_='string',
        )
    """
    result = client._request(
        _UPDATE_NOTE,
        path_params={
            "id": id_,
        },
        json=model_body(
            NoteUpdate,
            {
                "title": title,
                "priority": priority,
                "label": label,
            },
        ),
        cast_to=Note,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Note, result)


async def update_note_async(
    client: AsyncAPIClient,
    *,
    id_: str,
    title: str | None | NotGiven = NOT_GIVEN,
    priority: int | None | NotGiven = NOT_GIVEN,
    label: Label | None | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Note:
    """Update a note.

    Args:
        title: The new title; null clears it.

    Returns:
        Note: The updated note

    Example:

        result = await client.notes.update(
            id_='string',
        )
    """
    result = await client._request(
        _UPDATE_NOTE,
        path_params={
            "id": id_,
        },
        json=model_body(
            NoteUpdate,
            {
                "title": title,
                "priority": priority,
                "label": label,
            },
        ),
        cast_to=Note,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Note, result)

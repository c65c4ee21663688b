# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the notes resource.

The `notes` namespace of the client (`client.notes.…`), sync and async, and its
raw-response twin (`client.with_raw_response.notes.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .._files import FileTypes
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import notes as _api

if TYPE_CHECKING:
    from .._client import AsyncRequestBodies, RequestBodies


class Notes:
    """Operations of the notes resource."""

    def __init__(self, client: RequestBodies) -> None:
        self._client = client

    def create(
        self,
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
        return _api.create_note(
            self._client,
            text=text,
            attachment=attachment,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class NotesWithRawResponse:
    """`Notes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Notes) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncNotes:
    """Operations of the notes resource."""

    def __init__(self, client: AsyncRequestBodies) -> None:
        self._client = client

    async def create(
        self,
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
        return await _api.create_note_async(
            self._client,
            text=text,
            attachment=attachment,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncNotesWithRawResponse:
    """`AsyncNotes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

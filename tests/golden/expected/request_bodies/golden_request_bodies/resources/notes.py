# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.notes`: Operations of `notes`."""

from __future__ import annotations

from typing import Any

import httpx

from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._files import FileTypes, multipart_files
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

_CREATE_NOTE = Endpoint("POST", "/notes", "createNote")


class Notes(_SyncResource):
    """Operations of `notes`."""

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
            result = client.notes.create(text='string')
        """
        result: dict[str, Any] = self._client._request(
            _CREATE_NOTE,
            json={"text": text},
            files=multipart_files({"attachment": attachment}),
            cast_to=dict[str, Any],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class NotesWithRawResponse:
    """`Notes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Notes) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncNotes(_AsyncResource):
    """Operations of `notes`."""

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
            result = await client.notes.create(text='string')
        """
        result: dict[str, Any] = await self._client._request(
            _CREATE_NOTE,
            json={"text": text},
            files=multipart_files({"attachment": attachment}),
            cast_to=dict[str, Any],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncNotesWithRawResponse:
    """`AsyncNotes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.notes`: Operations of `notes`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Label, Note
    from ..params import LabelParam

_UPDATE_NOTE = Endpoint("PATCH", "/notes/{id}", "updateNote")


class Notes(_SyncResource):
    """Operations of `notes`."""

    def update(
        self,
        id_: str,
        *,
        title: str | None | NotGiven = NOT_GIVEN,
        priority: int | None | NotGiven = NOT_GIVEN,
        label: Label | LabelParam | None | NotGiven = NOT_GIVEN,
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
            result = client.notes.update('string')
        """
        result: Note = self._client._request(
            _UPDATE_NOTE,
            path_params={"id": id_},
            json=model_body(
                _models.NoteUpdate, {"title": title, "priority": priority, "label": label}
            ),
            cast_to=_models.Note,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class NotesWithRawResponse:
    """`Notes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Notes) -> None:
        self.update = to_raw_response_wrapper(resource.update)


class AsyncNotes(_AsyncResource):
    """Operations of `notes`."""

    async def update(
        self,
        id_: str,
        *,
        title: str | None | NotGiven = NOT_GIVEN,
        priority: int | None | NotGiven = NOT_GIVEN,
        label: Label | LabelParam | None | NotGiven = NOT_GIVEN,
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
            result = await client.notes.update('string')
        """
        result: Note = await self._client._request(
            _UPDATE_NOTE,
            path_params={"id": id_},
            json=model_body(
                _models.NoteUpdate, {"title": title, "priority": priority, "label": label}
            ),
            cast_to=_models.Note,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncNotesWithRawResponse:
    """`AsyncNotes` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)

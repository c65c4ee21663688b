# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.attachments`: Operations of `attachments`."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from .. import models as _models
from .._base_client import Endpoint
from .._client import _AsyncResource, _SyncResource
from .._files import FileTypes, multipart_files
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Attachment

_UPLOAD_ATTACHMENT = Endpoint("POST", "/attachments", "uploadAttachment")


class Attachments(_SyncResource):
    """Operations of `attachments`."""

    def upload(
        self,
        *,
        file: FileTypes,
        event_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """Upload an attachment.

        Returns:
            Attachment: The attachment

        Example:
            result = client.attachments.upload(file=b"file contents")
        """
        result: Attachment = self._client._request(
            _UPLOAD_ATTACHMENT,
            json={"event_id": event_id},
            files=multipart_files({"file": file}),
            cast_to=_models.Attachment,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AttachmentsWithRawResponse:
    """`Attachments` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Attachments) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)


class AsyncAttachments(_AsyncResource):
    """Operations of `attachments`."""

    async def upload(
        self,
        *,
        file: FileTypes,
        event_id: UUID | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """Upload an attachment.

        Returns:
            Attachment: The attachment

        Example:
            result = await client.attachments.upload(file=b"file contents")
        """
        result: Attachment = await self._client._request(
            _UPLOAD_ATTACHMENT,
            json={"event_id": event_id},
            files=multipart_files({"file": file}),
            cast_to=_models.Attachment,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncAttachmentsWithRawResponse:
    """`AsyncAttachments` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncAttachments) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)

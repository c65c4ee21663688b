# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the attachments resource.

One function per operation, sync and async; the client's `attachments` namespace calls these.
"""

from __future__ import annotations

from typing import cast
from uuid import UUID

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from .._files import FileTypes, multipart_files
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Attachment,
)

_UPLOAD_ATTACHMENT = Endpoint(
    method="POST",
    path="/attachments",
    operation_id="uploadAttachment",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def upload_attachment(
    client: SyncAPIClient,
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

        result = client.attachments.upload(
            file=b"file contents",
        )
    """
    result = client._request(
        _UPLOAD_ATTACHMENT,
        json={
            "event_id": event_id,
        },
        files=multipart_files(
            {
                "file": file,
            }
        ),
        cast_to=Attachment,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Attachment, result)


async def upload_attachment_async(
    client: AsyncAPIClient,
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

        result = await client.attachments.upload(
            file=b"file contents",
        )
    """
    result = await client._request(
        _UPLOAD_ATTACHMENT,
        json={
            "event_id": event_id,
        },
        files=multipart_files(
            {
                "file": file,
            }
        ),
        cast_to=Attachment,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Attachment, result)

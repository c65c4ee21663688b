# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the settings resource.

One function per operation, sync and async; the client's `settings` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Limit,
    Metadata,
    Settings,
    StrictPoint,
)

_PUT_SETTINGS = Endpoint(
    method="PUT",
    path="/settings",
    operation_id="putSettings",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def put_settings(
    client: SyncAPIClient,
    *,
    limits: dict[str, Limit],
    labels: dict[str, str] | NotGiven = NOT_GIVEN,
    metadata: Metadata | NotGiven = NOT_GIVEN,
    strict: StrictPoint | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Settings:
    """Replace the settings.

    Args:
        limits: Limits by feature name.

    Returns:
        Settings: The settings

    Example:

        result = client.settings.put(
            limits={'key': Limit(max=1)},
        )
    """
    result = client._request(
        _PUT_SETTINGS,
        json=model_body(
            Settings,
            {
                "limits": limits,
                "labels": labels,
                "metadata": metadata,
                "strict": strict,
            },
        ),
        cast_to=Settings,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Settings, result)


async def put_settings_async(
    client: AsyncAPIClient,
    *,
    limits: dict[str, Limit],
    labels: dict[str, str] | NotGiven = NOT_GIVEN,
    metadata: Metadata | NotGiven = NOT_GIVEN,
    strict: StrictPoint | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Settings:
    """Replace the settings.

    Args:
        limits: Limits by feature name.

    Returns:
        Settings: The settings

    Example:

        result = await client.settings.put(
            limits={'key': Limit(max=1)},
        )
    """
    result = await client._request(
        _PUT_SETTINGS,
        json=model_body(
            Settings,
            {
                "limits": limits,
                "labels": labels,
                "metadata": metadata,
                "strict": strict,
            },
        ),
        cast_to=Settings,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Settings, result)

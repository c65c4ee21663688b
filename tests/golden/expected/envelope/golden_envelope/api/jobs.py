# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the jobs resource.

One function per operation, sync and async; the client's `jobs` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    CreateJobRequest,
    Job,
)

_CREATE_JOB = Endpoint(
    method="POST",
    path="/v1/jobs",
    operation_id="createJobV1",
    idempotency_header="Idempotency-Key",
    idempotency_pattern="^[A-Za-z0-9-]{1,64}$",
    timeout=None,
    content_type=None,
)

_RETRIEVE = Endpoint(
    method="GET",
    path="/v1/jobs/{job_id}",
    operation_id="getJobV1",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def create_job(
    client: SyncAPIClient,
    *,
    name: str,
    priority: int | NotGiven = NOT_GIVEN,
    idempotency_key: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Job:
    """Create a job.

    Args:
        idempotency_key: Key that makes retries of this call safe; a UUID4 is generated when
            omitted and reused for every retry of the call.

    Returns:
        Job: Created

    Raises:
        BadRequestError: 400 Error
        RateLimitError: 429 Error

    Example:

        result = client.jobs.create(
            name='string',
        )
    """
    result = client._request(
        _CREATE_JOB,
        headers={
            "Idempotency-Key": idempotency_key,
        },
        json=model_body(
            CreateJobRequest,
            {
                "name": name,
                "priority": priority,
            },
        ),
        cast_to=Job,
        envelope="data",
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Job, result)


async def create_job_async(
    client: AsyncAPIClient,
    *,
    name: str,
    priority: int | NotGiven = NOT_GIVEN,
    idempotency_key: str | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Job:
    """Create a job.

    Args:
        idempotency_key: Key that makes retries of this call safe; a UUID4 is generated when
            omitted and reused for every retry of the call.

    Returns:
        Job: Created

    Raises:
        BadRequestError: 400 Error
        RateLimitError: 429 Error

    Example:

        result = await client.jobs.create(
            name='string',
        )
    """
    result = await client._request(
        _CREATE_JOB,
        headers={
            "Idempotency-Key": idempotency_key,
        },
        json=model_body(
            CreateJobRequest,
            {
                "name": name,
                "priority": priority,
            },
        ),
        cast_to=Job,
        envelope="data",
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Job, result)


def retrieve(
    client: SyncAPIClient,
    *,
    job_id: str,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Job:
    """Get a job.

    Returns:
        Job: The job

    Raises:
        NotFoundError: 404 Error

    Example:

        result = client.jobs.retrieve(
            job_id='string',
        )
    """
    result = client._request(
        _RETRIEVE,
        path_params={
            "job_id": job_id,
        },
        cast_to=Job,
        envelope="data",
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Job, result)


async def retrieve_async(
    client: AsyncAPIClient,
    *,
    job_id: str,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Job:
    """Get a job.

    Returns:
        Job: The job

    Raises:
        NotFoundError: 404 Error

    Example:

        result = await client.jobs.retrieve(
            job_id='string',
        )
    """
    result = await client._request(
        _RETRIEVE,
        path_params={
            "job_id": job_id,
        },
        cast_to=Job,
        envelope="data",
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Job, result)

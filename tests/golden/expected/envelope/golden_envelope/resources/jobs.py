# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the jobs resource.

The `jobs` namespace of the client (`client.jobs.…`), sync and async, and its
raw-response twin (`client.with_raw_response.jobs.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import jobs as _api
from ..models import (
    Job,
)

if TYPE_CHECKING:
    from .._client import AsyncEnvelope, Envelope


class Jobs:
    """Operations of the jobs resource."""

    def __init__(self, client: Envelope) -> None:
        self._client = client

    def create(
        self,
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
        return _api.create_job(
            self._client,
            name=name,
            priority=priority,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
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
        return _api.retrieve(
            self._client,
            job_id=job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class JobsWithRawResponse:
    """`Jobs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Jobs) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncJobs:
    """Operations of the jobs resource."""

    def __init__(self, client: AsyncEnvelope) -> None:
        self._client = client

    async def create(
        self,
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
        return await _api.create_job_async(
            self._client,
            name=name,
            priority=priority,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def retrieve(
        self,
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
        return await _api.retrieve_async(
            self._client,
            job_id=job_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncJobsWithRawResponse:
    """`AsyncJobs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

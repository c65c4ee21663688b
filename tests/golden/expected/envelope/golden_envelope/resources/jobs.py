# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.jobs`: Operations of `jobs`."""

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
    from ..models import Job

_CREATE_JOB = Endpoint(
    "POST",
    "/v1/jobs",
    "createJobV1",
    idempotency_header="Idempotency-Key",
    idempotency_pattern="^[A-Za-z0-9-]{1,64}$",
)
_RETRIEVE = Endpoint("GET", "/v1/jobs/{job_id}", "getJobV1")


class Jobs(_SyncResource):
    """Operations of `jobs`."""

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
            result = client.jobs.create(name='string')
        """
        result: Job = self._client._request(
            _CREATE_JOB,
            headers={"Idempotency-Key": idempotency_key},
            json=model_body(_models.CreateJobRequest, {"name": name, "priority": priority}),
            cast_to=_models.Job,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def retrieve(
        self,
        job_id: str,
        *,
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
            result = client.jobs.retrieve('string')
        """
        result: Job = self._client._request(
            _RETRIEVE,
            path_params={"job_id": job_id},
            cast_to=_models.Job,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class JobsWithRawResponse:
    """`Jobs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Jobs) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncJobs(_AsyncResource):
    """Operations of `jobs`."""

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
            result = await client.jobs.create(name='string')
        """
        result: Job = await self._client._request(
            _CREATE_JOB,
            headers={"Idempotency-Key": idempotency_key},
            json=model_body(_models.CreateJobRequest, {"name": name, "priority": priority}),
            cast_to=_models.Job,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def retrieve(
        self,
        job_id: str,
        *,
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
            result = await client.jobs.retrieve('string')
        """
        result: Job = await self._client._request(
            _RETRIEVE,
            path_params={"job_id": job_id},
            cast_to=_models.Job,
            envelope="data",
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncJobsWithRawResponse:
    """`AsyncJobs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)

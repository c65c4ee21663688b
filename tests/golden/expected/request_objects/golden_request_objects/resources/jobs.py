# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.jobs`: Operations of `jobs`."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal

import httpx

from .. import models as _models
from .._base_client import Endpoint, model_body
from .._client import _AsyncResource, _SyncResource
from .._options import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import FileSource, Job, NewJobPriority, Ratio, Schedule, Speed, UrlSource
    from ..params import EventParam, FileSourceParam, ScheduleParam, UrlSourceParam

_LIST_JOBS = Endpoint("GET", "/jobs", "listJobs")
_CREATE_JOB = Endpoint("POST", "/jobs", "createJob")


class Jobs(_SyncResource):
    """Operations of `jobs`."""

    def list(
        self,
        *,
        speed: Literal["fast", "thorough", 'o\'clock "q"'] | Speed | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Job]:
        """List jobs.

        Returns:
            builtins.list[Job]: The jobs

        Example:
            result = client.jobs.list()
        """
        result: builtins.list[Job] = self._client._request(
            _LIST_JOBS,
            query={"speed": speed},
            cast_to=builtins.list[_models.Job],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def create(
        self,
        *,
        name: str,
        source: UrlSource | UrlSourceParam | FileSource | FileSourceParam,
        speed: Literal["fast", "thorough", 'o\'clock "q"'] | Speed | NotGiven = NOT_GIVEN,
        ratio: Ratio | NotGiven = NOT_GIVEN,
        priority: Literal["low", "high"] | NewJobPriority | NotGiven = NOT_GIVEN,
        events: builtins.list[EventParam] | NotGiven = NOT_GIVEN,
        schedule: Schedule | ScheduleParam | NotGiven = NOT_GIVEN,
        extra_sources: builtins.list[UrlSource | UrlSourceParam | FileSource | FileSourceParam]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Create a job.

        Args:
            speed: How fast the job runs.

        Returns:
            Job: The job

        Example:
            result = client.jobs.create(
                name='string',
                source=UrlSource(url='string'),
            )
        """
        result: Job = self._client._request(
            _CREATE_JOB,
            json=model_body(
                _models.NewJob,
                {
                    "name": name,
                    "speed": speed,
                    "ratio": ratio,
                    "priority": priority,
                    "events": events,
                    "source": source,
                    "schedule": schedule,
                    "extra-sources": extra_sources,
                },
            ),
            cast_to=_models.Job,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class JobsWithRawResponse:
    """`Jobs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Jobs) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncJobs(_AsyncResource):
    """Operations of `jobs`."""

    async def list(
        self,
        *,
        speed: Literal["fast", "thorough", 'o\'clock "q"'] | Speed | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Job]:
        """List jobs.

        Returns:
            builtins.list[Job]: The jobs

        Example:
            result = await client.jobs.list()
        """
        result: builtins.list[Job] = await self._client._request(
            _LIST_JOBS,
            query={"speed": speed},
            cast_to=builtins.list[_models.Job],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def create(
        self,
        *,
        name: str,
        source: UrlSource | UrlSourceParam | FileSource | FileSourceParam,
        speed: Literal["fast", "thorough", 'o\'clock "q"'] | Speed | NotGiven = NOT_GIVEN,
        ratio: Ratio | NotGiven = NOT_GIVEN,
        priority: Literal["low", "high"] | NewJobPriority | NotGiven = NOT_GIVEN,
        events: builtins.list[EventParam] | NotGiven = NOT_GIVEN,
        schedule: Schedule | ScheduleParam | NotGiven = NOT_GIVEN,
        extra_sources: builtins.list[UrlSource | UrlSourceParam | FileSource | FileSourceParam]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Job:
        """Create a job.

        Args:
            speed: How fast the job runs.

        Returns:
            Job: The job

        Example:
            result = await client.jobs.create(
                name='string',
                source=UrlSource(url='string'),
            )
        """
        result: Job = await self._client._request(
            _CREATE_JOB,
            json=model_body(
                _models.NewJob,
                {
                    "name": name,
                    "speed": speed,
                    "ratio": ratio,
                    "priority": priority,
                    "events": events,
                    "source": source,
                    "schedule": schedule,
                    "extra-sources": extra_sources,
                },
            ),
            cast_to=_models.Job,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncJobsWithRawResponse:
    """`AsyncJobs` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the tasks resource.

The `tasks` namespace of the client (`client.tasks.…`), sync and async, and its
raw-response twin (`client.with_raw_response.tasks.…`).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..api import tasks as _api
from ..models import (
    Check,
    Priority,
    Task,
    TaskStatus,
)

if TYPE_CHECKING:
    from .._client import AsyncEnumsConst, EnumsConst


class Tasks:
    """Operations of the tasks resource."""

    def __init__(self, client: EnumsConst) -> None:
        self._client = client

    def list(
        self,
        *,
        status: TaskStatus | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Task]:
        """List tasks.

        Returns:
            list[Task]: The tasks

        Example:

            result = client.tasks.list()
        """
        return _api.list_tasks(
            self._client,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        title: str,
        priority: Priority | NotGiven = NOT_GIVEN,
        check: Check | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Task:
        """Create a task.

        Returns:
            Task: The task

        Example:

            result = client.tasks.create(
                title='string',
            )
        """
        return _api.create_task(
            self._client,
            title=title,
            priority=priority,
            check=check,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TasksWithRawResponse:
    """`Tasks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Tasks) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncTasks:
    """Operations of the tasks resource."""

    def __init__(self, client: AsyncEnumsConst) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: TaskStatus | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Task]:
        """List tasks.

        Returns:
            list[Task]: The tasks

        Example:

            result = await client.tasks.list()
        """
        return await _api.list_tasks_async(
            self._client,
            status=status,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        title: str,
        priority: Priority | NotGiven = NOT_GIVEN,
        check: Check | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Task:
        """Create a task.

        Returns:
            Task: The task

        Example:

            result = await client.tasks.create(
                title='string',
            )
        """
        return await _api.create_task_async(
            self._client,
            title=title,
            priority=priority,
            check=check,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTasksWithRawResponse:
    """`AsyncTasks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""Operations of the tasks resource.

One function per operation, sync and async; the client's `tasks` namespace calls these.
"""

from __future__ import annotations

from typing import cast

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, model_body
from .._options import request_options
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import (
    Check,
    NewTask,
    Priority,
    Task,
    TaskStatus,
)

_LIST_TASKS = Endpoint(
    method="GET",
    path="/tasks",
    operation_id="listTasks",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)

_CREATE_TASK = Endpoint(
    method="POST",
    path="/tasks",
    operation_id="createTask",
    idempotency_header=None,
    idempotency_pattern=None,
    timeout=None,
    content_type=None,
)


def list_tasks(
    client: SyncAPIClient,
    *,
    status: TaskStatus | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> list[Task]:
    """List tasks.

    Returns:
        list[Task]: The tasks

    Example:

        result = client.tasks.list()
    """
    result = client._request(
        _LIST_TASKS,
        query={
            "status": status,
        },
        cast_to=list[Task],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(list[Task], result)


async def list_tasks_async(
    client: AsyncAPIClient,
    *,
    status: TaskStatus | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> list[Task]:
    """List tasks.

    Returns:
        list[Task]: The tasks

    Example:

        result = await client.tasks.list()
    """
    result = await client._request(
        _LIST_TASKS,
        query={
            "status": status,
        },
        cast_to=list[Task],
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(list[Task], result)


def create_task(
    client: SyncAPIClient,
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
    result = client._request(
        _CREATE_TASK,
        json=model_body(
            NewTask,
            {
                "title": title,
                "priority": priority,
                "check": check,
            },
        ),
        cast_to=Task,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Task, result)


async def create_task_async(
    client: AsyncAPIClient,
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
    result = await client._request(
        _CREATE_TASK,
        json=model_body(
            NewTask,
            {
                "title": title,
                "priority": priority,
                "check": check,
            },
        ),
        cast_to=Task,
        envelope=None,
        options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
    )
    return cast(Task, result)

# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""`client.tasks`: Operations of `tasks`."""

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
    from ..models import Check, Priority, Task, TaskStatus

_LIST_TASKS = Endpoint("GET", "/tasks", "listTasks")
_CREATE_TASK = Endpoint("POST", "/tasks", "createTask")


class Tasks(_SyncResource):
    """Operations of `tasks`."""

    def list(
        self,
        *,
        status: Literal["queued", "in-progress", "done"] | TaskStatus | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Task]:
        """List tasks.

        Returns:
            builtins.list[Task]: The tasks

        Example:
            result = client.tasks.list()
        """
        result: builtins.list[Task] = self._client._request(
            _LIST_TASKS,
            query={"status": status},
            cast_to=builtins.list[_models.Task],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    def create(
        self,
        *,
        title: str,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        check: Literal["2fa", "email", "none"] | Check | NotGiven = NOT_GIVEN,
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
            result = client.tasks.create(title='string')
        """
        result: Task = self._client._request(
            _CREATE_TASK,
            json=model_body(
                _models.NewTask, {"title": title, "priority": priority, "check": check}
            ),
            cast_to=_models.Task,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class TasksWithRawResponse:
    """`Tasks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: Tasks) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncTasks(_AsyncResource):
    """Operations of `tasks`."""

    async def list(
        self,
        *,
        status: Literal["queued", "in-progress", "done"] | TaskStatus | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Task]:
        """List tasks.

        Returns:
            builtins.list[Task]: The tasks

        Example:
            result = await client.tasks.list()
        """
        result: builtins.list[Task] = await self._client._request(
            _LIST_TASKS,
            query={"status": status},
            cast_to=builtins.list[_models.Task],
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result

    async def create(
        self,
        *,
        title: str,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        check: Literal["2fa", "email", "none"] | Check | NotGiven = NOT_GIVEN,
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
            result = await client.tasks.create(title='string')
        """
        result: Task = await self._client._request(
            _CREATE_TASK,
            json=model_body(
                _models.NewTask, {"title": title, "priority": priority, "check": check}
            ),
            cast_to=_models.Task,
            envelope=None,
            options=request_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
        return result


class AsyncTasksWithRawResponse:
    """`AsyncTasks` whose methods return the raw `APIResponse`."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)

"""Issue 15, async twins the sync tests do not cover: a repeated cursor under ``async for``, the
poll deadline around a slow status call, and the refusal to share one pool between two running
event loops."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from runtime._pagination import PaginationError, get_page_async
from runtime._polling import PollingTimeoutError, poll_async
from runtime_testkit import GET_VIDEO, VIDEO_JSON, Video, async_client

from tests.runtime.test_hardening import LIST, PAGING, Item
from tests.support.fault_server import FaultServer, Reply


def test_repeated_cursor_stops_async_iteration(fault_server: FaultServer) -> None:
    fault_server.default = Reply(200, json={"items": [{"id": "a"}], "has_more": True, "next": "c"})
    pager = get_page_async(async_client(fault_server.url), LIST, PAGING, Item)

    async def drain() -> int:
        seen = 0
        async for _item in pager:
            seen += 1
            if seen >= 50:
                break
        return seen

    with pytest.raises(PaginationError, match="cursor"):
        asyncio.run(drain())
    assert len(fault_server.requests) == 2


def test_poll_async_deadline_covers_a_slow_status_call() -> None:
    pending = {"data": {"id": "v1", "status": "pending"}}
    with FaultServer(Reply(200, json=pending, delay=3.0)) as server:
        client = async_client(server.url, sleep=asyncio.sleep)
        start = time.monotonic()
        with pytest.raises(PollingTimeoutError):
            asyncio.run(
                poll_async(
                    lambda: client._request(
                        GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
                    ),
                    attribute="status",
                    success={"completed"},
                    failure={"failed"},
                    timeout=0.5,
                    interval=0.1,
                )
            )
        elapsed = time.monotonic() - start
    assert elapsed < 1.5


def test_two_running_loops_get_a_clear_error(fault_server: FaultServer) -> None:
    fault_server.default = Reply(200, json=VIDEO_JSON, delay=1.0)
    client = async_client(fault_server.url)
    errors: list[BaseException] = []

    videos: list[Video] = []

    async def get() -> None:
        videos.append(
            await client._request(
                GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
            )
        )

    def first_loop() -> None:
        asyncio.run(get())

    thread = threading.Thread(target=first_loop)
    thread.start()
    for _ in range(500):  # until the first loop's request is in (and its reply delayed)
        if fault_server.requests:
            break
        time.sleep(0.01)
    try:
        asyncio.run(get())
    except RuntimeError as exc:
        errors.append(exc)
    thread.join(timeout=5)
    assert len(errors) == 1
    assert [v.id for v in videos] == ["v1"]  # the first loop's call was not disturbed
    assert "one client per event loop" in str(errors[0])

"""The async client on the key cases: same retry rule, keys, timeouts and errors as the sync one."""

from __future__ import annotations

from typing import Any

import pytest
from runtime._base_client import AsyncAPIClient
from runtime._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from runtime._response import async_to_raw_response_wrapper
from runtime_testkit import (
    CREATE_VIDEO,
    GET_VIDEO,
    POST_NO_KEY,
    VIDEO_JSON,
    AsyncSleepRecorder,
    Video,
    async_client,
)

from tests.support.fault_server import FaultServer, Reply, Reset


async def get_video(client: AsyncAPIClient, **kw: Any) -> Video:
    result: Video = await client._request(
        GET_VIDEO, path_params={"video_id": "v1"}, cast_to=Video, envelope="data", **kw
    )
    return result


async def test_429_then_200_waits_retry_after(fault_server: FaultServer) -> None:
    fault_server.script(Reply(429, headers={"Retry-After": "1"}), Reply(200, json=VIDEO_JSON))
    sleep = AsyncSleepRecorder()
    async with async_client(fault_server.url, sleep=sleep) as client:
        assert (await get_video(client)).id == "v1"
    assert sleep.waits == [1.0]


async def test_503_twice_then_200_raw(fault_server: FaultServer) -> None:
    fault_server.script(Reply(503), Reply(503), Reply(200, json=VIDEO_JSON))
    async with async_client(fault_server.url) as client:
        raw = await async_to_raw_response_wrapper(get_video)(client)
    assert raw.retries_taken == 2
    assert raw.parse().id == "v1"


async def test_reset_and_timeout(fault_server: FaultServer) -> None:
    fault_server.script(Reset(), Reply(200, json=VIDEO_JSON))
    async with async_client(fault_server.url, timeout=0.2) as client:
        assert (await get_video(client)).id == "v1"
        fault_server.script(Reset())
        with pytest.raises(APIConnectionError):
            await client._request(POST_NO_KEY, json={}, cast_to=dict)
        fault_server.default = Reply(200, json=VIDEO_JSON, delay=1.0)
        with pytest.raises(APITimeoutError):
            await get_video(client, options={"max_retries": 0})
    assert len(fault_server.requests) == 4


async def test_post_500_without_key_once_with_key_retried(fault_server: FaultServer) -> None:
    fault_server.default = Reply(500)
    async with async_client(fault_server.url) as client:
        with pytest.raises(InternalServerError):
            await client._request(POST_NO_KEY, json={}, cast_to=dict)
        assert len(fault_server.requests) == 1
        fault_server.clear()
        with pytest.raises(InternalServerError):
            await client._request(CREATE_VIDEO, json={}, cast_to=Video)
    assert len(fault_server.requests) == 3
    assert len({r.headers["idempotency-key"] for r in fault_server.requests}) == 1


async def test_409_in_progress_then_200(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(409, json={"error": {"code": "request_in_progress"}}), Reply(200, json=VIDEO_JSON)
    )
    async with async_client(fault_server.url) as client:
        raw = await async_to_raw_response_wrapper(client._request)(
            CREATE_VIDEO, json={}, cast_to=Video, envelope="data"
        )
    keys = [r.headers["idempotency-key"] for r in fault_server.requests]
    assert keys == [raw.idempotency_key] * 2


async def test_errors(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(
            429,
            json={"error": {"code": "rate", "message": "slow down"}},
            headers={"Retry-After": "2"},
        ),
        Reply(200, json={"data": {"id": 1}}),
    )
    async with async_client(fault_server.url, max_retries=0) as client:
        with pytest.raises(RateLimitError) as info:
            await get_video(client)
        assert (info.value.retry_after, info.value.code) == (2.0, "rate")
        with pytest.raises(APIResponseValidationError):
            await get_video(client)

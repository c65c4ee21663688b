"""Async soak: the same 500 calls, faults and oracle as ``test_soak`` (imported from it), through
``AsyncAPIClient`` with many calls in flight at once on one event loop."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from runtime._base_client import AsyncAPIClient
from runtime._exceptions import APIError
from runtime._types import NOT_GIVEN
from runtime_testkit import CREATE_VIDEO, GET_VIDEO, POST_NO_KEY, Video, async_client
from test_soak import CALLS, KINDS, MAX_RETRIES, check_results, handler, reset_server_state

from tests.support.fault_server import FaultServer

IN_FLIGHT = 8


async def run_call(client: AsyncAPIClient, call_id: int, gate: asyncio.Semaphore) -> Any:
    kind = KINDS[call_id % 3]
    endpoint = {"get": GET_VIDEO, "post_key": CREATE_VIDEO, "post_nokey": POST_NO_KEY}[kind]
    async with gate:
        try:
            return await client._request(
                endpoint,
                path_params={"video_id": str(call_id)} if kind == "get" else None,
                json=NOT_GIVEN if kind == "get" else {"n": call_id},
                cast_to=Video,
                envelope="data",
                options={"extra_headers": {"X-Call-Id": str(call_id)}},
            )
        except APIError as exc:
            return exc


async def _nowait(_seconds: float) -> None:
    await asyncio.sleep(0)


@pytest.mark.slow
async def test_async_soak_500_calls_with_random_faults() -> None:
    reset_server_state()
    with FaultServer(default=handler) as server:
        client = async_client(
            server.url,
            max_retries=MAX_RETRIES,
            # Read 0.2 s is the fault model (a 0.5 s hang); writes and the pool get room, so a busy
            # machine cannot turn a send into a timeout the oracle does not expect.
            timeout=httpx.Timeout(0.2, connect=1.0, write=5.0, pool=5.0),
            sleep=_nowait,
        )
        gate = asyncio.Semaphore(IN_FLIGHT)
        async with client:
            results = await asyncio.gather(*(run_call(client, i, gate) for i in range(CALLS)))
        requests = server.requests

    check_results(list(results), requests)

"""Async soak: the same 500 calls, faults and oracle as ``test_soak`` (imported from it), through
``AsyncAPIClient`` with many calls in flight at once on one event loop."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

import httpx
import pytest
from runtime._base_client import AsyncAPIClient
from runtime._exceptions import APIError
from runtime._types import NOT_GIVEN
from runtime_testkit import CREATE_VIDEO, GET_VIDEO, POST_NO_KEY, Video, async_client
from test_soak import CALLS, FAULTS, KINDS, MAX_RETRIES, _seen, draw, expected_outcome, handler

from tests.support.fault_server import FaultServer, RecordedRequest

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
    _seen.clear()
    with FaultServer(default=handler) as server:
        client = async_client(
            server.url,
            max_retries=MAX_RETRIES,
            timeout=httpx.Timeout(0.2, connect=1.0),
            sleep=_nowait,
        )
        gate = asyncio.Semaphore(IN_FLIGHT)
        async with client:
            results = await asyncio.gather(*(run_call(client, i, gate) for i in range(CALLS)))
        requests = server.requests

    by_call: defaultdict[int, list[RecordedRequest]] = defaultdict(list)
    for request in requests:
        by_call[int(request.headers["x-call-id"])].append(request)
    faults_seen = sum(draw(i, a) != "ok" for i in range(CALLS) for a in range(len(by_call[i])))
    assert faults_seen > 100

    all_keys: set[str] = set()
    for call_id, outcome in enumerate(results):
        kind = KINDS[call_id % 3]
        exc_cls, attempts = expected_outcome(kind, call_id)
        attempts_seen = by_call[call_id]
        assert len(attempts_seen) == attempts, (call_id, kind, outcome)
        if exc_cls is None:
            assert isinstance(outcome, Video), (call_id, kind, outcome)
            assert outcome.id == str(call_id)
        else:
            assert type(outcome) is exc_cls, (call_id, kind, outcome)
        if kind == "post_key":
            keys = {r.headers["idempotency-key"] for r in attempts_seen}
            assert len(keys) == 1, call_id
            assert not keys & all_keys
            all_keys |= keys
        if kind == "post_nokey":
            assert "idempotency-key" not in attempts_seen[0].headers
            acted = [FAULTS.get(draw(call_id, a), (0, True))[1] for a in range(attempts)]
            assert not any(acted[:-1]), (call_id, acted)

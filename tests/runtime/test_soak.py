"""Soak: 500 calls through one client while the server injects ~30 % random faults.

Faults are drawn per (call, attempt) from a seeded RNG, so the expected outcome of every call is
computed independently by ``expected_outcome`` (an oracle written from the retry rule, not from
the runtime) whatever the thread interleaving.
"""

from __future__ import annotations

import random
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from runtime._base_client import SyncAPIClient
from runtime._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    RateLimitError,
)
from runtime._types import NOT_GIVEN
from runtime_testkit import CREATE_VIDEO, GET_VIDEO, POST_NO_KEY, Video, sync_client

from tests.support.fault_server import Action, FaultServer, Hang, RecordedRequest, Reply, Reset

SEED = 20240607
CALLS = 500
MAX_RETRIES = 2
KINDS = ("get", "post_key", "post_nokey")
# fault name -> (weight, acted_on: the server may have done the work)
FAULTS = {
    "500": (8, True),
    "503": (6, True),
    "429": (5, False),
    "409": (4, False),
    "400": (2, True),
    "reset": (4, True),
    "hang": (1, True),
    "malformed": (1, True),
}
FAULT_RATE = 0.30


def draw(call_id: int, attempt: int) -> str:
    rng = random.Random(f"{SEED}:{call_id}:{attempt}")
    if rng.random() >= FAULT_RATE:
        return "ok"
    names = list(FAULTS)
    return rng.choices(names, weights=[FAULTS[n][0] for n in names])[0]


def action_for(name: str, call_id: int) -> Action:
    ok = {"data": {"id": str(call_id), "status": "completed"}}
    table: dict[str, Action] = {
        "ok": Reply(200, json=ok),
        "500": Reply(500, json={"error": {"code": "internal", "message": "boom"}}),
        "503": Reply(503),
        "429": Reply(429, headers={"Retry-After": "0"}),
        "409": Reply(409, json={"error": {"code": "request_in_progress"}}),
        "400": Reply(400, json={"error": {"code": "bad", "message": "bad"}}),
        "reset": Reset(),
        "hang": Hang(0.5),
        "malformed": Reply(200, json={"data": {"id": call_id}}),
    }
    return table[name]


def expected_outcome(kind: str, call_id: int) -> tuple[type[BaseException] | None, int]:
    """(exception class or None for success, number of attempts) from the retry rule."""
    safe = kind != "post_nokey"
    errors: dict[str, type[APIError]] = {
        "500": InternalServerError,
        "503": InternalServerError,
        "429": RateLimitError,
        "409": ConflictError,
        "400": BadRequestError,
        "reset": APIConnectionError,
        "hang": APITimeoutError,
        "malformed": APIResponseValidationError,
    }
    for attempt in range(MAX_RETRIES + 1):
        name = draw(call_id, attempt)
        if name == "ok":
            return None, attempt + 1
        retryable = name in {"429", "409"} or (safe and name in {"500", "503", "reset", "hang"})
        if not retryable or attempt == MAX_RETRIES:
            return errors[name], attempt + 1
    raise AssertionError("unreachable")


def handler(request: RecordedRequest) -> Action:
    call_id = int(request.headers["x-call-id"])
    attempt = _attempt_of(request)
    name = draw(call_id, attempt)
    with _seen_lock:
        _served[call_id, attempt] = name
    return action_for(name, call_id)


_seen: defaultdict[int, int] = defaultdict(int)
# What the server really served, by (call id, attempt): the ground truth the checks rely on.
_served: dict[tuple[int, int], str] = {}
_seen_lock = threading.Lock()


def reset_server_state() -> None:
    with _seen_lock:
        _seen.clear()
        _served.clear()


def _attempt_of(request: RecordedRequest) -> int:
    # Requests of one call arrive sequentially (the client waits for each attempt), so a per-call
    # counter on the server side is the attempt number.
    call_id = int(request.headers["x-call-id"])
    with _seen_lock:
        attempt = _seen[call_id]
        _seen[call_id] += 1
    return attempt


def check_results(outcomes: list[Any], requests: list[RecordedRequest]) -> None:
    """Every call's outcome and attempts against the oracle, and against what the server served."""
    with _seen_lock:
        served = dict(_served)
    by_call: defaultdict[int, list[RecordedRequest]] = defaultdict(list)
    for request in requests:
        by_call[int(request.headers["x-call-id"])].append(request)
    assert len(served) == len(requests)

    faults_seen = sum(name != "ok" for name in served.values())
    assert faults_seen > 100  # the soak really exercised faults

    all_keys: set[str] = set()
    for call_id, outcome in enumerate(outcomes):
        kind = KINDS[call_id % 3]
        attempts_seen = by_call[call_id]
        faults = [served[call_id, a] for a in range(len(attempts_seen))]
        if kind == "post_nokey":
            assert all("idempotency-key" not in r.headers for r in attempts_seen), call_id
            # Write safety: after an attempt the server may have acted on (what it served, not
            # what the oracle predicts), a POST without a key is never sent again.
            acted = [FAULTS.get(name, (0, True))[1] for name in faults]
            assert not any(acted[:-1]), (call_id, faults)
        exc_cls, attempts = expected_outcome(kind, call_id)
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


def run_call(client: SyncAPIClient, call_id: int) -> tuple[str, Any]:
    kind = KINDS[call_id % 3]
    endpoint = {"get": GET_VIDEO, "post_key": CREATE_VIDEO, "post_nokey": POST_NO_KEY}[kind]
    try:
        value = client._request(
            endpoint,
            path_params={"video_id": str(call_id)} if kind == "get" else None,
            json=NOT_GIVEN if kind == "get" else {"n": call_id},
            cast_to=Video,
            envelope="data",
            options={"extra_headers": {"X-Call-Id": str(call_id)}},
        )
    except APIError as exc:
        return kind, exc
    return kind, value


@pytest.mark.slow
def test_soak_500_calls_with_random_faults() -> None:
    reset_server_state()
    with FaultServer(default=handler) as server:
        client = sync_client(
            server.url,
            max_retries=MAX_RETRIES,
            # Read 0.2 s is the fault model (a 0.5 s hang); writes and the pool get room, so a busy
            # machine cannot turn a send into a timeout the oracle does not expect.
            timeout=httpx.Timeout(0.2, connect=1.0, write=5.0, pool=5.0),
            sleep=lambda _s: None,
        )
        with client, ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda i: run_call(client, i), range(CALLS)))
        requests = server.requests

    assert [kind for kind, _ in results] == [KINDS[i % 3] for i in range(CALLS)]
    check_results([outcome for _, outcome in results], requests)

"""Property: whatever a server on 127.0.0.1 answers — any status, odd headers, broken encodings,
bodies that are truncated, reset, dripped, nested or echo the key — every exception leaving
``_request`` is the package's ``APIError``, no credential appears in any exception text, log line
or repr, and every call ends within its deadline (sync and async)."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from runtime._base_client import AsyncAPIClient, SyncAPIClient
from runtime._exceptions import APIError
from runtime_testkit import API_KEY, CONFIG, GET_VIDEO, AsyncSleepRecorder, SleepRecorder, Video

from tests.runtime.raw_server import RawConnection, RawServer
from tests.runtime.test_secrets import texts_of

TIMEOUT = 0.3
MAX_RETRIES = 1
# Each attempt is bounded by TIMEOUT (the whole-attempt deadline); waits are recorded, not slept.
CALL_BOUND = (MAX_RETRIES + 1) * (TIMEOUT + 0.4) + 0.5


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    framing: str  # normal | short | reset_before | reset_mid | silent | bad_chunks | drip


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
_BODIES = st.one_of(
    st.just(json.dumps({"data": {"id": "v1", "status": "completed"}}).encode()),
    _JSON.map(lambda v: json.dumps({"data": v}).encode()),
    st.just(json.dumps({"error": {"code": "bad", "message": f"key {API_KEY}"}}).encode()),
    st.just(f"echo {API_KEY!r} {API_KEY}".encode()),
    st.just(("[" * 990 + "]" * 990).encode()),
    st.just(gzip.compress(b'{"data": {"id": "z", "status": "pending"}}')),
    st.binary(max_size=64),
    st.just(b""),
)
_HEADERS = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(["Retry-After", "retry-after-ms"]),
            st.sampled_from(
                [
                    "0",
                    "nan",
                    "inf",
                    "-1",
                    "1e309",
                    "soon",
                    "0.01",
                    "Fri, 01 Jan 99999 00:00:00 GMT",
                    "Wed, 21 Oct 2015 07:28:00 GMT",
                ]
            ),
        ),
        st.tuples(
            st.just("Content-Encoding"),
            st.sampled_from(["gzip", "deflate", "br", "identity", "bogus", "gzip, gzip"]),
        ),
        st.tuples(
            st.just("Content-Type"),
            st.sampled_from(
                ["application/json", "text/plain; charset=utf-16", "x/y; charset=nope"]
            ),
        ),
        st.tuples(
            st.sampled_from(["x-request-id", "Location"]), st.sampled_from([API_KEY, "/v1/x"])
        ),
    ),
    max_size=3,
)
_ANSWERS = st.builds(
    Answer,
    status=st.sampled_from([200, 201, 204, 302, 400, 401, 404, 409, 418, 429, 500, 503, 599]),
    headers=_HEADERS.map(tuple),
    body=_BODIES,
    framing=st.sampled_from(
        ["normal", "normal", "short", "reset_before", "reset_mid", "silent", "bad_chunks", "drip"]
    ),
)


class Fuzzer:
    """The server's behaviour for the current example (every attempt gets the same answer)."""

    answer = Answer(200, (), b"{}", "normal")

    def __call__(self, conn: RawConnection) -> None:
        answer = self.answer
        conn.read_body()
        head = f"HTTP/1.1 {answer.status} X\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in answer.headers
        )
        body = answer.body
        if answer.framing == "reset_before":
            conn.reset()
        elif answer.framing == "silent":
            conn.stopping.wait(0.05)
        elif answer.framing == "bad_chunks":
            conn.send(f"{head}Transfer-Encoding: chunked\r\n\r\nzz\r\n".encode() + body)
        else:
            length = len(body) + (10 if answer.framing == "short" else 0)
            conn.send(f"{head}Content-Length: {length}\r\nConnection: close\r\n\r\n".encode())
            if answer.framing == "drip":
                for i in range(len(body[:30])):
                    if conn.stopping.wait(0.05):
                        return
                    conn.send(body[i : i + 1])
            elif answer.framing == "reset_mid":
                conn.send(body[: len(body) // 2])
                conn.reset()
            else:
                conn.send(body)


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


FUZZER = Fuzzer()
PACKAGE = f"fuzzsdk{uuid.uuid4().hex[:8]}"


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: the run stays a few seconds
    suppress_health_check=[HealthCheck.too_slow],
)
@given(answer=_ANSWERS, use_async=st.booleans())
def test_every_failure_is_an_api_error(answer: Answer, use_async: bool) -> None:
    FUZZER.answer = answer
    logger = logging.getLogger(PACKAGE)
    logger.setLevel(logging.DEBUG)
    collect = Collect()
    logger.addHandler(collect)
    config = CONFIG.replace(package=PACKAGE, log_env=None)
    common: dict[str, Any] = {
        "config": config,
        "credentials": {"api_key": API_KEY},
        "base_url": SERVER.url,
        "timeout": TIMEOUT,
        "max_retries": MAX_RETRIES,
    }
    call: dict[str, Any] = {"path_params": {"video_id": "1"}, "cast_to": Video, "envelope": "data"}
    outcome: object
    start = time.monotonic()
    try:
        if use_async:
            aclient = AsyncAPIClient(sleep=AsyncSleepRecorder(), **common)
            outcome = asyncio.run(aclient._request(GET_VIDEO, **call))
        else:
            client = SyncAPIClient(sleep=SleepRecorder(), **common)
            outcome = client._request(GET_VIDEO, **call)
            client.close()
    except APIError as exc:
        outcome = exc
    finally:
        logger.removeHandler(collect)
    elapsed = time.monotonic() - start
    assert elapsed < CALL_BOUND, (answer, elapsed)
    for text in texts_of(outcome) + collect.lines:
        assert API_KEY not in text, (answer, text)


SERVER = RawServer(FUZZER)


def setup_module() -> None:
    SERVER.__enter__()


def teardown_module() -> None:
    SERVER.__exit__(None, None, None)

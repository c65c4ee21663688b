"""Issue 3 on the *generated* ``heygen`` package (installed in the venv), against the real fault
server on 127.0.0.1: retries and ``Retry-After``, idempotency keys, forward compatibility and strict
mode, validation errors, debug logging without the key, ``http_client=`` injection, default and
extra headers/query/body, raw responses, ``NOT_GIVEN`` vs ``None`` and per-operation timeouts —
sync and async for the important ones. Waits are recorded through ``with_options(sleep=...)``."""

from __future__ import annotations

import logging
import time
import traceback
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from heygen import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncHeyGen,
    HeyGen,
    IdempotencyKeyError,
    InternalServerError,
    RateLimitError,
)
from heygen.models import AssetUrl, CreateProofreadResponse, ProofreadStatus
from heygen.resources.video_translations.proofreads import _CREATE_PROOFREAD

from tests.support.fault_server import FaultServer, Hang, Reply, Reset, fault_server

__all__ = ["fault_server"]

KEY = "hg-CANARY-" + uuid.uuid4().hex
OK = {"data": {"proofread_ids": ["p1", "p2"], "status": "processing"}}
PATH = "/v3/video-translations/proofreads"


class Waits:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class AsyncWaits(Waits):
    async def __call__(self, seconds: float) -> None:  # type: ignore[override]
        self.waits.append(seconds)


def create(client: HeyGen, **kw: Any) -> CreateProofreadResponse:
    return client.video_translations.proofreads.create(
        video=AssetUrl(url="https://example.com/v.mp4"), output_languages=["es"], title="t", **kw
    )


async def acreate(client: AsyncHeyGen, **kw: Any) -> CreateProofreadResponse:
    return await client.video_translations.proofreads.create(
        video=AssetUrl(url="https://example.com/v.mp4"), output_languages=["es"], title="t", **kw
    )


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HEYGEN_API_KEY", "HEYGEN_BEARER_TOKEN", "HEYGEN_BASE_URL", "HEYGEN_LOG"):
        monkeypatch.delenv(var, raising=False)


def sync_client(server: FaultServer, **kw: Any) -> tuple[HeyGen, Waits]:
    waits = Waits()
    return HeyGen(api_key=KEY, base_url=server.url, **kw).with_options(sleep=waits), waits


def async_client(server: FaultServer, **kw: Any) -> tuple[AsyncHeyGen, AsyncWaits]:
    waits = AsyncWaits()
    return AsyncHeyGen(api_key=KEY, base_url=server.url, **kw).with_options(sleep=waits), waits


# -- retries and idempotency ------------------------------------------------------------------


def test_429_retry_after_then_200_same_key(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(429, json={"error": {"code": "rate_limited"}}, headers={"Retry-After": "1"}),
        Reply(503),
        Reply(200, json=OK, headers={"x-request-id": "req-9"}),
    )
    client, waits = sync_client(fault_server)
    raw = client.with_raw_response.video_translations.proofreads.create(
        video=AssetUrl(url="https://example.com/v.mp4"), output_languages=["es"], title="t"
    )
    assert raw.parse().proofread_ids == ["p1", "p2"]
    assert (raw.status_code, raw.request_id, raw.retries_taken) == (200, "req-9", 2)
    requests = fault_server.requests
    assert len(requests) == 3
    assert waits.waits[0] == 1.0  # Retry-After
    assert 0.5 <= waits.waits[1] <= 1.0  # backoff for retry 2: 1.0 s minus up to 25 % jitter
    keys = {r.headers["idempotency-key"] for r in requests}
    assert keys == {raw.idempotency_key}
    assert uuid.UUID(raw.idempotency_key or "").version == 4
    assert all(r.path == PATH and r.headers["x-api-key"] == KEY for r in requests)


async def test_async_retries_same_key_and_rate_limit_error(fault_server: FaultServer) -> None:
    fault_server.script(Reply(409, json={"error": {"code": "request_in_progress"}}), Reset())
    fault_server.script(Reply(200, json=OK))
    client, waits = async_client(fault_server)
    async with client:
        result = await acreate(client, idempotency_key="order-42:a")
        assert result.status is ProofreadStatus.PROCESSING
        assert len(waits.waits) == 2
        fault_server.default = Reply(429, headers={"retry-after-ms": "1500"})
        with pytest.raises(RateLimitError) as info:
            await acreate(client, max_retries=1)
    assert info.value.retry_after == 1.5
    assert waits.waits[2:] == [1.5]
    requests = fault_server.requests
    assert [r.headers["idempotency-key"] for r in requests[:3]] == ["order-42:a"] * 3
    assert len({r.headers["idempotency-key"] for r in requests[3:]}) == 1
    assert len(requests) == 5


def test_default_max_retries_and_per_call_override(fault_server: FaultServer) -> None:
    fault_server.default = Reply(503)
    client, _waits = sync_client(fault_server)
    with pytest.raises(InternalServerError):
        create(client)
    assert len(fault_server.requests) == 3  # default max_retries=2, keyed POST: 5xx retried
    fault_server.clear()
    with pytest.raises(InternalServerError):
        create(client, max_retries=0)
    assert len(fault_server.requests) == 1


@pytest.mark.parametrize("bad", ["has space", "", "x" * 256, "é"])
def test_bad_caller_key_raises_before_sending(fault_server: FaultServer, bad: str) -> None:
    client, _ = sync_client(fault_server)
    with pytest.raises(IdempotencyKeyError, match="idempotency key"):
        create(client, idempotency_key=bad)
    assert fault_server.requests == []


async def test_async_bad_caller_key_raises_before_sending(fault_server: FaultServer) -> None:
    client, _ = async_client(fault_server)
    async with client:
        with pytest.raises(ValueError, match=r"must match the pattern"):
            await acreate(client, idempotency_key="no/slash")
    assert fault_server.requests == []


# -- forward compatibility and validation --------------------------------------------------------


def test_forward_compatible_and_strict(fault_server: FaultServer) -> None:
    newer = {"data": {"proofread_ids": ["p1"], "status": "queued_v2", "eta": 12}}
    fault_server.default = Reply(200, json=newer)
    client, _ = sync_client(fault_server)
    result = create(client)
    assert result.status == "queued_v2"
    assert not result.status.is_known
    assert ProofreadStatus.PROCESSING.is_known
    strict = client.with_options(strict_response_validation=True)
    with pytest.raises(APIResponseValidationError):
        create(strict)
    fault_server.default = Reply(200, json={"data": {**OK["data"], "eta": 12}})
    with pytest.raises(APIResponseValidationError):
        create(strict)  # an unknown field alone is also refused in strict mode
    assert len(fault_server.requests) == 3  # a validation error is not retried


@pytest.mark.parametrize(
    "body", ['{"data": {"proofread_ids": "oops"', '{"data": {"proofread_ids": 5, "status": 1}}']
)
async def test_malformed_2xx_body(fault_server: FaultServer, body: str) -> None:
    fault_server.default = Reply(200, body=body, headers={"Content-Type": "application/json"})
    client, _ = sync_client(fault_server)
    with pytest.raises(APIResponseValidationError) as info:
        create(client)
    assert info.value.body == body
    assert info.value.status_code == 200
    aclient, _ = async_client(fault_server)
    async with aclient:
        with pytest.raises(APIResponseValidationError) as ainfo:
            await acreate(aclient)
    assert ainfo.value.body == body
    assert len(fault_server.requests) == 2


# -- the write-safety rule -----------------------------------------------------------------------


def test_post_without_key_on_500_is_sent_once(fault_server: FaultServer) -> None:
    """An endpoint that declares no idempotency header: a POST hitting a 500 is not repeated."""
    fault_server.default = Reply(500)
    client, waits = sync_client(fault_server)
    no_key = _CREATE_PROOFREAD.__class__(
        method="POST", path=PATH, operation_id="createProofreadV3", timeout=60.0
    )
    with pytest.raises(InternalServerError):
        client._request(no_key, json={"title": "t"}, cast_to=CreateProofreadResponse)
    assert len(fault_server.requests) == 1
    assert "idempotency-key" not in fault_server.requests[0].headers
    assert waits.waits == []


# -- logging without secrets ---------------------------------------------------------------------


@pytest.fixture
def heygen_debug(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> Iterator[Any]:
    """``HEYGEN_LOG=debug`` read afresh (the runtime reads it once per process)."""
    import heygen._logging

    logger = logging.getLogger("heygen")
    level, handlers = logger.level, list(logger.handlers)
    monkeypatch.setenv("HEYGEN_LOG", "debug")
    monkeypatch.setattr(heygen._logging, "_configured", set())
    caplog.set_level(logging.DEBUG)
    yield caplog
    logger.setLevel(level)
    logger.handlers[:] = handlers


def _texts(exc: BaseException) -> list[str]:
    out = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for attr in ("response", "request"):
        inner = getattr(exc, attr, None)
        if isinstance(inner, httpx.Response):
            out += [repr(inner), repr(inner.request), repr(inner.request.headers)]
        elif isinstance(inner, httpx.Request):
            out += [repr(inner), repr(inner.headers)]
    return out


@pytest.mark.parametrize("auth", ["api_key", "bearer_token"])
def test_debug_log_has_request_response_retry_and_no_key(
    fault_server: FaultServer, heygen_debug: pytest.LogCaptureFixture, auth: str
) -> None:
    echo = {"error": {"code": "unauthorized", "message": f"bad key {KEY}"}}
    fault_server.script(Reply(503, body=f"down {KEY}"), Reply(200, json=OK))
    fault_server.script(Reply(401, json=echo), Reply(500, json=echo), Reply(500, json=echo))
    fault_server.script(Reply(500, json=echo), Reset(), Reset(), Reset())
    fault_server.script(Reply(200, body=f'{{"data": "{KEY}"}}'), Hang(2), Hang(2), Hang(2))
    client = HeyGen(base_url=fault_server.url, timeout=0.3, **{auth: KEY})
    client = client.with_options(sleep=Waits())
    seen: list[str] = [repr(client), repr(client.default_headers)]
    assert create(client).status == "processing"
    errors: list[Exception] = []
    for _ in range(5):
        try:
            create(client)
        except Exception as exc:  # every error path
            errors.append(exc)
            seen += _texts(exc)
    assert [type(e).__name__ for e in errors] == [
        "AuthenticationError",
        "InternalServerError",
        "APIConnectionError",
        "APIResponseValidationError",
        "APITimeoutError",
    ]
    records = heygen_debug.records
    text = "\n".join(r.getMessage() for r in records)
    assert "request POST" in text
    assert PATH in text
    assert "-> 503" in text
    assert "-> 200" in text
    assert "Retrying POST" in text
    assert "status 503" in text
    assert "ReadTimeout" in text
    assert any(r.levelno == logging.DEBUG for r in records)
    assert KEY not in text
    assert KEY not in heygen_debug.text
    assert not [s for s in seen if KEY in s]
    assert len(fault_server.requests) == 2 + 1 + 3 + 3 + 1 + 3


# -- extensibility -------------------------------------------------------------------------------


def test_http_client_default_extra_headers_query_body(fault_server: FaultServer) -> None:
    hooked: list[httpx.Request] = []
    http_client = httpx.Client(event_hooks={"request": [hooked.append]})
    fault_server.default = Reply(200, json=OK)
    with HeyGen(
        api_key=KEY,
        base_url=fault_server.url,
        http_client=http_client,
        default_headers={"X-Team": "core"},
    ) as client:
        create(
            client,
            folder_id=None,
            extra_headers={"X-Trace": "t-1"},
            extra_query={"dry_run": "true"},
            extra_body={"beta_flag": True},
        )
        create(client)
    assert not http_client.is_closed  # the caller's client is the caller's to close
    http_client.close()
    assert len(hooked) == 2
    first, second = fault_server.requests
    assert first.headers["x-team"] == "core"
    assert first.headers["x-trace"] == "t-1"
    assert first.headers["user-agent"].startswith("heygen-python/")
    assert first.query == {"dry_run": ["true"]}
    assert first.json["beta_flag"] is True
    assert first.json["folder_id"] is None  # None: sent as null
    assert first.json["video"] == {"type": "url", "url": "https://example.com/v.mp4"}
    assert "folder_id" not in second.json  # NOT_GIVEN: left out
    assert second.query == {}
    assert "x-trace" not in second.headers


async def test_async_http_client_injection(fault_server: FaultServer) -> None:
    hooked: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooked.append(request.headers["idempotency-key"])

    fault_server.default = Reply(200, json=OK)
    async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http_client:
        async with AsyncHeyGen(
            api_key=KEY, base_url=fault_server.url, http_client=http_client
        ) as client:
            raw = await client.with_raw_response.video_translations.proofreads.create(
                video=AssetUrl(url="https://example.com/v.mp4"), output_languages=["es"], title="t"
            )
        assert not http_client.is_closed
    assert hooked == [raw.idempotency_key]


# -- timeouts ------------------------------------------------------------------------------------


def test_per_operation_default_and_per_call_timeout(fault_server: FaultServer) -> None:
    assert _CREATE_PROOFREAD.timeout == 60.0  # openapi/overrides.toml [default_timeouts] write
    fault_server.default = Reply(200, json=OK, delay=1.5)
    client, _waits = sync_client(fault_server)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        create(client, timeout=0.2, max_retries=1)
    assert time.monotonic() - started < 1.2
    assert len(fault_server.requests) == 2  # keyed POST: a timeout is retried
    assert len({r.headers["idempotency-key"] for r in fault_server.requests}) == 1
    fault_server.clear()
    fault_server.default = Reply(200, json=OK, delay=0.4)
    assert create(client, max_retries=0).status == "processing"  # 60 s default, not a 0.3 s one


async def test_async_per_call_timeout(fault_server: FaultServer) -> None:
    fault_server.default = Reply(200, json=OK, delay=1.5)
    client, _ = async_client(fault_server)
    async with client:
        with pytest.raises(APITimeoutError):
            await acreate(client, timeout=httpx.Timeout(0.2), max_retries=0)
    assert len(fault_server.requests) == 1

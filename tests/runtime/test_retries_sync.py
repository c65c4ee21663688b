"""Retries, timeouts, idempotency and errors of the sync client against the real fault server."""

from __future__ import annotations

import httpx
import pytest
from runtime._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IdempotencyKeyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from runtime._response import to_raw_response_wrapper
from runtime._retry import MAX_RETRY_AFTER
from runtime_testkit import (
    CREATE_VIDEO,
    GET_VIDEO,
    POST_NO_KEY,
    VIDEO_JSON,
    SleepRecorder,
    Video,
    sync_client,
)

from tests.support.fault_server import FaultServer, Hang, Reply, Reset, free_port


def get_video(client: object, **kw: object) -> Video:
    result: Video = client._request(  # type: ignore[attr-defined]
        GET_VIDEO, path_params={"video_id": "v1"}, cast_to=Video, envelope="data", **kw
    )
    return result


def create_video(client: object, **kw: object) -> Video:
    result: Video = client._request(  # type: ignore[attr-defined]
        CREATE_VIDEO, json={"title": "t"}, cast_to=Video, envelope="data", **kw
    )
    return result


def test_429_retry_after_then_200(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(429, json={"error": {"code": "rate_limited"}}, headers={"Retry-After": "1"}),
        Reply(200, json=VIDEO_JSON),
    )
    sleep = SleepRecorder()
    with sync_client(fault_server.url, sleep=sleep) as client:
        assert get_video(client).id == "v1"
    assert sleep.waits == [1.0]
    assert len(fault_server.requests) == 2


def test_retry_after_ms_and_cap(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(503, headers={"retry-after-ms": "250"}),
        Reply(503, headers={"Retry-After": "3600"}),
        Reply(200, json=VIDEO_JSON),
    )
    sleep = SleepRecorder()
    with sync_client(fault_server.url, sleep=sleep) as client:
        get_video(client)
    assert sleep.waits == [0.25, MAX_RETRY_AFTER]


def test_503_twice_then_200_with_backoff(fault_server: FaultServer) -> None:
    fault_server.script(Reply(503), Reply(503), Reply(200, json=VIDEO_JSON))
    sleep = SleepRecorder()
    with sync_client(fault_server.url, sleep=sleep) as client:
        raw = to_raw_response_wrapper(get_video)(client)
    assert raw.retries_taken == 2
    assert raw.parse().status == "completed"
    assert 0.375 <= sleep.waits[0] <= 0.5
    assert 0.75 <= sleep.waits[1] <= 1.0


def test_retries_exhausted_raises_last_error(fault_server: FaultServer) -> None:
    fault_server.default = Reply(503, json={"error": {"message": "down"}})
    with sync_client(fault_server.url, max_retries=3) as client, pytest.raises(InternalServerError):
        get_video(client)
    assert len(fault_server.requests) == 4


def test_per_call_max_retries(fault_server: FaultServer) -> None:
    fault_server.default = Reply(500)
    with sync_client(fault_server.url) as client, pytest.raises(InternalServerError):
        get_video(client, options={"max_retries": 0})
    assert len(fault_server.requests) == 1


def test_connection_reset_get_is_retried(fault_server: FaultServer) -> None:
    fault_server.script(Reset(), Reply(200, json=VIDEO_JSON))
    with sync_client(fault_server.url) as client:
        assert get_video(client).id == "v1"
    assert len(fault_server.requests) == 2


def test_connection_reset_post_without_key_not_retried(fault_server: FaultServer) -> None:
    fault_server.script(Reset(), Reply(200, json=VIDEO_JSON))
    with sync_client(fault_server.url) as client, pytest.raises(APIConnectionError) as info:
        client._request(POST_NO_KEY, json={}, cast_to=dict)
    assert not isinstance(info.value, APITimeoutError)
    assert len(fault_server.requests) == 1


def test_slow_response_times_out(fault_server: FaultServer) -> None:
    fault_server.default = Reply(200, json=VIDEO_JSON, delay=1.0)
    with sync_client(fault_server.url, timeout=0.2, max_retries=1) as client:
        with pytest.raises(APITimeoutError):
            get_video(client)
        assert len(fault_server.requests) == 2  # GET: timeouts are retried
        fault_server.clear()
        with pytest.raises(APITimeoutError):
            client._request(POST_NO_KEY, json={}, cast_to=dict)
        assert len(fault_server.requests) == 1  # POST without key: may have been acted on


def test_hang_uses_per_call_timeout(fault_server: FaultServer) -> None:
    fault_server.script(Hang(2.0))
    with sync_client(fault_server.url, max_retries=0) as client, pytest.raises(APITimeoutError):
        get_video(client, options={"timeout": 0.2})


def test_connection_refused_post_without_key_is_retried() -> None:
    sleep = SleepRecorder()
    client = sync_client(f"http://127.0.0.1:{free_port()}", sleep=sleep, max_retries=2)
    with client, pytest.raises(APIConnectionError) as info:
        client._request(POST_NO_KEY, json={}, cast_to=dict)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(sleep.waits) == 2  # not sent, so safe to retry


def test_409_in_progress_then_replayed_200(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(409, json={"error": {"code": "request_in_progress", "message": "busy"}}),
        Reply(200, json=VIDEO_JSON, headers={"Idempotent-Replayed": "true"}),
    )
    with sync_client(fault_server.url) as client:
        raw = to_raw_response_wrapper(create_video)(client)
    first, second = fault_server.requests
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert raw.idempotency_key == first.headers["idempotency-key"]
    assert raw.headers["idempotent-replayed"] == "true"


def test_409_in_progress_post_without_key_retried(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(409, json={"error": {"code": "request_in_progress"}}), Reply(200, json={"ok": 1})
    )
    with sync_client(fault_server.url) as client:
        assert client._request(POST_NO_KEY, json={}, cast_to=dict) == {"ok": 1}


def test_other_409_not_retried(fault_server: FaultServer) -> None:
    fault_server.default = Reply(409, json={"error": {"code": "duplicate", "message": "dup"}})
    with sync_client(fault_server.url) as client, pytest.raises(ConflictError) as info:
        get_video(client)
    assert info.value.code == "duplicate"
    assert len(fault_server.requests) == 1


def test_malformed_2xx_body(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(200, json={"data": {"id": 5}}), Reply(200, body="<html>"), Reply(200, json={"x": 1})
    )
    with sync_client(fault_server.url) as client:
        for expected in ("does not match Video", "not valid JSON", "no 'data' member"):
            with pytest.raises(APIResponseValidationError) as info:
                get_video(client)
            assert expected in info.value.message
            assert info.value.status_code == 200
            assert info.value.body == info.value.response.text
    assert len(fault_server.requests) == 3  # never retried


def test_post_without_key_500_one_attempt(fault_server: FaultServer) -> None:
    fault_server.default = Reply(500)
    with sync_client(fault_server.url) as client, pytest.raises(InternalServerError):
        client._request(POST_NO_KEY, json={"a": 1}, cast_to=dict)
    assert len(fault_server.requests) == 1


def test_post_with_key_500_retried_same_key(fault_server: FaultServer) -> None:
    fault_server.script(Reply(500), Reset(), Reply(502), Reply(200, json=VIDEO_JSON))
    with sync_client(fault_server.url, max_retries=3) as client:
        create_video(client)
    keys = {r.headers["idempotency-key"] for r in fault_server.requests}
    assert len(fault_server.requests) == 4
    assert len(keys) == 1


def test_caller_key_sent_and_validated(fault_server: FaultServer) -> None:
    fault_server.default = Reply(200, json=VIDEO_JSON)
    with sync_client(fault_server.url) as client:
        create_video(client, headers={"Idempotency-Key": "my-key_1"})
        create_video(client, options={"idempotency_key": "opt-key"})
        for bad in ("", "x" * 256, "has space"):
            with pytest.raises(IdempotencyKeyError) as info:
                create_video(client, options={"idempotency_key": bad})
            assert isinstance(info.value, ValueError)
    assert [r.headers["idempotency-key"] for r in fault_server.requests] == ["my-key_1", "opt-key"]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (418, APIStatusError),
        (500, InternalServerError),
        (501, InternalServerError),
    ],
)
def test_status_errors_carry_fields(fault_server: FaultServer, status: int, cls: type) -> None:
    error = {"code": f"c{status}", "message": "went wrong", "param": "p", "doc_url": "https://d"}
    fault_server.default = Reply(
        status, json={"error": error}, headers={"request-id": "req-9", "Retry-After": "7"}
    )
    with sync_client(fault_server.url, max_retries=0) as client, pytest.raises(cls) as info:
        get_video(client)
    exc = info.value
    assert type(exc) is cls
    assert (exc.status_code, exc.code, exc.message, exc.param, exc.doc_url) == (
        status,
        f"c{status}",
        "went wrong",
        "p",
        "https://d",
    )
    assert exc.request_id == "req-9"
    assert exc.error.code == f"c{status}"
    assert f"Error code: {status}" in str(exc)
    if cls is RateLimitError:
        assert exc.retry_after == 7.0


def test_error_body_not_matching_model_keeps_raw(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(400, json={"error": {"code": 12, "message": "bad"}}), Reply(400, body="plain oops")
    )
    with sync_client(fault_server.url) as client:
        with pytest.raises(BadRequestError) as info:
            get_video(client)
        assert info.value.error == {"code": 12, "message": "bad"}
        assert info.value.message == "bad"
        assert info.value.code is None
        with pytest.raises(BadRequestError) as info:
            get_video(client)
        assert info.value.body == "plain oops"
        assert info.value.message == "plain oops"
        assert info.value.error is None

"""No credential in logs, reprs or exception texts, on every error path, with debug logging on."""

from __future__ import annotations

import logging
import traceback
import uuid
from typing import Any

import httpx
import pytest
from runtime._base_client import SyncAPIClient
from runtime._exceptions import APIConnectionError, APIError, APIStatusError
from runtime._response import to_raw_response_wrapper
from runtime_testkit import API_KEY, CONFIG, CREATE_VIDEO, GET_VIDEO, VIDEO_JSON, Video

from tests.support.fault_server import FaultServer, Hang, Reply, Reset, free_port


def texts_of(obj: Any) -> list[str]:
    """Every text a user might print for ``obj`` (and what it exposes)."""
    out = [repr(obj), str(obj)]
    if isinstance(obj, BaseException):
        out += ["".join(traceback.format_exception(obj)), repr(obj.args)]
    for attr in ("response", "request", "http_response"):
        inner = getattr(obj, attr, None)
        if inner is not None:
            out += [repr(inner), str(inner)]
            if isinstance(inner, httpx.Response):
                out += [repr(inner.request), repr(inner.request.headers), repr(inner.headers)]
            if isinstance(inner, httpx.Request):
                out.append(repr(inner.headers))
    return out


@pytest.mark.parametrize("scheme", ["api_key", "bearer_token"])
def test_canary_never_leaks(
    scheme: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = f"secretsdk{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("SECRETSDK_LOG", "debug")
    config = CONFIG.replace(package=package, log_env="SECRETSDK_LOG")
    echo = {"error": {"code": "unauthorized", "message": f"bad key {API_KEY}"}}
    seen: list[Any] = []
    with FaultServer() as server:
        client = SyncAPIClient(
            config=config,
            credentials={scheme: API_KEY},
            base_url=server.url,
            timeout=0.2,
            max_retries=1,
            sleep=lambda _s: None,
        )
        seen.append(client)
        server.script(
            Reply(401, json=echo),
            Reply(500, body=f"crash {API_KEY}"),
            Reply(500, body=f"crash {API_KEY}"),
            Reply(429, json=echo, headers={"Retry-After": "0"}),
            Reply(429, json=echo, headers={"Retry-After": "0"}),
            Reply(200, json={"data": {"id": API_KEY}}),
            Reset(),
            Reset(),
            Hang(1.0),
            Hang(1.0),
            Reply(503),
            Reply(200, json=VIDEO_JSON),
        )
        for _ in range(6):
            with pytest.raises(APIError) as info:
                client._request(
                    GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
                )
            seen.append(info.value)
        raw = to_raw_response_wrapper(client._request)(
            CREATE_VIDEO, json={"k": 1}, cast_to=Video, envelope="data"
        )
        seen += [raw, raw.http_response, raw.http_response.request]
        refused = client.with_options(base_url=f"http://127.0.0.1:{free_port()}")
        with pytest.raises(APIConnectionError) as info:
            refused._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video)
        seen.append(info.value)
        client.close()

    assert len(server.requests) == 12
    sent = server.requests[0].headers
    assert API_KEY in (sent.get("x-api-key", "") + sent.get("authorization", ""))
    assert any(isinstance(e, APIStatusError) for e in seen)
    assert caplog.records, "the log env var should have enabled logging"
    assert logging.getLogger(package).level == logging.DEBUG
    assert any("Retrying" in r.getMessage() for r in caplog.records)
    assert any(
        "x-api-key" in r.getMessage() or "authorization" in r.getMessage() for r in caplog.records
    )
    assert API_KEY not in caplog.text
    for obj in seen:
        for text in texts_of(obj):
            assert API_KEY not in text, (type(obj), text)

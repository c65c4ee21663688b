"""Issue 15, part 2: streamed path uploads, secret fields in debug logs, whole-call deadlines,
polling deadlines and floors, and one async client across event loops — on 127.0.0.1."""

from __future__ import annotations

import asyncio
import time
import tracemalloc
import uuid
from pathlib import Path

import pytest
from runtime._base_client import Endpoint, SyncAPIClient
from runtime._exceptions import APITimeoutError
from runtime._files import multipart_files
from runtime._polling import PollingTimeoutError, poll
from runtime_testkit import (
    API_KEY,
    CONFIG,
    GET_VIDEO,
    POST_NO_KEY,
    VIDEO_JSON,
    Video,
    async_client,
    sync_client,
)

from tests.runtime.raw_server import RawConnection, RawServer, http_response
from tests.runtime.test_hardening import get_video
from tests.support.fault_server import FaultServer, Reply

UPLOAD = Endpoint(method="POST", path="/v1/assets", operation_id="upload_asset")

# -- 9. a pathlib.Path upload is streamed ---------------------------------------------------


def test_path_upload_is_streamed(tmp_path: Path) -> None:
    size = 6 * 1024 * 1024
    path = tmp_path / "clip.bin"
    with path.open("wb") as f:
        for _ in range(size // 65536):
            f.write(b"\x07" * 65536)
    counted: list[int] = []

    def count(conn: RawConnection) -> None:
        counted.append(conn.read_body())
        conn.send(http_response(200, b'{"data": {"id": "a", "status": "completed"}}'))

    with RawServer(count) as server:
        client = sync_client(server.url, max_retries=0)
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            video = client._request(
                UPLOAD, files=multipart_files({"file": path}), cast_to=Video, envelope="data"
            )
            peak = tracemalloc.get_traced_memory()[1] - base
        finally:
            tracemalloc.stop()
        client.close()
    assert video.id == "a"
    assert counted
    assert counted[0] > size
    assert peak < size // 4, f"upload held {peak} bytes in memory"


# -- 10. secret-like fields in debug logs ---------------------------------------------------


def test_debug_log_redacts_secret_fields(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = f"logsdk{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("LOGSDK_LOG", "debug")
    config = CONFIG.replace(package=package, log_env="LOGSDK_LOG")
    answer = {
        "data": {"id": "w", "Signing_Secret": "whsec_CANARY1", "nested": [{"Token": "tok_CANARY2"}]}
    }
    with FaultServer() as server:
        server.default = Reply(200, json=answer, headers={"X-Webhook-Secret": "hdr_CANARY3"})
        client = SyncAPIClient(
            config=config, credentials={"api_key": API_KEY}, base_url=server.url, max_retries=0
        )
        client._request(
            POST_NO_KEY,
            json={"url": "https://x", "secret": "whsec_CANARY4", "auth": {"password": 12345678}},
            headers={"X-Client-Token": "hdr_CANARY5"},
            cast_to=dict,
        )
        client._request(POST_NO_KEY, content="password=CANARY6&api_key=CANARY7", cast_to=dict)
        client.close()
    assert "request POST" in caplog.text
    assert "https://x" in caplog.text
    for canary in ("CANARY", "12345678"):
        assert canary not in caplog.text, caplog.text


# -- 11. whole-call deadlines ----------------------------------------------------------------


def _drip(conn: RawConnection) -> None:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\nContent-Type: application/json\r\n\r\n")
    for _ in range(40):
        if conn.stopping.wait(0.2):
            return
        conn.send(b" ")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_timeout_bounds_a_dripping_response(mode: str) -> None:
    with RawServer(_drip) as server:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            get_video(mode, server.url, timeout=0.5, max_retries=0)
        elapsed = time.monotonic() - start
    assert elapsed < 1.5


def test_poll_deadline_covers_a_slow_status_call() -> None:
    pending = {"data": {"id": "v1", "status": "pending"}}
    with FaultServer(Reply(200, json=pending, delay=3.0)) as server:
        client = sync_client(server.url, sleep=time.sleep)
        start = time.monotonic()
        with pytest.raises(PollingTimeoutError):
            poll(
                lambda: client._request(
                    GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
                ),
                attribute="status",
                success={"completed"},
                failure={"failed"},
                timeout=0.5,
                interval=0.1,
            )
        elapsed = time.monotonic() - start
    assert elapsed < 1.5


def test_poll_interval_has_a_floor() -> None:
    pending = {"data": {"id": "v1", "status": "pending"}}
    with FaultServer(Reply(200, json=pending)) as server:
        client = sync_client(server.url)
        with pytest.raises(PollingTimeoutError):
            poll(
                lambda: client._request(
                    GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
                ),
                attribute="status",
                success={"completed"},
                failure={"failed"},
                timeout=0.5,
                interval=0,
            )
        assert len(server.requests) <= 10


# -- 12. one async client, two event loops ---------------------------------------------------


def test_async_client_survives_a_second_event_loop(fault_server: FaultServer) -> None:
    fault_server.default = Reply(200, json=VIDEO_JSON)
    client = async_client(fault_server.url)
    copy = client.with_options(max_retries=0)

    async def get(c: object) -> Video:
        video: Video = await c._request(  # type: ignore[attr-defined]
            GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
        )
        return video

    assert asyncio.run(get(client)).id == "v1"
    assert asyncio.run(get(client)).id == "v1"
    assert asyncio.run(get(copy)).id == "v1"
    asyncio.run(client.close())
    assert len(fault_server.requests) == 3

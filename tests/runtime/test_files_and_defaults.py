"""Multipart files across retries (rewound when seekable, no retry when not), timeout precedence
between the client and the endpoint, and client default headers that must not leak or fix a key."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from runtime._build import files_rewindable, rewind_files
from runtime._config import Endpoint
from runtime._exceptions import InternalServerError
from runtime_testkit import (
    API_KEY,
    CREATE_VIDEO,
    GET_VIDEO,
    VIDEO_JSON,
    Video,
    mock_client,
    sync_client,
)

from tests.support.fault_server import FaultServer, Reply

PAYLOAD = b"0123456789abcdef" * 4096  # 64 KiB, more than one httpx read chunk


class OneShotStream(io.RawIOBase):
    """A readable, non-seekable stream (like a pipe or a socket)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_rewind_files_shapes() -> None:
    a, b, c = io.BytesIO(b"aaa"), io.BytesIO(b"bbb"), io.BytesIO(b"ccc")
    for f in (a, b, c):
        f.read()
    rewind_files({"x": a, "y": ("y.bin", b), "z": ("z.bin", c, "application/octet-stream")})
    assert (a.tell(), b.tell(), c.tell()) == (0, 0, 0)
    b.read()
    rewind_files([("y", ("y.bin", b)), ("raw", b"bytes need nothing")])
    assert b.tell() == 0
    assert files_rewindable({"x": a, "y": ("y.bin", b"raw"), "z": "text"})
    assert not files_rewindable({"x": ("x.bin", OneShotStream(b"x"))})
    assert not files_rewindable([("x", OneShotStream(b"x"))])


def test_retry_resends_the_whole_file(fault_server: FaultServer) -> None:
    fault_server.script(Reply(503), Reply(200, json=VIDEO_JSON))
    upload = io.BytesIO(PAYLOAD)
    with sync_client(fault_server.url) as client:
        video = client._request(
            CREATE_VIDEO,
            json={"title": "t"},
            files={"file": ("clip.bin", upload, "application/octet-stream")},
            cast_to=Video,
            envelope="data",
        )
    assert video.id == "v1"
    first, second = fault_server.requests
    assert PAYLOAD in first.body
    assert second.body == first.body.replace(
        first.headers["content-type"].split("boundary=")[1].encode(),
        second.headers["content-type"].split("boundary=")[1].encode(),
    )
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]


def test_non_seekable_file_is_never_retried(fault_server: FaultServer) -> None:
    fault_server.script(Reply(503), Reply(200, json=VIDEO_JSON))
    with sync_client(fault_server.url) as client, pytest.raises(InternalServerError):
        client._request(
            CREATE_VIDEO,
            json={"title": "t"},
            files={"file": ("clip.bin", OneShotStream(PAYLOAD))},
            cast_to=Video,
            envelope="data",
        )
    assert len(fault_server.requests) == 1
    assert PAYLOAD in fault_server.requests[0].body


class TimeoutRecorder:
    """A ``MockTransport`` handler that keeps the timeout extension of each request."""

    def __init__(self) -> None:
        self.timeouts: list[dict[str, float | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json={})


def _timeout_of(
    client: Any, rec: TimeoutRecorder, endpoint: Endpoint, **options: Any
) -> dict[str, float | None]:
    before = len(rec.timeouts)
    client._request(endpoint, cast_to=dict, options=options)
    assert len(rec.timeouts) == before + 1
    return rec.timeouts[-1]


def test_explicit_client_timeout_beats_the_endpoint_default() -> None:
    slow = Endpoint(method="POST", path="/slow", operation_id="slow", timeout=300.0)
    rec = TimeoutRecorder()
    assert _timeout_of(mock_client(rec), rec, slow)["read"] == 300.0
    assert _timeout_of(mock_client(rec, timeout=7.0), rec, slow)["read"] == 7.0
    copy = mock_client(rec).with_options(timeout=3.0)
    assert _timeout_of(copy, rec, slow)["read"] == 3.0
    assert _timeout_of(copy, rec, slow, timeout=1.0)["read"] == 1.0


def test_default_idempotency_header_does_not_fix_the_key(fault_server: FaultServer) -> None:
    fault_server.default = Reply(200, json=VIDEO_JSON)
    with sync_client(fault_server.url, default_headers={"Idempotency-Key": "shared"}) as client:
        for _ in range(2):
            client._request(CREATE_VIDEO, json={}, cast_to=Video, envelope="data")
        client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    keys = [r.headers.get_all("idempotency-key") for r in fault_server.requests]
    assert keys[0] != keys[1]
    assert all(len(k) == 1 and k[0] != "shared" for k in keys[:2])
    assert keys[2] == ["shared"]  # endpoints without an idempotency header: passed through


@pytest.mark.parametrize("scheme", ["api_key", "bearer_token"])
def test_default_headers_repr_hides_the_credential(scheme: str) -> None:
    client = sync_client("https://api.test", credentials={scheme: API_KEY})
    headers = client.default_headers
    assert API_KEY in "".join(headers.values())  # still readable by key
    assert API_KEY not in repr(headers)
    assert API_KEY not in repr(client)

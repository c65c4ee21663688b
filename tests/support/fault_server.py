"""A real, scriptable, fault-injecting HTTP/1.1 server on 127.0.0.1 for tests.

Usage::

    with FaultServer() as server:            # or the ``fault_server`` pytest fixture
        server.script(Reply(429, headers={"Retry-After": "1"}), Reset(), Reply(200, json={}))
        ...  # point a client at server.url
        assert server.requests[0].headers["x-api-key"] == "..."

Each incoming request is recorded (``server.requests``, arrival order, bounded) and then consumes
the next scripted action; when the queue is empty the ``default`` is used: an action, or a callable
``handler(request) -> action`` (useful for soak tests; it runs on the server's handler threads, so
it must be thread-safe). Actions:

- ``Reply(status, json=..., body=..., headers=..., delay=...)``: answer (after ``delay`` seconds);
- ``Reset()``: read the request, then close the socket with SO_LINGER 0 (the client sees a reset);
- ``Hang(seconds)``: read the request, say nothing for ``seconds``, then close.

Waits are interrupted when the server stops, so teardown is prompt.
"""

from __future__ import annotations

import collections
import json as jsonlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

__all__ = [
    "Action",
    "FaultServer",
    "Hang",
    "RecordedRequest",
    "Reply",
    "Reset",
    "fault_server",
    "free_port",
]

_MAX_BODY = 16 * 1024 * 1024
_NO_JSON: Any = object()


@dataclass(frozen=True)
class Reply:
    """Answer with ``status``; ``json`` (any JSON value) or ``body`` (bytes/str) as the payload."""

    status: int = 200
    json: Any = _NO_JSON
    body: bytes | str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class Reset:
    """Close the connection abruptly (RST) after reading the request."""


@dataclass(frozen=True)
class Hang:
    """Read the request, then stay silent for ``seconds`` and close without answering."""

    seconds: float = 30.0


Action = Reply | Reset | Hang


class CIHeaders(Mapping[str, str]):
    """Case-insensitive, read-only header mapping (last value wins; ``get_all`` for repeats)."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = items
        self._map = {k.lower(): v for k, v in items}

    def __getitem__(self, key: str) -> str:
        return self._map[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._map

    def get_all(self, key: str) -> list[str]:
        return [v for k, v in self._items if k.lower() == key.lower()]

    def __repr__(self) -> str:
        return f"CIHeaders({self._items!r})"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: CIHeaders
    body: bytes
    json: Any  # parsed body, or None when the body is empty or not JSON
    index: int  # arrival order, from 0
    target: str = ""  # the request line's target as sent: raw path and query string


Handler = Callable[[RecordedRequest], Action]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: FaultServer


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle + delayed ACK that is ~40 ms a reply.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = min(int(self.headers.get("Content-Length") or 0), _MAX_BODY)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        owner = self.server.owner
        body = self._read_body()
        parts = urlsplit(self.path)
        try:
            parsed = jsonlib.loads(body) if body else None
        except ValueError:
            parsed = None
        request = owner._record(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=CIHeaders([(k, v) for k, v in self.headers.items()]),
            body=body,
            json=parsed,
            target=self.path,
        )
        action = owner._next_action(request)
        if isinstance(action, Reset):
            self._reset()
        elif isinstance(action, Hang):
            owner._stopping.wait(action.seconds)
            self.close_connection = True
        else:
            if action.delay and owner._stopping.wait(action.delay):
                self.close_connection = True
                return
            self._reply(action)

    def _reset(self) -> None:
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def _reply(self, action: Reply) -> None:
        payload: bytes
        headers = dict(action.headers)
        if action.body is not None:
            payload = action.body.encode() if isinstance(action.body, str) else action.body
        elif action.json is not _NO_JSON:
            payload = jsonlib.dumps(action.json).encode()
            headers.setdefault("Content-Type", "application/json")
        else:
            payload = b""
        self.send_response(action.status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_QUERY = _handle


class FaultServer:
    """The server; a context manager (starts on enter, stops on exit). See the module docstring."""

    def __init__(
        self, default: Action | Handler | None = None, *, max_recorded: int = 100_000
    ) -> None:
        self.default: Action | Handler = default if default is not None else Reply(200, json={})
        self._lock = threading.Lock()
        self._queue: collections.deque[Action | Handler] = collections.deque()
        self._requests: collections.deque[RecordedRequest] = collections.deque(maxlen=max_recorded)
        self._count = 0
        self._stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _RequestHandler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def script(self, *actions: Action | Handler) -> None:
        """Queue actions (or per-request handlers), consumed one per incoming request."""
        with self._lock:
            self._queue.extend(actions)

    def clear(self) -> None:
        """Drop queued actions and recorded requests."""
        with self._lock:
            self._queue.clear()
            self._requests.clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the recorded requests, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def pending(self) -> int:
        """How many scripted actions are still queued."""
        with self._lock:
            return len(self._queue)

    def _record(self, **fields: Any) -> RecordedRequest:
        with self._lock:
            request = RecordedRequest(index=self._count, **fields)
            self._count += 1
            self._requests.append(request)
            return request

    def _next_action(self, request: RecordedRequest) -> Action:
        with self._lock:
            item = self._queue.popleft() if self._queue else self.default
        return item if isinstance(item, Reply | Reset | Hang) else item(request)


def free_port() -> int:
    """A port on 127.0.0.1 with nothing listening (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A started ``FaultServer``; stopped at teardown."""
    with FaultServer() as server:
        yield server

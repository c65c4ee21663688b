"""A raw-socket HTTP server on 127.0.0.1 for the faults ``FaultServer`` cannot script: bodies
dripped a byte at a time, request bodies counted without being kept, bytes written as given
(truncated, mis-framed, reset mid-body). One request per connection; the handler does the I/O.

Usage::

    def handler(conn: RawConnection) -> None:
        conn.read_body()                       # counts (and discards) the request body
        conn.send(b"HTTP/1.1 200 OK\\r\\nContent-Length: 0\\r\\n\\r\\n")

    with RawServer(handler) as server:         # server.url, server.received (body byte counts)
        ...

Every wait is on the server's stop event, so ``__exit__`` returns promptly.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable

__all__ = ["RawConnection", "RawServer", "http_response"]


class RawConnection:
    """One accepted connection: the request head is read; ``read_body`` counts the body."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self.sock = sock
        self.stopping = stopping
        self._buffer = b""
        self.head = self._read_head()

    def _recv(self) -> bytes:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("client closed")
        return chunk

    def _read_head(self) -> bytes:
        while b"\r\n\r\n" not in self._buffer:
            self._buffer += self._recv()
            if len(self._buffer) > 65536:
                raise ConnectionError("head too large")
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        return head

    def header(self, name: str) -> str | None:
        for line in self.head.split(b"\r\n")[1:]:
            key, _, value = line.decode("latin-1").partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None

    def read_body(self) -> int:
        """Read the request body (Content-Length or chunked) and return its size; kept nowhere."""
        if (self.header("transfer-encoding") or "").lower() == "chunked":
            total = 0
            while True:
                while b"\r\n" not in self._buffer:
                    self._buffer += self._recv()
                line, _, self._buffer = self._buffer.partition(b"\r\n")
                size = int(line.split(b";")[0].strip() or b"0", 16)
                total += size
                self._skip(size + 2)
                if size == 0:
                    return total
        length = int(self.header("content-length") or 0)
        self._skip(length)
        return length

    def _skip(self, count: int) -> None:
        while count > 0:
            if not self._buffer:
                self._buffer = self._recv()
            taken = min(count, len(self._buffer))
            self._buffer = self._buffer[taken:]
            count -= taken

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reset(self) -> None:
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


def http_response(
    status: int, body: bytes = b"", headers: list[tuple[str, str]] | None = None
) -> bytes:
    """A complete HTTP/1.1 response (Content-Length added unless ``headers`` frame it)."""
    lines = [f"HTTP/1.1 {status} X"]
    names = {k.lower() for k, _ in headers or []}
    lines += [f"{k}: {v}" for k, v in headers or []]
    if "content-length" not in names and "transfer-encoding" not in names:
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class RawServer:
    """Accepts connections on 127.0.0.1 and runs ``handler`` for each on its own thread."""

    def __init__(self, handler: Callable[[RawConnection], None]) -> None:
        self.handler = handler
        self.stopping = threading.Event()
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(5.0)
        try:
            self.handler(RawConnection(sock, self.stopping))
        except OSError:
            pass  # the client went away (or a reset): nothing to do
        finally:
            sock.close()

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        self._acceptor.join(timeout=2)
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=2)

"""Streamed responses (issue 13 item 4), generated from a small inline spec, imported and called
against a raw HTTP server on 127.0.0.1 that writes each body in awkward chunks (split mid-line
and mid-UTF-8 character, CRLF/CR/LF line ends, with delays), sync and async:

- server-sent events with a JSON object schema (an operation offering JSON too: ``create`` and
  ``create_stream``, each setting the ``stream`` body flag itself), with plain-text data, and
  with an OpenAPI 3.2 ``itemSchema`` shaped like the event (``contentSchema`` for its data);
- NDJSON (``schema``) and JSON Lines (3.2 ``itemSchema``), one typed item per line;
- a binary download streamed to a file: bytes identical, memory bounded (tracemalloc);
- leaving a loop early closes the connection (the server sees the disconnect); a status error
  is raised before iteration; a connection lost mid-stream raises and is not retried.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import json
import random
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import generate
from tests.runtime.raw_server import RawConnection, RawServer, http_response


def _json(ref: str) -> dict[str, Any]:
    return {"schema": {"$ref": f"#/components/schemas/{ref}"}}


SPEC: dict[str, Any] = {
    "openapi": "3.2.0",
    "info": {"title": "Streamer", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1:1"}],  # replaced by the server's
    "paths": {
        "/chats": {
            "post": {
                "operationId": "createChat",
                "requestBody": {"required": True, "content": {"application/json": _json("Ask")}},
                "responses": {
                    "200": {
                        "description": "The reply, whole or streamed.",
                        "content": {
                            "application/json": _json("Chat"),
                            "text/event-stream": _json("ChatChunk"),
                        },
                    },
                    "429": {"description": "Slow down."},
                },
            }
        },
        "/events": {
            "get": {
                "operationId": "listenEvents",
                "responses": {
                    "200": {
                        "description": "Ticks as events.",
                        "content": {
                            "text/event-stream": {
                                "itemSchema": {
                                    "type": "object",
                                    "required": ["data"],
                                    "properties": {
                                        "event": {"type": "string"},
                                        "id": {"type": "string"},
                                        "data": {
                                            "type": "string",
                                            "contentMediaType": "application/json",
                                            "contentSchema": {"$ref": "#/components/schemas/Tick"},
                                        },
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
        "/logs": {
            "get": {
                "operationId": "tailLogs",
                "responses": {
                    "200": {
                        "description": "Plain lines.",
                        "content": {"text/event-stream": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
        "/exports": {
            "get": {
                "operationId": "exportRecords",
                "responses": {
                    "200": {
                        "description": "Records.",
                        "content": {"application/x-ndjson": _json("Record")},
                    }
                },
            }
        },
        "/ticks": {
            "get": {
                "operationId": "listTicks",
                "responses": {
                    "200": {
                        "description": "Ticks.",
                        "content": {
                            "application/jsonl": {
                                "itemSchema": {"$ref": "#/components/schemas/Tick"}
                            }
                        },
                    }
                },
            }
        },
        "/files/{file_id}/content": {
            "get": {
                "operationId": "downloadFile",
                "parameters": [
                    {
                        "name": "file_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The bytes.",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    },
                    "404": {"description": "No such file."},
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Ask": {
                "type": "object",
                "required": ["prompt"],
                "properties": {"prompt": {"type": "string"}, "stream": {"type": "boolean"}},
            },
            "Chat": {
                "type": "object",
                "required": ["text"],
                "properties": {"text": {"type": "string"}},
            },
            "ChatChunk": {
                "type": "object",
                "required": ["delta"],
                "properties": {"delta": {"type": "string"}, "index": {"type": "integer"}},
            },
            "Tick": {
                "type": "object",
                "required": ["n"],
                "properties": {"n": {"type": "integer"}, "label": {"type": "string"}},
            },
            "Record": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            },
        }
    },
}

CHAT_SSE = [
    b'data: {"delta": "Hel',
    b'lo", "index": 0}\r\n\r',  # CRLF, its LF in the next chunk
    b'\n: keep-alive\r\n\r\nevent: chunk\r\nid: 7\r\ndata: {"delta": "caf\xc3',  # mid-é
    b"\xa9 \xe2\x82",  # mid-€
    b'\xac", "index": 1}\n\n',
    b'data: {"delta": "!"}\r\r',
]
LOG_SSE = [b"data: line one\n", b"data: line two\n\nda", b"ta: 3\n\nevent: ping\n\n"]
TICK_SSE = [
    b'event: tick\nid: 1\ndata: {"n": 1}\n',
    b'\nevent: tick\nid: 2\ndata: {"n": 2, "la',
    b'bel": "x"}\n\n',
]
RECORDS = [b'{"id": 1, "name": "a"}\n{"id"', b': 2}\n\n  \n{"id": 3, "name": "\xc3', b'\xa9"}']
TICKS = [b'{"n": 1}\r\n{"n": 2}\r', b"\n"]
DOWNLOAD = random.Random(13).randbytes(8 * 1024 * 1024)
PIECE = 64 * 1024


class Scripts:
    """What the server does per request path; records requests and disconnects."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        self.disconnected = threading.Event()
        self.sent_before_disconnect = 0
        self.reset_after: int | None = None  # /logs: reset the connection after N pieces

    def __call__(self, conn: RawConnection) -> None:
        line = conn.head.split(b"\r\n")[0].decode()
        method, target = line.split(" ")[:2]
        length = int(conn.header("content-length") or 0)
        body = conn._buffer
        while len(body) < length:
            body += conn._recv()
        headers = {k: conn.header(k) or "" for k in ("accept", "content-type")}
        self.requests.append((f"{method} {target}", headers, body[:length]))
        if target == "/chats":
            if json.loads(body[:length]).get("stream"):
                self._chunked(conn, CHAT_SSE, "text/event-stream")
            else:
                data = json.dumps({"text": "Hello"}).encode()
                conn.send(http_response(200, data, [("Content-Type", "application/json")]))
        elif target == "/logs":
            self._chunked(conn, LOG_SSE, "text/event-stream; charset=utf-8")
        elif target == "/events":
            self._endless(conn)
        elif target == "/exports":
            self._chunked(conn, RECORDS, "application/x-ndjson")
        elif target == "/ticks":
            self._chunked(conn, TICKS, "application/jsonl")
        elif target == "/files/big/content":
            pieces = [DOWNLOAD[i : i + PIECE] for i in range(0, len(DOWNLOAD), PIECE)]
            self._chunked(conn, pieces, "application/octet-stream", delay=0)
        else:
            error = json.dumps({"message": "no such file"}).encode()
            conn.send(http_response(404, error, [("Content-Type", "application/json")]))

    def _head(self, conn: RawConnection, content_type: str) -> None:
        conn.send(
            b"HTTP/1.1 200 OK\r\nContent-Type: "
            + content_type.encode()
            + b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        )

    def _chunked(
        self, conn: RawConnection, pieces: list[bytes], content_type: str, delay: float = 0.01
    ) -> None:
        self._head(conn, content_type)
        for count, piece in enumerate(pieces):
            if self.reset_after is not None and count == self.reset_after:
                conn.reset()
                return
            if delay:
                time.sleep(delay)
            conn.send(b"%x\r\n%s\r\n" % (len(piece), piece))
        conn.send(b"0\r\n\r\n")

    def _endless(self, conn: RawConnection) -> None:
        """Ticks every 10 ms, up to 500, until the client goes away."""
        self._head(conn, "text/event-stream")
        for n in range(500):
            event = b'event: tick\nid: %d\ndata: {"n": %d}\n\n' % (n, n)
            try:
                conn.send(b"%x\r\n%s\r\n" % (len(event), event))
            except OSError:
                self.sent_before_disconnect = n
                self.disconnected.set()
                return
            time.sleep(0.01)
        conn.send(b"0\r\n\r\n")


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[RawServer, Scripts]]:
    scripts = Scripts()
    with RawServer(scripts) as raw:
        yield raw, scripts


@pytest.fixture
def scripts(server: tuple[RawServer, Scripts]) -> Scripts:
    scripts = server[1]
    scripts.requests.clear()
    scripts.disconnected.clear()
    scripts.reset_after = None
    return scripts


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, server: tuple[RawServer, Scripts]
) -> tuple[Any, Path]:
    tmp = tmp_path_factory.mktemp("streams")
    spec = json.loads(json.dumps(SPEC))
    spec["servers"] = [{"url": server[0].url}]
    path = tmp / "streamer.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    result = generate(path, package="streamer")
    assert [w.message for w in result.diagnostics.warnings if "overrides" not in w.message] == []
    write(result.files, tmp / "streamer")
    sys.path.insert(0, str(tmp / "streamer"))
    return importlib.import_module("streamer"), tmp / "streamer"


@pytest.fixture
def client(built: tuple[Any, Path]) -> Iterator[Any]:
    with built[0].Streamer(max_retries=0) as c:
        yield c


@pytest.fixture
def aclient(built: tuple[Any, Path]) -> Any:
    return built[0].AsyncStreamer(max_retries=0)


def test_generated_package_is_mypy_strict_clean(built: tuple[Any, Path]) -> None:
    usage = built[1] / "usage_check.py"
    usage.write_text(
        "from streamer import Streamer\n"
        "from streamer.models import ChatChunk, Tick\n"
        "def use(c: Streamer) -> None:\n"
        "    with c.chats.create_stream(prompt='p') as events:\n"
        "        for chunk in events:\n"
        "            delta: str = chunk.delta\n"
        "    for event in c.events.list().iter_events():\n"
        "        n: int = event.data.n\n"
        "    line: str = next(iter(c.logs.list()))\n"
        "    with c.files.content_stream('x') as download:\n"
        "        written: int = download.write_to_file('out.bin')\n"
        "    c.chats.create(prompt='p', stream=True)  # the flag is no argument\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "usage_check.py",
            "streamer",
        ],
        cwd=built[1],
        capture_output=True,
        text=True,
        check=False,
    )
    usage.unlink()
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert errors == [
        'usage_check.py:12: error: Unexpected keyword argument "stream" for "create" of "Chats"'
        "  [call-arg]"
    ], proc.stdout
    assert "Found 1 error in 1 file" in proc.stdout


def test_events_with_a_json_schema_are_typed_models(client: Any, scripts: Scripts) -> None:
    models = importlib.import_module("streamer.models")
    with client.chats.create_stream(prompt="hi") as events:
        chunks = list(events)
    assert chunks == [
        models.ChatChunk(delta="Hello", index=0),
        models.ChatChunk(delta="café €", index=1),
        models.ChatChunk(delta="!"),
    ]
    assert client.chats.create(prompt="hi") == models.Chat(text="Hello")
    (_, s_headers, s_body), (_, w_headers, w_body) = scripts.requests
    assert json.loads(s_body) == {"prompt": "hi", "stream": True}
    assert s_headers["accept"] == "text/event-stream"
    assert json.loads(w_body) == {"prompt": "hi", "stream": False}
    assert w_headers["accept"] == "application/json"


def test_plain_text_events_and_json_lines(client: Any, scripts: Scripts) -> None:
    models = importlib.import_module("streamer.models")
    assert list(client.logs.list()) == ["line one\nline two", "3"]
    assert list(client.exports.list()) == [
        models.Record(id=1, name="a"),
        models.Record(id=2),
        models.Record(id=3, name="é"),
    ]
    assert list(client.ticks.list()) == [models.Tick(n=1), models.Tick(n=2)]
    assert [r[1]["accept"] for r in scripts.requests] == [
        "text/event-stream",
        "application/x-ndjson",
        "application/jsonl",
    ]


def test_breaking_out_of_the_loop_closes_the_connection(client: Any, scripts: Scripts) -> None:
    events = client.events.list()  # still referenced: the loop's own generator is what closes
    for event in events.iter_events():
        if event.data.n == 2:
            break
    assert (event.event, event.id, event.data.n) == ("tick", "2", 2)
    assert scripts.disconnected.wait(5)
    assert scripts.sent_before_disconnect < 100
    assert events.response.is_closed


def test_with_block_closes_the_connection_when_the_body_raises(
    client: Any, scripts: Scripts
) -> None:
    def consume() -> None:
        with client.events.list() as events:
            for tick in events:
                if tick.n == 1:
                    raise KeyError("stop")

    with pytest.raises(KeyError):
        consume()
    assert scripts.disconnected.wait(5)


def test_status_errors_raise_before_iteration(
    client: Any, built: tuple[Any, Path], scripts: Scripts
) -> None:
    with pytest.raises(built[0].NotFoundError) as info:
        client.files.content_stream("missing")
    assert info.value.status_code == 404


def test_a_lost_connection_raises_and_is_not_retried(
    built: tuple[Any, Path], scripts: Scripts
) -> None:
    scripts.reset_after = 1
    with built[0].Streamer(max_retries=3) as retrying:
        stream = retrying.logs.list()
        with pytest.raises(built[0].APIConnectionError):
            list(stream)
    assert len(scripts.requests) == 1


def test_invalid_item_raises_validation_error(
    client: Any, built: tuple[Any, Path], scripts: Scripts
) -> None:
    scripts_ticks = client.exports.list()
    scripts_ticks._item = importlib.import_module("streamer.models").Tick  # records lack `n`
    with pytest.raises(built[0].APIResponseValidationError) as info:
        list(scripts_ticks)
    assert info.value.body == '{"id": 1, "name": "a"}'


def _peak_while(write_it: Callable[[], int]) -> tuple[int, int]:
    tracemalloc.start()
    try:
        written = write_it()
        return written, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_download_to_a_file_keeps_memory_bounded(
    client: Any, scripts: Scripts, tmp_path: Path
) -> None:
    target = tmp_path / "big.bin"
    with client.files.content_stream("big") as download:
        written, peak = _peak_while(lambda: download.write_to_file(target))
    assert written == len(DOWNLOAD) == target.stat().st_size
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(DOWNLOAD).digest()
    assert peak < len(DOWNLOAD) // 8, f"peak {peak} bytes for an 8 MiB body"


async def test_async_streams(aclient: Any, scripts: Scripts, tmp_path: Path) -> None:
    models = importlib.import_module("streamer.models")
    async with aclient:
        async with await aclient.chats.create_stream(prompt="hi") as events:
            chunks = [chunk async for chunk in events]
        assert [c.delta for c in chunks] == ["Hello", "café €", "!"]
        assert [r async for r in await aclient.exports.list()][2] == models.Record(id=3, name="é")
        assert [line async for line in await aclient.logs.list()] == ["line one\nline two", "3"]
        stream = await aclient.events.list()
        async for event in stream.iter_events():
            if event.data.n == 1:
                break
        assert event.event == "tick"
        assert await asyncio.to_thread(scripts.disconnected.wait, 5)
        with pytest.raises(importlib.import_module("streamer").NotFoundError):
            await aclient.files.content_stream("missing")
        target = tmp_path / "big.bin"
        async with await aclient.files.content_stream("big") as download:
            assert await download.write_to_file(target) == len(DOWNLOAD)
        assert target.read_bytes() == DOWNLOAD


def test_raw_response_of_a_stream_parses_to_the_stream(client: Any, scripts: Scripts) -> None:
    raw = client.with_raw_response.logs.list()
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("text/event-stream")
    with raw.parse() as lines:
        assert list(lines) == ["line one\nline two", "3"]

"""A minimal HTTP/1.1 responder on 127.0.0.1 for the per-call benchmark: every request gets the
same fixed ``create_proofread`` reply, on a keep-alive connection (a 400 when the body lacks the
``"type":"url"`` discriminator, so a client that drops it fails the run).

``http.server`` costs more per request than the clients being measured, so this is a bare
``asyncio.start_server`` loop: read the head, read ``Content-Length`` bytes of body, write one
pre-built response. It prints the port it listens on (one line) and serves until killed.

    python bench/server.py [--port 0]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

BODY = b'{"data": {"proofread_ids": ["p1"], "status": "processing"}}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n"
    b"x-request-id: req_bench\r\n"
    b"Connection: keep-alive\r\n"
    b"\r\n" + BODY
)

BAD_REQUEST = (
    b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
    b"Connection: keep-alive\r\n\r\n{}"
)


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:].strip())
                    break
            body = await reader.readexactly(length) if length else b""
            # Both clients must send what the API needs (the discriminator included).
            writer.write(RESPONSE if b'"type":"url"' in body else BAD_REQUEST)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()


async def _main(port: int) -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", port)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(parser.parse_args().port))
    sys.exit(0)

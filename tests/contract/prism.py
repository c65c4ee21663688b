"""The Prism mock server for the contract tests: where it is, starting and stopping it, and
recording what it said about every request.

Prism (`@stoplight/prism-cli`, pinned in package.json, installed into node_modules/ by
`make test`) serves an OpenAPI document on 127.0.0.1. It validates every request against the
document; with `--errors` an invalid request gets the document's 4xx response (or a 422 problem)
instead of a 2xx, and every response that found violations carries them, as JSON, in its
`sl-violations` header. Static mode (no `--dynamic`) answers with the document's examples.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
IN_CI = os.environ.get("CI") == "true"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0

requires_prism = pytest.mark.skipif(
    not PRISM.exists() and not IN_CI,
    reason=f"{PRISM.relative_to(ROOT)} is missing: `make test` installs it (npm ci); CI always runs these",
)


def prism_binary() -> Path:
    """The installed Prism; a failure in CI when it is missing (the module is skipped elsewhere)."""
    if not PRISM.exists():
        pytest.fail(f"{PRISM} is missing; `make test` installs it with `npm ci`")
    return PRISM


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


@contextmanager
def prism_server(spec: Path, log: Path, *, dynamic: bool = False) -> Iterator[str]:
    """Run `prism mock SPEC --errors` on a free 127.0.0.1 port; yield its base URL.

    Responses are the document's examples; with ``dynamic`` they are generated from the response
    schemas instead (seeded, so a run is repeatable), optional members and all.

    The log (Prism's stdout and stderr) goes to ``log`` and is quoted when Prism does not start.
    The process is terminated on exit, and killed if it has not stopped within STOP_TIMEOUT.
    """
    binary = prism_binary()
    port = _free_port()
    command = [str(binary), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port)]
    command += ["--errors", *(["--dynamic", "--seed", "contract"] if dynamic else [])]
    # SCARF_ANALYTICS: one of Prism's dependencies would otherwise try to phone home.
    env = {**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1", "FORCE_COLOR": "0"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _listening(port):
            if process.poll() is not None or time.monotonic() > deadline:
                text = log.read_text(errors="replace")[-4000:]
                state = (
                    f"exited with {process.returncode}"
                    if process.poll() is not None
                    else "timed out"
                )
                pytest.fail(f"Prism did not start ({state}): {' '.join(command)}\n{text}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT)


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request the client sent and what Prism answered, violations decoded."""

    method: str
    url: str
    status: int
    violations: tuple[dict[str, Any], ...]
    headers: dict[str, str]
    content: bytes

    def describe(self) -> str:
        lines = [f"{self.method} {self.url} -> {self.status}"]
        for violation in self.violations:
            where = ".".join(str(part) for part in violation.get("location", []))
            lines.append(
                f"  [{violation.get('severity')}] {where}: {violation.get('message')}"
                f" ({violation.get('code')})"
            )
        return "\n".join(lines)


@dataclass(slots=True)
class Recorder:
    """httpx event hooks that keep every exchange with Prism, for sync and async clients."""

    exchanges: list[Exchange] = field(default_factory=list)

    def _record(self, response: httpx.Response) -> None:
        raw = response.headers.get("sl-violations")
        violations: tuple[dict[str, Any], ...] = tuple(json.loads(raw)) if raw else ()
        request = response.request
        try:
            content = request.content
        except httpx.RequestNotRead:  # a streamed (multipart) body
            content = b""
        self.exchanges.append(
            Exchange(
                request.method,
                str(request.url),
                response.status_code,
                violations,
                {name.lower(): value for name, value in request.headers.items()},
                content,
            )
        )

    def hook(self, response: httpx.Response) -> None:
        self._record(response)

    async def async_hook(self, response: httpx.Response) -> None:
        self._record(response)

    def sync_client(self) -> httpx.Client:
        return httpx.Client(event_hooks={"response": [self.hook]})

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(event_hooks={"response": [self.async_hook]})

    def clear(self) -> None:
        self.exchanges.clear()

    def assert_accepted(self) -> None:
        """Every request got a 2xx from Prism, and Prism found nothing wrong in either direction.

        Request violations are the client's (or the generator's) fault; response violations are
        the document's own (an example that does not match its schema) and are named as such.
        """
        assert self.exchanges, "the client sent no request"
        bad = [e for e in self.exchanges if e.violations or not 200 <= e.status < 300]
        if bad:
            request_side = any(
                v.get("location", [""])[0] == "request" for e in bad for v in e.violations
            )
            kind = (
                "Prism rejected the request"
                if request_side
                else "Prism flagged its own response (the spec's example)"
            )
            pytest.fail(f"{kind}:\n" + "\n".join(e.describe() for e in bad))

"""The README's usage example, and every example of the generated package's README, run as
written against a local server."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from tests.conftest import ROOT, SPEC
from tests.contract.prism import prism_server, requires_prism
from tests.support.fault_server import FaultServer, Reply


def test_readme_usage_example(fault_server: FaultServer) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    example = next(b for b in blocks if "proofreads.create" in b)
    fault_server.script(
        Reply(200, json={"data": {"proofread_ids": ["pr_7"], "status": "processing"}})
    )
    proc = subprocess.run(
        [sys.executable, "-c", example],
        env={
            "HEYGEN_API_KEY": "readme-key",
            "HEYGEN_BASE_URL": fault_server.url,
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['pr_7'] processing"
    (request,) = fault_server.requests
    assert request.headers["x-api-key"] == "readme-key"
    assert request.json["video"] == {"type": "url", "url": "https://example.com/video.mp4"}


def _last(data: object) -> object:
    """``data`` as a last page: ``has_more`` false and no next cursor, at any depth."""
    if isinstance(data, list):
        return [_last(v) for v in data]
    if not isinstance(data, dict):
        return data
    out = {k: _last(v) for k, v in data.items()}
    out.update({k: False for k in out if k == "has_more"})
    out.update({k: None for k in out if k in {"next_cursor", "next_token"}})
    return out


@contextmanager
def _last_pages(upstream: str) -> Iterator[str]:
    """A proxy on 127.0.0.1 in front of ``upstream`` whose list pages are last pages
    (``has_more: false``, no next cursor): the spec's examples all say ``true`` with one
    cursor, and a list example iterates to the end."""

    class Proxy(BaseHTTPRequestHandler):
        def _forward(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
            reply = httpx.request(
                self.command,
                upstream + self.path,
                headers=headers,
                content=self.rfile.read(length),
            )
            body = reply.content
            if reply.headers.get("content-type", "").startswith("application/json"):
                body = json.dumps(_last(reply.json())).encode()
            self.send_response(reply.status_code)
            for key, value in reply.headers.items():
                if key.lower() not in {*_HOP, "content-length", "content-encoding"}:
                    self.send_header(key, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _forward

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


_HOP = {"host", "connection", "transfer-encoding", "keep-alive"}


@requires_prism
def test_package_readme_examples_run_against_a_local_server(tmp_path: Path) -> None:
    """Every example of the generated package's README (a call per resource, errors, paging,
    polling, raw responses) runs as written against Prism serving the product's spec on
    127.0.0.1, which rejects any request the spec does not allow."""
    readme = (ROOT / "generated" / "README.md").read_text(encoding="utf-8")
    sections = {
        part.split("\n", 1)[0]: re.findall(r"```python\n(.*?)```", part, re.S)
        for part in readme.split("\n## ")[1:]
    }
    [calls] = sections["Calls"]
    # a call per resource that has operations, each by its new (path-based) name
    names = json.loads((ROOT / "generated" / ".codegen-manifest.json").read_text())["names"]
    resources = {dotted.rpartition(".")[0] for dotted in names.values()}
    assert {r for r in resources if f"client.{r}." in calls} == resources
    examples = ["Errors", "Paging", "Polling", "Raw responses"]
    script = "\n".join([calls, *(b for title in examples for b in sections[title])])
    assert "client.with_raw_response." in script
    assert ".poll(" in script
    # The one change: the polling example waits a second, not ten minutes, for a job that the
    # spec's example leaves running.
    assert script.count("timeout=600)") == 1
    script = script.replace("timeout=600)", "timeout=1)")
    with prism_server(SPEC, tmp_path / "prism.log") as prism, _last_pages(prism) as url:
        proc = subprocess.run(
            [sys.executable, "-c", script],
            env={"HEYGEN_API_KEY": "readme-key", "HEYGEN_BASE_URL": url, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "200 " in proc.stdout or "201 " in proc.stdout  # the raw response's status line

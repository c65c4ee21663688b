"""The README's usage example runs as written against a local server."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT
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

"""Functional: user scripts calling the committed `heygen` client with strings and dicts, checked
by mypy --strict and pyright (strict) as users' CI and editors run them.

The script written the way users write it (enum values as strings, request objects as dicts,
models where they have one) must type-check with no error; the script with a wrong enum value, a
misspelt key, a missing required key and a wrong value type must be rejected by both checkers,
each error on the line of the mistake.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
GENERATED = ROOT / "generated"

GOOD = """\
from __future__ import annotations

import asyncio

from heygen import AsyncHeyGen, HeyGen
from heygen.models import AssetUrl, VideoTranslationMode
from heygen.params import AssetIdParam, AssetUrlParam

client = HeyGen(api_key="k")
video: AssetUrlParam = {"type": "url", "url": "https://example.com/v.mp4"}
srt: AssetIdParam = {"type": "asset_id", "asset_id": "a1"}

client.video_translations.proofreads.create(
    video={"type": "url", "url": "https://example.com/v.mp4"},
    output_languages=["es", "fr"],
    title="Demo",
    mode="precision",
    srt={"type": "asset_id", "asset_id": "a1"},
)
client.video_translations.proofreads.create(
    video=AssetUrl(url="https://example.com/v.mp4"),
    output_languages=["es"],
    title="Models still work",
    mode=VideoTranslationMode.SPEED,
    srt=srt,
)
client.video_translations.create(video=video, output_languages=["de"], srt_role="input")
client.avatars.create(
    body={"type": "video", "name": "Me", "file": {"type": "url", "url": "https://e.com/f.mp4"}}
)
client.webhooks.endpoints.create(url="https://e.com/hook", events=["video_agent.success"])
client.video_agents.create(
    prompt="A short video",
    orientation="portrait",
    files=[{"type": "base64", "media_type": "image/png", "data": "aGk="}],
)


async def main() -> None:
    async with AsyncHeyGen(api_key="k") as aclient:
        await aclient.lipsyncs.create(
            video={"type": "asset_id", "asset_id": "v1"},
            audio={"type": "url", "url": "https://example.com/a.mp3"},
            mode="speed",
        )


asyncio.run(main())
"""

# Each mistake on a line of its own: (line, what is wrong).
BAD_LINES = {
    8: "an enum value the spec does not have",
    9: "a misspelt key of a request object",
    10: "a required key left out",
    11: "a value of the wrong type",
    12: "a tag that names no member of the union",
    13: "an event name the enum does not have",
}
BAD = """\
from __future__ import annotations

from heygen import HeyGen

client = HeyGen(api_key="k")
V = "https://example.com/v.mp4"
create = client.video_translations.proofreads.create
create(video={"type": "url", "url": V}, output_languages=["es"], title="t", mode="fast")
create(video={"type": "url", "uri": V}, output_languages=["es"], title="t")
client.lipsyncs.create(video={"type": "asset_id"}, audio={"type": "url", "url": V})
client.video_translations.create(video={"type": "url", "url": 5}, output_languages=["es"])
client.avatars.create(body={"type": "selfie", "name": "n", "file": {"type": "url", "url": V}})
client.webhooks.endpoints.create(url=V, events=["video.exploded"])
"""


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("user_scripts")
    (folder / "good.py").write_text(GOOD, encoding="utf-8")
    (folder / "bad.py").write_text(BAD, encoding="utf-8")
    (folder / "pyrightconfig.json").write_text(
        json.dumps(
            {
                "include": ["good.py", "bad.py"],
                "extraPaths": [str(GENERATED)],
                "pythonVersion": "3.11",
                "typeCheckingMode": "strict",
            }
        ),
        encoding="utf-8",
    )
    return folder


def _lines(found: list[tuple[str, int]], name: str) -> set[int]:
    return {line for file, line in found if Path(file).name == name}


def test_the_bad_script_really_is_bad() -> None:
    """Each line named in BAD_LINES is the mistake it says (so the checkers' task is real)."""
    lines = BAD.splitlines()
    marks = {8: '"fast"', 9: '"uri"', 10: '{"type": "asset_id"}', 11: '"url": 5'}
    marks |= {12: '"selfie"', 13: "video.exploded"}
    assert all(mark in lines[n - 1] for n, mark in marks.items())
    assert set(marks) == set(BAD_LINES)
    assert len(lines) == max(BAD_LINES)


def test_mypy_strict_accepts_strings_and_dicts_and_rejects_mistakes(scripts: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--show-error-codes",
            "good.py",
            "bad.py",
        ],
        cwd=scripts,
        env={"MYPYPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    found = []
    for row in proc.stdout.splitlines():
        file, _, rest = row.partition(":")
        line, _, rest = rest.partition(":")
        if line.isdigit() and rest.strip().startswith("error"):
            found.append((file, int(line)))
    assert _lines(found, "good.py") == set(), proc.stdout
    assert _lines(found, "bad.py") == set(BAD_LINES), proc.stdout
    assert proc.returncode == 1


@pytest.mark.skipif(
    not PYRIGHT.exists() and not os.environ.get("CI"), reason="pyright comes with `npm ci`"
)
def test_pyright_accepts_strings_and_dicts_and_rejects_mistakes(scripts: Path) -> None:
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "-p", str(scripts)],
        cwd=scripts,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(proc.stdout)
    found = [
        (d["file"], d["range"]["start"]["line"] + 1)
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    shown = textwrap.indent(
        "\n".join(
            f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
            for d in report["generalDiagnostics"]
        ),
        "  ",
    )
    assert _lines(found, "good.py") == set(), shown
    assert _lines(found, "bad.py") == set(BAD_LINES), shown

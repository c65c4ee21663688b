"""``python -m codegen diff``: Markdown and JSON output, --fail-on-breaking, readable errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

PAIRS = Path(__file__).parent / "pairs"


def _diff(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "diff", *map(str, args)],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def _pair(name: str) -> tuple[Path, Path]:
    return PAIRS / name / "old.yaml", PAIRS / name / "new.yaml"


def test_json_is_the_expected_entries() -> None:
    proc = _diff(*_pair("response_headers"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    expected = yaml.safe_load((PAIRS / "response_headers" / "expected.yaml").read_text())
    assert json.loads(proc.stdout) == expected


def test_markdown_by_default() -> None:
    proc = _diff(*_pair("new_required_field"), "--label-old", "old", "--label-new", "new")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "# API changes: `old` → `new`"
    assert "1 change, 1 breaking." in lines
    assert "## Breaking" in lines
    assert (
        "- `NewPet.age`: added (required, `integer`) — used by `client.pets.create` (`POST /pets`)"
        in lines
    )


def test_a_long_report_is_bounded_and_written_whole(tmp_path: Path) -> None:
    """--max-chars keeps the summary and the breaking entries; --full-report has everything."""
    full = tmp_path / "changelog-full.md"
    args = ("--max-chars", "700", "--full-report", full, "--label-old", "a", "--label-new", "b")
    proc = _diff(*_pair("request_parameters"), *args)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout) <= 700
    assert "_Truncated to fit a comment" in proc.stdout
    assert "`changelog-full.md`" in proc.stdout
    whole = full.read_text(encoding="utf-8")
    assert "## Not breaking" in whole
    assert "## Not breaking" not in proc.stdout
    assert str(tmp_path) not in proc.stdout  # no temporary paths in the comment


def test_fail_on_breaking_exits_1_only_when_something_breaks() -> None:
    assert _diff(*_pair("new_required_field"), "--fail-on-breaking").returncode == 1
    assert _diff(*_pair("new_optional_field"), "--fail-on-breaking").returncode == 0
    assert _diff(*_pair("no_public_change"), "--fail-on-breaking").returncode == 0
    assert _diff(*_pair("new_required_field")).returncode == 0  # reporting alone never fails


def test_a_missing_spec_is_one_readable_error(tmp_path: Path) -> None:
    old, _ = _pair("new_optional_field")
    proc = _diff(old, tmp_path / "nope.yaml")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"error: cannot read the new spec {tmp_path / 'nope.yaml'}: no such file",
        "  at: #",
        "  hint: Check the NEW path.",
    ]


def test_an_invalid_spec_names_which_one_and_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a: [1\n")
    proc = _diff(bad, _pair("new_optional_field")[1])
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: old spec: invalid YAML at line 5")
    assert "Traceback" not in proc.stderr
    swagger = tmp_path / "swagger.yaml"
    swagger.write_text("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n")
    proc = _diff(_pair("new_optional_field")[0], swagger)
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[:2] == [
        "error: new spec: this is a Swagger 2.0 document; only OpenAPI 3.0, 3.1 and 3.2 are supported",
        "  at: swagger.yaml#/swagger",
    ]

"""The command line: generate, --check, and errors as a few readable lines (never a traceback)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SPEC


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=cwd,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_reports_stale_files_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run("generate", "--spec", str(SPEC), "--out", str(out)).returncode == 0
    assert _run("generate", "--spec", str(SPEC), "--out", str(out), "--check").returncode == 0

    client = out / "heygen" / "_client.py"
    client.write_text(client.read_text() + "# edited by hand\n")
    (out / "heygen" / "models" / "__init__.py").unlink()  # the whole API: a models/ package
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    proc = _run("generate", "--spec", str(SPEC), "--out", str(out), "--check")
    assert proc.returncode == 1
    assert "changed: heygen/_client.py" in proc.stdout
    assert "added:   heygen/models/__init__.py" in proc.stdout
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_package_option_names_the_package(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = _run("generate", "--spec", str(SPEC), "--out", str(out), "--package", "hg_sdk")
    assert proc.returncode == 0, proc.stderr
    assert (out / "hg_sdk" / "_client.py").is_file()
    assert not (out / "heygen").exists()


def test_spec_errors_are_short_and_point_into_the_spec(tmp_path: Path) -> None:
    spec = json.loads(SPEC.read_text())
    spec["paths"]["/v3/video-translations/proofreads"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]["$ref"] = "#/components/schemas/Missing"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(spec))
    out = tmp_path / "out"
    shutil.copytree(
        ROOT / "generated", out, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
    )
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    proc = _run("generate", "--spec", str(bad), "--out", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "error: `$ref` target #/components/schemas/Missing does not exist" in proc.stderr
    assert (
        "at: #/paths/~1v3~1video-translations~1proofreads/post/requestBody/content/"
        "application~1json/schema" in proc.stderr
    )
    assert "hint:" in proc.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert _run("generate", "--spec", str(SPEC)).returncode == 2


def test_unchanged_regeneration_stops_early_but_repairs_a_touched_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run("generate", "--spec", str(SPEC), "--out", str(out)).returncode == 0
    client = out / "heygen" / "_client.py"
    original = client.read_text()
    mtime = client.stat().st_mtime_ns
    again = _run("generate", "--spec", str(SPEC), "--out", str(out))
    assert again.returncode == 0
    assert again.stdout.strip() == f"{out} is up to date"
    assert client.stat().st_mtime_ns == mtime
    # A hand edit is not "up to date": the next run puts the generated text back.
    client.write_text(original + "# edited\n")
    repaired = _run("generate", "--spec", str(SPEC), "--out", str(out))
    assert "1 file(s) changed" in repaired.stdout
    assert client.read_text() == original


def test_a_different_overrides_file_is_not_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run("generate", "--spec", str(SPEC), "--out", str(out)).returncode == 0
    overrides = tmp_path / "o.toml"
    overrides.write_text(
        (ROOT / "openapi" / "overrides.toml").read_text().replace('name = "HeyGen"', 'name = "Hg"')
    )
    proc = _run("generate", "--spec", str(SPEC), "--out", str(out), "--overrides", str(overrides))
    assert "file(s) changed" in proc.stdout
    assert "class Hg(" in (out / "heygen" / "_client.py").read_text()


def test_a_spec_without_overrides_warns_that_defaults_are_used(tmp_path: Path) -> None:
    spec = tmp_path / "api.json"
    spec.write_text(SPEC.read_text())
    proc = _run("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert "warning: no overrides file beside the spec: defaults used" in proc.stderr
    # the hint names why every call would return dict[str, Any] and what fixes it
    assert "`[envelope] success = 'data'` is returned as dict[str, Any]" in proc.stderr
    assert "write overrides.toml beside the spec" in proc.stderr
    beside = _run("generate", "--spec", str(SPEC), "--out", str(tmp_path / "out2"))
    assert "no overrides file" not in beside.stderr

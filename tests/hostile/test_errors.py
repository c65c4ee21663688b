"""Every broken case through the real command line: exit 1, exactly the error's few lines on stderr,
no traceback (``--debug`` adds one), and nothing written. Bad usage exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from .expected import ERRORS, WARNINGS, Error
from .support import CASES, case, run_cli


def _params() -> list[object]:
    out = []
    for name, exp in sorted(ERRORS.items()):
        marks = [pytest.mark.xfail(strict=True, reason=exp.xfail)] if exp.xfail else []
        out.append(pytest.param(name, exp, id=name, marks=marks))
    return out


def test_every_case_file_has_an_expected_outcome() -> None:
    from .expected import GENERATES

    files = {p.name for p in CASES.iterdir() if p.is_file()}
    tables = [set(ERRORS), set(WARNINGS), set(GENERATES)]
    assert files == set().union(*tables)
    assert sum(len(t) for t in tables) == len(files)  # one outcome per case
    assert len(files) >= 30


@pytest.mark.parametrize(("name", "exp"), _params())
def test_error_case(name: str, exp: Error, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli("generate", "--spec", str(case(name)), "--out", str(out), cwd=tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    errors = [i for i, line in enumerate(lines) if line.startswith("error: ")]
    assert len(errors) == 1, proc.stderr
    block = lines[errors[0] :]
    message = block[0].removeprefix("error: ")
    if exp.message is not None:
        assert message == exp.message
    for text in exp.contains:
        assert text in message
    assert block[1] == f"  at: {exp.at}"
    if exp.hint is not None:
        assert block[2:] == [f"  hint: {exp.hint}"]
    else:
        assert len(block) == 3
        assert block[2].startswith("  hint: ")
        assert len(block[2]) > len("  hint: ")
    assert not out.exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    spec = case("err_missing_ref.json")
    proc = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "o"), "--debug")
    assert proc.returncode == 1
    assert "Traceback (most recent call last)" in proc.stderr
    assert "CodegenError" in proc.stderr
    assert proc.stderr.rstrip().endswith(
        "  hint: Define it, or point the $ref at an existing component."
    )


def test_a_spec_that_is_not_there(tmp_path: Path) -> None:
    proc = run_cli("generate", "--spec", str(tmp_path / "nope.json"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 3, proc.stderr
    assert lines[0].startswith("error: cannot read ")
    assert str(tmp_path / "nope.json") in lines[0]
    assert lines[1] == "  at: #"
    assert lines[2].startswith("  hint: ")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["generate", "--spec", "x.json"], id="no-out"),
        pytest.param(["generate", "--out", "o"], id="no-spec"),
        pytest.param(["generate", "--spec", "x.json", "--out", "o", "--bogus"], id="unknown-flag"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param([], id="no-command"),
    ],
)
def test_bad_usage_exits_2(args: list[str], tmp_path: Path) -> None:
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("usage: python -m codegen")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_warning_case_generates_and_says_what_it_did(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli("generate", "--spec", str(case(name)), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    want = list(WARNINGS[name].lines)
    start = lines.index(want[0])
    assert lines[start : start + len(want)] == want
    assert (out / ".codegen-manifest.json").is_file()

"""Every broken case through the real command line: exit 1, exactly the error's few lines on stderr,
no traceback (``--debug`` adds one), and nothing written. Bad usage exits 2."""

from __future__ import annotations

import json
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


def _five_mistakes(tmp_path: Path) -> Path:
    """A spec with three validation mistakes and two build mistakes in different operations, plus
    one unsupported request body shared by two operations (the same warning, twice)."""
    ok = {"204": {"description": "none"}}
    odd_body = {"$ref": "#/components/requestBodies/Odd"}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Many", "version": "1"},
        "paths": {
            "/a": {"get": {"operationId": "same", "responses": ok}},
            "/b": {"get": {"operationId": "same", "responses": ok}},
            "/c/{cid}": {"get": {"operationId": "getC", "responses": ok}},
            "/d": {"get": {"operationId": "getD", "responses": ["200"]}},
            "/e": {
                "get": {
                    "operationId": "getE",
                    "parameters": [
                        {"name": "user-id", "in": "query", "schema": {"type": "string"}},
                        {"name": "user_id", "schema": {"type": "string"}},
                    ],
                    "responses": ok,
                }
            },
            "/f": {
                "get": {
                    "operationId": "getF",
                    "parameters": [{"name": "x", "in": "body", "schema": {"type": "string"}}],
                    "responses": ok,
                }
            },
            "/g": {"post": {"operationId": "postG", "requestBody": odd_body, "responses": ok}},
            "/h": {"post": {"operationId": "postH", "requestBody": odd_body, "responses": ok}},
        },
        "components": {
            "requestBodies": {"Odd": {"content": {"application/x-odd": {"schema": {}}}}}
        },
    }
    path = tmp_path / "many.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_every_mistake_is_reported_in_one_run_sorted_by_pointer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli("generate", "--spec", str(_five_mistakes(tmp_path)), "--out", str(out))
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    errors = [(lines[i], lines[i + 1]) for i, ln in enumerate(lines) if ln.startswith("error: ")]
    assert [at for _, at in errors] == [
        "  at: #/paths/~1b/get/operationId",
        "  at: #/paths/~1c~1{cid}/get",
        "  at: #/paths/~1d/get/responses",
        "  at: #/paths/~1e/get/parameters/1",
        "  at: #/paths/~1f/get/parameters/0/in",
    ]
    assert "duplicate operationId 'same'" in errors[0][0]
    assert "{cid} is used in the path but not declared" in errors[1][0]
    assert "`responses` must be an object" in errors[2][0]
    # (a name collision is no mistake since issue 12: it is resolved with a warning)
    assert "`in`" in errors[3][0]
    assert "unknown parameter location 'body'" in errors[4][0]
    # Each error block is its message, its pointer and (where the check gives one) its hint.
    hints = [ln for ln in lines if ln.startswith("  hint: ")]
    assert len(hints) >= 4
    assert not out.exists()


def test_a_warning_met_twice_prints_once(tmp_path: Path) -> None:
    spec = json.loads(_five_mistakes(tmp_path).read_text(encoding="utf-8"))
    spec["paths"] = {k: v for k, v in spec["paths"].items() if k in ("/g", "/h")}
    path = tmp_path / "warn.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    proc = run_cli("generate", "--spec", str(path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    odd = [ln for ln in proc.stderr.splitlines() if "'application/x-odd' is not supported" in ln]
    assert len(odd) == 1, proc.stderr
    assert "  at: #/components/requestBodies/Odd/content/application~1x-odd" in proc.stderr


def test_a_broken_ref_in_one_operation_does_not_hide_the_others(tmp_path: Path) -> None:
    """A `$ref` that leads nowhere used to be found only when the document was bundled, which
    failed the run as a whole; it is now an error of its operation, and the rest still report."""
    ok = {"204": {"description": "none"}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Refs", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "operationId": "postA",
                    "requestBody": {"$ref": "#/components/requestBodies/Missing"},
                    "responses": ok,
                }
            },
            "/b": {
                "get": {
                    "operationId": "getB",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/nowhere"}}},
                        }
                    },
                }
            },
            "/c/{cid}": {"get": {"operationId": "getC", "responses": ok}},
            # `$ref` inside example data is data, not a reference.
            "/d": {
                "get": {
                    "operationId": "getD",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object"},
                                    "example": {"$ref": "#/not/a/reference"},
                                }
                            },
                        }
                    },
                }
            },
        },
    }
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    proc = run_cli("generate", "--spec", str(path), "--out", str(tmp_path / "out"))
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    pointers = [ln for ln in proc.stderr.splitlines() if ln.startswith("  at: ")]
    assert pointers == [
        "  at: #/paths/~1a/post/requestBody",
        "  at: #/paths/~1b/get/responses/200/content/application~1json/schema",
        "  at: #/paths/~1c~1{cid}/get",
    ]

"""Spec text in TOML, and ruff that no generated file can configure (issue 12, item 2.5)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.render.format import RUFF_SETTINGS, format_files
from codegen.render.text import toml_string
from tests.robust.support import generate_spec

NASTY = [
    "ReadMe API \U0001f989",
    'say "hi"',
    "back\\slash \\u0041 \\n",
    "line\nbreak\r\n\ttab",
    "nul\x00 bell\x07 del\x7f esc\x1b",
    "\u2028\u2029\u0085 \ufeff",
    "'''\"\"\"",
    "",
    "# not a comment ] [table]",
]


@pytest.mark.parametrize("text", NASTY)
def test_toml_string_round_trips(text: str) -> None:
    assert tomllib.loads(f"k = {toml_string(text)}\n")["k"] == text


def test_lone_surrogates_become_replacement_characters() -> None:
    for text in ("\ud83e", "a\udd89b", "\ud83e\udd89"):  # the last: a pair never decoded
        value = tomllib.loads(f"k = {toml_string(text)}\n")["k"]
        assert value == text.replace("\ud83e", "\ufffd").replace("\udd89", "\ufffd")
        value.encode("utf-8")


def test_a_generated_pyproject_cannot_configure_or_break_ruff() -> None:
    files = {
        "pyproject.toml": 'description = "\\ud83e\\udd89"\n[tool.ruff]\nline-length = 10\n',
        "ruff.toml": "this is = = not toml",
        "pkg/__init__.py": "import os,sys\nx = {'a':1}\n",
    }
    out = format_files(files)
    assert out["pkg/__init__.py"] == 'import os\nimport sys\n\nx = {"a": 1}\n'
    assert out["pyproject.toml"] == files["pyproject.toml"]


def test_a_ruff_failure_shows_rufs_own_cause() -> None:
    with pytest.raises(CodegenError) as err:
        format_files({"pkg/__init__.py": "def broken(:\n"})
    text = str(err.value)
    assert "ruff format failed" in text
    assert "pkg/__init__.py" in text  # ruff's own message names the file and the error
    assert len(text.splitlines()) > 1


def test_spec_text_lands_in_a_valid_pyproject_with_the_ruff_settings(tmp_path: Path) -> None:
    title = 'Owl \U0001f989 "quoted" \\ back\x00slash\nnew'
    spec = {
        "openapi": "3.0.3",
        "info": {"title": title, "version": '1.0 "\ud83e"'},
        "paths": {},
    }
    out = tmp_path / "out"
    generate_spec(spec, out, "tomlpkg")
    data = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["description"] == title
    assert isinstance(data["project"]["version"], str)
    # The package's own ruff settings are the ones the generator formats it with.
    expected = tomllib.loads(RUFF_SETTINGS)
    ruff = data["tool"]["ruff"]
    assert {k: v for k, v in ruff.items() if k not in ("lint", "extend-exclude")} == {
        k: v for k, v in expected.items() if k != "lint"
    }
    # The one addition: the README is laid out by its template, ruff leaves its code blocks be.
    assert ruff["extend-exclude"] == ["README.md"]
    assert {k: v for k, v in ruff["lint"].items() if k != "isort"} == expected["lint"]
    assert ruff["lint"]["isort"] == {"known-first-party": ["tomlpkg"]}

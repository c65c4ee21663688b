"""codegen.render.text: untrusted spec text made safe for a string literal or a docstring."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen.render.text import clean, docstring_body, first_sentence, literal, paragraphs

NASTY = [
    "",
    "plain",
    "it's",
    'say "hi"',
    "'''",
    '"""',
    '""""',
    'ends with quote"',
    "back\\slash",
    "trailing backslash\\",
    "line\nbreak",
    "carriage\rreturn",
    "tab\there",
    "line\u2028separator\u2029paragraph",
    "nul\x00byte",
    "\x85next line",
    "{braces} and %s",
    'x"""; import os; os.system("rm -rf /"); """ end',
    "emoji 😀 and ñ",
    "\udcff",  # lone surrogate
]


@pytest.mark.parametrize("value", NASTY)
def test_literal_round_trips(value: str) -> None:
    assert ast.literal_eval(literal(value)) == value


@pytest.mark.parametrize("value", [0, -3, 1.5, True, False, None])
def test_literal_scalars(value: object) -> None:
    assert ast.literal_eval(literal(value)) == value  # type: ignore[arg-type]


def test_literal_non_finite_floats() -> None:
    assert literal(float("inf")) == "float('inf')"
    assert literal(float("-inf")) == "float('-inf')"
    assert literal(float("nan")) == "float('nan')"


@given(st.text())
def test_literal_round_trips_any_text(value: str) -> None:
    assert ast.literal_eval(literal(value)) == value


def _docstring_of(body: str) -> str:
    source = 'def f():\n    """' + body + '"""\n'
    tree = ast.parse(source)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef)
    assert len(func.body) == 1  # nothing but the docstring: no code smuggled in
    doc = ast.get_docstring(func, clean=False)
    assert doc is not None
    return doc


@pytest.mark.parametrize("value", [v for v in NASTY if v not in ("\udcff", '"""')])
def test_docstring_body_is_safe(value: str) -> None:
    assert _docstring_of(docstring_body(value)) == clean(value)


# Regression: a final quote after an escaped triple quote used to close the docstring early.
@pytest.mark.parametrize("value", ['"""', 'x"""', 'say """hi"""', 'a\\"""', '\\"'])
def test_docstring_body_text_ending_in_triple_quote(value: str) -> None:
    assert _docstring_of(docstring_body(value)) == clean(value)


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_docstring_body_property(value: str) -> None:
    body = docstring_body(value)
    compile('"""' + body + '"""', "<doc>", "exec")
    assert _docstring_of(body) == clean(value)


def test_clean() -> None:
    assert clean("a\r\nb\rc") == "a\nb\nc"
    assert clean("a\x00b\u2028c\td") == "a b c\td"


def test_paragraphs_wraps_and_keeps_lists() -> None:
    text = "one two three four five six\n\n- item a\n- item b"
    out = paragraphs(text, width=10, indent="  ")
    assert out == ["  one two", "  three", "  four", "  five six", "", "  - item a", "  - item b"]


def test_first_sentence() -> None:
    assert first_sentence("Creates a video. Then more.") == "Creates a video."
    assert first_sentence("No full stop here") == "No full stop here"
    assert first_sentence("  Spread\nover lines!  rest") == "Spread over lines!"

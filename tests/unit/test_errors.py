"""codegen.errors: JSON pointers (RFC 6901) and how errors and warnings are printed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen.errors import (
    CodegenError,
    Diagnostics,
    Warning_,
    child,
    escape_token,
    pointer,
    unescape_token,
)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a/b", "a~1b"),
        ("a~b", "a~0b"),
        ("~1", "~01"),  # the tilde is escaped first, so "~1" does not turn into "/"
        ("/v2/videos/{id}", "~1v2~1videos~1{id}"),
        ("plain", "plain"),
        (3, "3"),
    ],
)
def test_escape_token(raw: str | int, escaped: str) -> None:
    assert escape_token(raw) == escaped


@given(st.text())
def test_escape_round_trips(token: str) -> None:
    assert unescape_token(escape_token(token)) == token
    assert "/" not in escape_token(token)


def test_pointer_and_child() -> None:
    ptr = pointer("paths", "/v2/videos/{id}", "get")
    assert ptr == "#/paths/~1v2~1videos~1{id}/get"
    assert child(ptr, "responses", 200) == "#/paths/~1v2~1videos~1{id}/get/responses/200"
    assert pointer() == "#"
    assert child("#/a", "x~y") == "#/a/x~0y"


def test_render_with_source_and_hint() -> None:
    err = CodegenError("bad thing", pointer="#/paths", hint="fix it", source="spec.yaml")
    assert err.render().splitlines() == [
        "error: bad thing",
        "  at: spec.yaml#/paths",
        "  hint: fix it",
    ]
    assert str(err) == err.render()
    assert err.message == "bad thing"


def test_render_without_source_or_hint() -> None:
    err = CodegenError("oops")
    assert err.render().splitlines() == ["error: oops", "  at: #"]


def test_warning_render() -> None:
    assert Warning_("m", "#/x", "did y").render() == "warning: m\n  at: #/x\n  did: did y"
    assert Warning_("m", "#/x").render() == "warning: m\n  at: #/x"


def test_diagnostics_deduplicate_and_sort() -> None:
    diags = Diagnostics()
    diags.warn("second", "#/b")
    diags.warn("first", "#/a", "did")
    diags.warn("second", "#/b")
    diags.extend([Warning_("first", "#/a", "did")])
    assert len(diags.warnings) == 2
    assert diags.render().splitlines() == [
        "warning: first",
        "  at: #/a",
        "  did: did",
        "warning: second",
        "  at: #/b",
    ]


def test_warnings_inserted_later_take_the_place_they_had_when_recorded() -> None:
    """Diagnostics.insert (a step run in another process): the list, duplicates dropped, is
    what recording the items at that point would have made."""
    from codegen.errors import Diagnostics

    sequential, late = Diagnostics(), Diagnostics()
    for diags in (sequential, late):
        diags.warn("first", "#/a")
    sequential.warn("linted", "#/b")
    sequential.warn("again", "#/c")
    sequential.warn("after", "#/d")
    at = len(late.warnings)
    late.warn("again", "#/c")  # recorded by a later step too: kept where the earlier one was
    late.warn("after", "#/d")
    other = Diagnostics()
    other.warn("linted", "#/b")
    other.warn("again", "#/c")
    late.insert(at, other.warnings)
    assert late.warnings == sequential.warnings
    late.warn("after", "#/d")  # still deduplicated
    assert late.warnings == sequential.warnings

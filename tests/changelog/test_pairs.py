"""The changelog on small before/after spec pairs: each pair's entries and verdicts, exactly.

Each folder of ``pairs/`` holds ``old.yaml``, ``new.yaml`` (and, when the pair is about the
overrides file, ``new-overrides.toml`` for the NEW side) and ``expected.yaml`` (the entries as
``--format json`` prints them; its first line says why the verdicts are what they are). Try one:
``python -m codegen diff tests/changelog/pairs/new_required_field/old.yaml …/new.yaml``.
``UPDATE_GOLDEN=1`` rewrites the expected entries (keeping each first line): review the diff.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.changelog.diff import Change, Kind, diff_files

PAIRS = Path(__file__).parent / "pairs"
NAMES = sorted(p.name for p in PAIRS.iterdir() if p.is_dir())


@cache
def _diff(name: str, old: str = "old.yaml", new: str = "new.yaml") -> tuple[Change, ...]:
    folder = PAIRS / name
    overrides = folder / "new-overrides.toml"
    found = diff_files(
        folder / old,
        folder / new,
        new_overrides=overrides if overrides.is_file() and new == "new.yaml" else None,
        old_overrides=overrides if overrides.is_file() and old == "new.yaml" else None,
    )
    return tuple(found)


def _expected(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((PAIRS / name / "expected.yaml").read_text(encoding="utf-8")) or []
    assert isinstance(data, list)
    return data


@pytest.mark.parametrize("name", NAMES)
def test_pair(name: str) -> None:
    actual = [c.as_dict() for c in _diff(name)]
    path = PAIRS / name / "expected.yaml"
    if os.environ.get("UPDATE_GOLDEN"):
        why = path.read_text(encoding="utf-8").splitlines()[0] if path.is_file() else "# TODO"
        text = yaml.safe_dump(actual, sort_keys=False, allow_unicode=True, width=100)
        path.write_text(f"{why}\n{text if actual else ''}", encoding="utf-8")
    assert actual == (_expected(name) or [])


@pytest.mark.parametrize("name", NAMES)
def test_a_spec_against_itself_has_no_changes(name: str) -> None:
    assert _diff(name, "old.yaml", "old.yaml") == ()


def _verdicts(name: str) -> set[tuple[str, bool]]:
    return {(e["kind"], e["breaking"]) for e in _expected(name) or []}


def _said(name: str) -> list[tuple[str, str, bool]]:
    return [(e["subject"], e["message"], e["breaking"]) for e in _expected(name) or []]


def test_the_issue_verdicts_are_covered() -> None:
    """The cases the issues name, each with the verdict it asks for."""
    assert ("request-field-added", True) in _verdicts("new_required_field")
    assert _verdicts("new_optional_field") == {("request-field-added", False)}
    assert _verdicts("removed_response_field") == {("response-field-removed", True)}
    assert ("request-field-changed", True) in _verdicts("narrowed_request_enum")
    assert _verdicts("widened_response_enum") == {("response-field-changed", False)}
    assert ("response-field-changed", True) in _verdicts("changed_type")
    assert _verdicts("param_optional_to_required") == {("parameter-changed", True)}
    assert _verdicts("removed_operation") == {("operation-removed", True)}
    assert _verdicts("added_operation") == {("operation-added", False)}
    assert ("status-added", False) in _verdicts("new_error_status")
    assert ("response-body-changed", True) in _verdicts("removed_success_content")
    assert _verdicts("no_public_change") == set()
    # Issue 16: the false positives are gone ...
    assert _said("const_enum_appended") == [
        ("Job.status", 'gained the value(s) `"done"` (class `JobStatus`)', False)
    ] or all(not b for _, _, b in _said("const_enum_appended"))
    assert not any("lost" in m for _, m, _ in _said("const_enum_appended"))
    assert all(not b for _, _, b in _said("int_format_widened"))
    assert _verdicts("success_201_to_200") == {("status-changed", False)}
    assert all(not b for _, _, b in _said("kept_method_name"))
    # ... and what users hit first is reported.
    assert ("operation-renamed", True) in _verdicts("renamed_by_override")
    assert ("class-renamed", True) in _verdicts("renamed_by_override")
    assert ("client-renamed", True) in _verdicts("client_renamed")
    assert ("response-field-changed", True) in _verdicts("response_enum_member_removed")
    assert ("class-removed", True) in _verdicts("union_members")
    constraints = _said("constraints")
    assert any("350" in m and b for s, m, b in constraints if s.endswith(".tags"))
    assert any("rejects" in m and not b for s, m, b in constraints if s == "Post.title")
    assert any("100" in m and not b for s, m, b in constraints if s.endswith(".score"))
    [shared] = _expected("shared_parameter")
    assert (len(shared["operations"]), shared["breaking"]) == (2, True)
    kinds = _verdicts("servers_security_deprecated")
    assert {("servers-changed", False), ("security-changed", False), ("deprecated", False)} <= kinds
    used = {kind for name in NAMES for kind, _ in _verdicts(name)}
    assert used == {k.value for k in Kind}, "every kind of entry has a pair"


def test_reversing_a_pair_reverses_additions() -> None:
    """NEW → OLD: the added optional field is a removed one, and that breaks."""
    [change] = _diff("new_optional_field", "new.yaml", "old.yaml")
    assert (change.kind, change.breaking) == (Kind.REQUEST_FIELD_REMOVED, True)
    assert change.spec == "old"

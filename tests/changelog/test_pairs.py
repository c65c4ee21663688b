"""The changelog on small before/after spec pairs: each pair's entries and verdicts, exactly.

Each folder of ``pairs/`` holds ``old.yaml``, ``new.yaml`` and ``expected.yaml`` (the entries as
``--format json`` prints them; its first line says why the verdicts are what they are). Try one:
``python -m codegen diff tests/changelog/pairs/new_required_field/old.yaml …/new.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.changelog.diff import Kind, diff_files

PAIRS = Path(__file__).parent / "pairs"
NAMES = sorted(p.name for p in PAIRS.iterdir() if p.is_dir())


def _expected(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((PAIRS / name / "expected.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


@pytest.mark.parametrize("name", NAMES)
def test_pair(name: str) -> None:
    changes = diff_files(PAIRS / name / "old.yaml", PAIRS / name / "new.yaml")
    assert [c.as_dict() for c in changes] == _expected(name)


@pytest.mark.parametrize("name", NAMES)
def test_a_spec_against_itself_has_no_changes(name: str) -> None:
    for side in ("old.yaml", "new.yaml"):
        assert diff_files(PAIRS / name / side, PAIRS / name / side) == []


def _verdicts(name: str) -> set[tuple[str, bool]]:
    return {(e["kind"], e["breaking"]) for e in _expected(name)}


def test_the_issue_verdicts_are_covered() -> None:
    """The cases the issue names, each with the verdict it asks for."""
    assert ("request-field-added", True) in _verdicts("new_required_field")
    assert _verdicts("new_optional_field") == {("request-field-added", False)}
    assert _verdicts("removed_response_field") == {("response-field-removed", True)}
    assert _verdicts("narrowed_request_enum") == {("request-field-changed", True)}
    assert _verdicts("widened_response_enum") == {("response-field-changed", False)}
    assert _verdicts("changed_type") == {("response-field-changed", True)}
    assert _verdicts("param_optional_to_required") == {("parameter-changed", True)}
    assert _verdicts("removed_operation") == {("operation-removed", True)}
    assert _verdicts("added_operation") == {("operation-added", False)}
    assert _verdicts("renamed_operation_id") == {
        ("operation-renamed", True),
        ("operation-renamed", False),  # listPets → listPetsV2: still `pets.list`
    }
    assert _verdicts("default_changed") == {
        ("parameter-changed", False),
        ("request-field-changed", False),
    }
    assert _verdicts("new_error_status") == {("status-added", False)}
    assert _verdicts("removed_success_content") == {("response-body-changed", True)}
    assert ("response-field-changed", True) in _verdicts("nullable_30")
    assert _verdicts("no_public_change") == set()
    used = {kind for name in NAMES for kind, _ in _verdicts(name)}
    assert len(NAMES) >= 12
    assert used == {k.value for k in Kind}, "every kind of entry has a pair"


def test_reversing_a_pair_reverses_additions() -> None:
    """NEW → OLD: the added optional field is a removed one, and that breaks."""
    pair = PAIRS / "new_optional_field"
    [change] = diff_files(pair / "new.yaml", pair / "old.yaml")
    assert (change.kind, change.breaking) == (Kind.REQUEST_FIELD_REMOVED, True)
    assert change.spec == "old"

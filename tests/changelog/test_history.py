"""The changelog over a real history: nine versions of Apideck's CRM API (``../shared/specs/history``),
each generated in place over the previous one (``bench/history.py``, whose table is in
``bench/HISTORY.md``). Every report fits a pull-request comment, nothing unchanged is renamed, and
none of the false breaking verdicts issue 16 found is back."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from codegen.changelog.diff import Kind
from codegen.changelog.report import COMMENT_LIMIT
from tests.conftest import ROOT, shared_spec

pytestmark = pytest.mark.slow


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_history", ROOT / "bench" / "history.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> list[Any]:
    folder = shared_spec("history/apideck-CHANGELOG.md").parent
    bench = _bench()
    paths = bench.versions(folder)
    assert len(paths) == 9
    found: list[Any] = bench.run(paths)
    return found


def test_every_report_fits_a_comment(results: list[Any]) -> None:
    for r in results:
        assert r.comment_chars <= COMMENT_LIMIT, r.new
        if r.full_chars <= COMMENT_LIMIT:
            assert r.comment_chars == r.full_chars  # nothing is cut that fits


def test_nothing_unchanged_is_renamed(results: list[Any]) -> None:
    for r in results:
        assert r.moved_names == [], r.new
        assert not [c for c in r.changes if c.kind is Kind.OPERATION_RENAMED and c.breaking]


def test_the_known_false_breaking_verdicts_are_gone(results: list[Any]) -> None:
    for r in results:
        breaking = [c for c in r.changes if c.breaking]
        # int32 -> int64 and other formats of one Python type
        assert not [c for c in breaking if "(still `" in c.message], r.new
        # 201 -> 200 with the same body
        assert not [c for c in breaking if c.kind is Kind.STATUS_CHANGED], r.new
        # an optional field made nullable: its annotation was `X | None` already
        assert not [c for c in breaking if "an optional field" in c.message], r.new
        # an enum appended to read as its previous last value removed (oneOf of consts)
        gained = {c.subject for c in r.changes if "gained the value(s)" in c.message}
        assert not [c for c in breaking if "lost the value(s)" in c.message and c.subject in gained]


def _without_version(path: Path) -> Any:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["info"].pop("version", None)
    return doc


def test_identical_versions_have_no_entries(results: list[Any]) -> None:
    identical = 0
    for r in results:
        a, b = (_without_version(shared_spec(f"history/{n}")) for n in (r.old, r.new))
        if a == b:
            identical += 1
            assert r.changes == [], r.new
    assert identical >= 1


def test_shared_changes_are_one_entry(results: list[Any]) -> None:
    """A schema used by many operations is one entry listing them all."""
    for r in results:
        subjects = [(c.subject, c.message) for c in r.changes]
        assert len(subjects) == len(set(subjects)), r.new
    assert any(len(c.operations) > 10 for r in results for c in r.changes)

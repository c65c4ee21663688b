"""The April HeyGen spec against the product's spec (openapi/external-api.json), which is the April
edition with the proofread endpoint of the seed's current edition (tests/support/splice_spec.py).

The expected changelog is derived from the two documents, not hard-coded, so an intended edit of
the proofread endpoint does not break these tests: every header/query parameter, request field and
documented status the current edition adds (or drops) is one entry of the proofread operation, an
addition breaks nothing unless it is required, and no other operation is mentioned.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.changelog.diff import Change, diff_files
from codegen.changelog.report import markdown
from tests.conftest import SPEC, shared_spec

OVERRIDES = SPEC.parent / "overrides.toml"
CALL = "client.video_translations.proofreads.create"

PROOFREADS = "/v3/video-translations/proofreads"
KEY = f"POST {PROOFREADS}"


def _deref(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        for part in node["$ref"].removeprefix("#/").split("/"):
            doc = doc[part]
        node = doc
    return node


def _surface(doc: dict[str, Any]) -> dict[str, dict[str, bool]]:
    """Of the proofread operation: parameters, request fields and statuses, each → required."""
    op = doc["paths"][PROOFREADS]["post"]
    params = {
        f"{p['in']} parameter `{p['name']}`": bool(p.get("required"))
        for p in (_deref(doc, raw) for raw in op.get("parameters") or [])
    }
    body = _deref(doc, op["requestBody"]["content"]["application/json"]["schema"])
    required = set(body.get("required") or [])
    fields = {f"request field `{n}`": n in required for n in body.get("properties") or {}}
    statuses = {f"response {code}": False for code in op["responses"]}
    return {"parameter": params, "request-field": fields, "status": statuses}


@pytest.fixture
def specs() -> tuple[Path, Path]:
    return shared_spec("heygen-external-api-2026-04.json"), SPEC


def _expected(old: Path, new: Path) -> list[tuple[str, bool]]:
    """(what, breaking) for every difference of the two surfaces."""
    before = _surface(json.loads(old.read_text(encoding="utf-8")))
    after = _surface(json.loads(new.read_text(encoding="utf-8")))
    out = []
    for kind in before:
        for name in sorted(after[kind].keys() - before[kind].keys()):
            out.append((f"{kind} {name} added", after[kind][name]))  # breaking when required
        for name in sorted(before[kind].keys() - after[kind].keys()):
            # a dropped parameter or field breaks callers that send it; a dropped error does not
            out.append((f"{kind} {name} removed", kind != "status"))
    return sorted(out)


def _diff(old: Path, new: Path) -> list[Change]:
    # Both editions are generated with the product's overrides, as `make generate` would.
    return diff_files(old, new, old_overrides=OVERRIDES, new_overrides=OVERRIDES)


def _check(old: Path, new: Path) -> list[Change]:
    changes = _diff(old, new)
    expected = _expected(old, new)
    assert expected, "the current edition changes the proofread endpoint"
    assert {op for c in changes for op in c.operations} == {KEY}, "only the proofread operation"
    assert {c.calls for c in changes} == {(CALL,)}
    assert len(changes) == len(expected)
    assert sorted(c.breaking for c in changes) == sorted(b for _, b in expected)
    return changes


def test_the_changelog_is_the_difference_of_the_two_editions(specs: tuple[Path, Path]) -> None:
    changes = _check(*specs)
    subjects = {c.subject for c in changes}
    assert f"{CALL}(idempotency_key=…)" in subjects  # the Idempotency-Key header, by its argument
    assert "CreateProofreadRequest.brand_glossary_id" in subjects  # a field of the body's class


def test_the_way_back_reverses_every_entry(specs: tuple[Path, Path]) -> None:
    old, new = specs
    _check(new, old)


def test_markdown_reads_as_a_pull_request_comment(specs: tuple[Path, Path]) -> None:
    changes = _diff(*specs)
    text = markdown(changes, "april.json", "current.json")
    lines = text.splitlines()
    assert lines[0] == "# API changes: `april.json` → `current.json`"
    assert f"{len(changes)} changes, 0 breaking." in lines
    assert "## Not breaking" in lines
    assert "## Breaking" not in lines
    assert all(f"`{KEY}`" in line for line in lines if line.startswith("- "))

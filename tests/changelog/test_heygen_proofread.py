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

from codegen.changelog.diff import diff_files
from codegen.changelog.report import markdown
from tests.conftest import SPEC, shared_spec

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


def _expected(old: Path, new: Path) -> list[tuple[str, str, bool]]:
    """(kind, the message's subject, breaking) for every difference of the two surfaces."""
    before = _surface(json.loads(old.read_text(encoding="utf-8")))
    after = _surface(json.loads(new.read_text(encoding="utf-8")))
    out = []
    for kind in before:
        for name in sorted(after[kind].keys() - before[kind].keys()):
            out.append((f"{kind}-added", name, after[kind][name]))  # breaking when required
        for name in sorted(before[kind].keys() - after[kind].keys()):
            # a dropped parameter or field breaks callers that send it; a dropped error does not
            out.append((f"{kind}-removed", name, kind != "status"))
    return sorted(out)


def _actual(old: Path, new: Path) -> list[tuple[str, str, bool]]:
    changes = diff_files(old, new)
    assert {c.operation for c in changes} <= {KEY}, "only the proofread operation changed"
    out = []
    for c in changes:
        subject = c.message.split(" added")[0].split(" removed")[0]  # "response 409 added (…)"
        out.append((c.kind.value, subject, c.breaking))
    return sorted(out)


def test_the_changelog_is_the_difference_of_the_two_editions(specs: tuple[Path, Path]) -> None:
    old, new = specs
    expected = _expected(old, new)
    assert expected, "the current edition changes the proofread endpoint"
    assert _actual(old, new) == expected


def test_the_way_back_reverses_every_entry(specs: tuple[Path, Path]) -> None:
    old, new = specs
    assert _actual(new, old) == _expected(new, old)


def test_markdown_reads_as_a_pull_request_comment(specs: tuple[Path, Path]) -> None:
    old, new = specs
    changes = diff_files(old, new)
    breaking = sum(c.breaking for c in changes)
    text = markdown(changes, "april.json", "current.json")
    assert text == (
        "# API changes: `april.json` → `current.json`\n"
        "\n"
        f"{len(changes)} changes, {breaking} breaking.\n"
        "\n"
        f"## `{KEY}`\n"
        "\n"
        + "".join(
            f"- {'breaking' if c.breaking else 'non-breaking'}: {c.message}\n" for c in changes
        )
    )

"""The April HeyGen spec against a copy whose proofread endpoint is the seed's current edition.

The current edition (openapi/external-api.json) adds `brand_glossary_id`, the `Idempotency-Key`
header and the 409 response; the changelog must say exactly that, all three non-breaking, and
nothing about any other operation.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from codegen.changelog.diff import diff_files
from codegen.changelog.report import markdown
from tests.conftest import SPEC, shared_spec

PROOFREADS = "/v3/video-translations/proofreads"
KEY = f"POST {PROOFREADS}"
OP = "#/paths/~1v3~1video-translations~1proofreads/post"


def _with_current_proofread(april: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(april)
    spec["paths"][PROOFREADS]["post"] = current["paths"][PROOFREADS]["post"]
    theirs, ours = current["components"], spec.setdefault("components", {})
    ours["schemas"]["CreateProofreadRequest"] = theirs["schemas"]["CreateProofreadRequest"]
    ours.setdefault("parameters", {})["IdempotencyKey"] = theirs["parameters"]["IdempotencyKey"]
    ours.setdefault("responses", {})["IdempotencyInProgress"] = theirs["responses"][
        "IdempotencyInProgress"
    ]
    return spec


def _specs(tmp_path: Path) -> tuple[Path, Path]:
    april = shared_spec("heygen-external-api-2026-04.json")
    old = json.loads(april.read_text(encoding="utf-8"))
    new = _with_current_proofread(old, json.loads(SPEC.read_text(encoding="utf-8")))
    new_path = tmp_path / "heygen-2026-04-current-proofread.json"
    new_path.write_text(json.dumps(new, indent=2), encoding="utf-8")
    return april, new_path


def test_exactly_the_three_additions(tmp_path: Path) -> None:
    old, new = _specs(tmp_path)
    assert [c.as_dict() for c in diff_files(old, new)] == [
        {
            "kind": "parameter-added",
            "operation": KEY,
            "location": f"new{OP}/parameters/0",
            "message": "header parameter `Idempotency-Key` added (optional, `string`)",
            "breaking": False,
        },
        {
            "kind": "request-field-added",
            "operation": KEY,
            "location": "new#/components/schemas/CreateProofreadRequest/properties/brand_glossary_id",
            "message": "request field `brand_glossary_id` added (optional, `string | null`)",
            "breaking": False,
        },
        {
            "kind": "status-added",
            "operation": KEY,
            "location": f"new{OP}/responses/409",
            "message": "response 409 added (a newly documented error)",
            "breaking": False,
        },
    ]


def test_the_way_back_breaks(tmp_path: Path) -> None:
    """Current → April: dropping the field and the header breaks callers; the 409 does not."""
    old, new = _specs(tmp_path)
    verdicts = [(c.kind.value, c.breaking) for c in diff_files(new, old)]
    assert verdicts == [
        ("parameter-removed", True),
        ("request-field-removed", True),
        ("status-removed", False),
    ]


def test_markdown_reads_as_a_pull_request_comment(tmp_path: Path) -> None:
    old, new = _specs(tmp_path)
    text = markdown(diff_files(old, new), "april.json", "current.json")
    assert text == (
        "# API changes: `april.json` → `current.json`\n"
        "\n"
        "3 changes, 0 breaking.\n"
        "\n"
        f"## `{KEY}`\n"
        "\n"
        "- non-breaking: header parameter `Idempotency-Key` added (optional, `string`)\n"
        "- non-breaking: request field `brand_glossary_id` added (optional, `string | null`)\n"
        "- non-breaking: response 409 added (a newly documented error)\n"
    )

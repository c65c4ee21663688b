"""x-excluded operations stay out of the committed SDK: no method, and no model that only they use."""

from __future__ import annotations

import json
from typing import Any

import heygen.models

from tests.conftest import ROOT, SPEC

NAMES = json.loads((ROOT / "generated" / ".codegen-manifest.json").read_text(encoding="utf-8"))[
    "names"
]


def _schemas(doc: dict[str, Any], roots: list[Any]) -> set[str]:
    """Component schemas reachable from ``roots`` through $ref."""
    found: set[str] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                section, name = ref.removeprefix("#/components/").split("/", 1)
                if section == "schemas" and name not in found:
                    found.add(name)
                todo.append(doc["components"][section][name])
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    return found


def test_excluded_operations_have_no_method_and_no_model_of_their_own() -> None:
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    ops = [
        (f"{m.upper()} {p}", o)
        for p, item in doc["paths"].items()
        for m, o in item.items()
        if isinstance(o, dict)
    ]
    excluded = [(k, o) for k, o in ops if o.get("x-excluded") is True]
    kept = [(k, o) for k, o in ops if o.get("x-excluded") is not True]
    assert excluded, "the spec marks some operations x-excluded"
    assert not {k for k, _ in excluded} & set(NAMES)
    assert {k for k, _ in kept} == set(NAMES)
    only_excluded = _schemas(doc, [o for _, o in excluded]) - _schemas(doc, [o for _, o in kept])
    assert {"LegacyAPIError", "V1APIError"} <= only_excluded
    assert not only_excluded & set(heygen.models.__all__)

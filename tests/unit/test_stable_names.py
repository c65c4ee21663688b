"""Class names and member order stay put across versions of a spec (issue 16, item 4)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.pipeline import generate

REF = "#/components/schemas/"


def _spec(*, inline: bool) -> dict[str, Any]:
    team: dict[str, Any] = {
        "member": {"$ref": REF + "User"},
        "x": {"$ref": REF + "TeamKind"},
        "y": {"$ref": REF + "TeamUser"},
    }
    if inline:  # inline schemas whose natural class names are components' names
        team["kind"] = {"type": "string", "enum": ["a", "b"]}
        team["users"] = {"type": "array", "items": {"type": "object", "properties": {}}}
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": REF + "Team"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/teams": {"get": {"operationId": "listTeams", "responses": {"200": ok}}},
            "/users": {"get": {"operationId": "listUsers", "responses": {"200": ok}}},
        },
        "components": {
            "schemas": {
                "Team": {"type": "object", "properties": team},
                "TeamKind": {"type": "string", "enum": ["x", "y"]},
                "TeamUser": {"type": "object", "properties": {"id": {"type": "integer"}}},
                "User": {"type": "object", "properties": {"id": {"type": "integer"}}},
            }
        },
    }


def _classes(
    tmp: Path, doc: dict[str, Any], locked: dict[str, str] | None = None
) -> dict[str, str]:
    path = tmp / "spec.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = generate(path, inputs_sha256="", published_classes=locked)
    assert result.models is not None
    return dict(result.models.classes)


def test_an_unrelated_inline_schema_leaves_component_class_names_alone(tmp_path: Path) -> None:
    without = _classes(tmp_path, _spec(inline=False))
    with_inline = _classes(tmp_path, _spec(inline=True))
    for ref in (REF + "TeamKind", REF + "TeamUser", REF + "User", REF + "Team"):
        assert with_inline[ref] == without[ref] == ref.rsplit("/", 1)[1]
    # The newcomers get other names, and keep them once published while the spec changes.
    assert with_inline[REF + "Team/properties/kind"] not in without.values()
    again = _classes(tmp_path, _spec(inline=True), locked=with_inline)
    assert again == with_inline


def test_published_class_names_are_kept(tmp_path: Path) -> None:
    first = _classes(tmp_path, _spec(inline=True))
    inline = REF + "Team/properties/kind"
    # A name published earlier (say, by an older generator) wins over the one it would pick.
    locked = {**first, inline: "TeamKindChoice"}
    assert _classes(tmp_path, _spec(inline=True), locked=locked)[inline] == "TeamKindChoice"


def _files(tmp: Path, doc: dict[str, Any]) -> dict[str, str]:
    path = tmp / "spec.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    files = generate(path, inputs_sha256="").files
    manifest = json.loads(files.pop(".codegen-manifest.json"))
    manifest.pop("spec_sha256")
    return {**files, "manifest": json.dumps(manifest, sort_keys=True)}


def test_reordering_paths_and_schemas_gives_the_same_output(tmp_path: Path) -> None:
    doc = _spec(inline=True)
    reordered = {
        **doc,
        "paths": dict(reversed(list(doc["paths"].items()))),
        "components": {"schemas": dict(reversed(list(doc["components"]["schemas"].items())))},
    }
    assert _files(tmp_path, reordered) == _files(tmp_path, doc)

"""OpenAPI 3.1 documents with webhooks, even webhooks only (issue 12, item 2.4)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.pipeline import generate
from tests.conftest import shared_spec
from tests.robust.support import build_all, generate_spec, imported, mypy_strict


def _only_webhooks() -> dict[str, Any]:
    inline = {
        "type": "object",
        "required": ["event"],
        "properties": {"event": {"type": "string"}, "at": {"type": "integer"}},
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hooks", "version": "1"},
        "webhooks": {
            "newPet": {"post": {"requestBody": body, "responses": {"200": {"description": "ok"}}}},
            "pet.deleted": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": inline}}},
                    "responses": {"200": {"description": "ok"}},
                },
                "put": {
                    "requestBody": {"content": {"application/json": {"schema": inline}}},
                    "responses": {"200": {"description": "ok"}},
                },
            },
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer"},
                        "owner": {"$ref": "#/components/schemas/Owner"},
                    },
                },
                "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
            }
        },
    }


def test_a_document_of_only_webhooks_generates_payload_models(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = generate_spec(_only_webhooks(), out, "hooks")
    assert result.api.resources == () or not result.api.resources
    with imported(out, "hooks") as pkg:
        models = importlib.import_module("hooks.models")
        built = set(build_all(models))
        assert {"Pet", "Owner", "PetDeletedWebhook", "PetDeletedPutWebhook"} <= built
        assert "Unused" not in built
        pet = models.Pet.model_validate({"id": 1, "owner": {"name": "Ann"}})
        assert pet.owner.name == "Ann"
        event = models.PetDeletedWebhook.model_validate_json('{"event": "gone", "at": 3}')
        assert (event.event, event.at) == ("gone", 3)
        assert hasattr(pkg, pkg.__all__[0])  # the client class is there, with no resources
    mypy_strict(out, "hooks")


def test_the_corpus_webhooks_spec_generates() -> None:
    result = generate(shared_spec("corpus/oas-3.1-webhooks.json"), package="webhooks")
    models = next(text for rel, text in result.files.items() if rel.endswith("/models.py"))
    assert "class Pet(BaseModel)" in models


def test_a_3_0_document_without_paths_is_still_an_error(tmp_path: Path) -> None:
    spec = _only_webhooks()
    spec["openapi"] = "3.0.3"
    with pytest.raises(CodegenError, match="no `paths` object"):
        generate_spec(spec, tmp_path / "out", "hooks30")


def test_an_inline_payload_named_like_a_component_is_reported(tmp_path: Path) -> None:
    spec = _only_webhooks()
    schemas = spec["components"]["schemas"]
    schemas["PetDeletedWebhook"] = {"type": "string"}
    schemas["Pet"]["properties"]["kind"] = {"$ref": "#/components/schemas/PetDeletedWebhook"}
    result = generate_spec(spec, tmp_path / "out", "hooks2")
    assert any("PetDeletedWebhook" in w.message for w in result.diagnostics.warnings)

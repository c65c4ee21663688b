"""A split ``models/`` package defines every name its models use (issue 12, item 2.3)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from tests.conftest import shared_spec
from tests.robust.support import build_all, generate_spec, imported

PACKAGE = '[client]\nmodels = "package"\n'


@pytest.mark.parametrize(
    "spec",
    [
        "oas-3.0-circular.json",
        "oas-3.0-schema-circular.json",
        "oas-3.0-discriminators.json",
        "oas-3.0-polymorphism.json",
        "apideck-vault.yml",
    ],
)
def test_every_model_of_a_split_package_builds(spec: str, tmp_path: Path) -> None:
    package = "split_" + "".join(c if c.isalnum() else "_" for c in spec.rsplit(".", 1)[0])
    out = tmp_path / "out"
    generate_spec(shared_spec(f"corpus/{spec}"), out, package, overrides=PACKAGE)
    assert (out / package / "models" / "__init__.py").is_file()
    with imported(out, package):
        models = importlib.import_module(f"{package}.models")
        built = build_all(models)  # model_rebuild(force=True): a missing name fails here
        assert built


def test_a_type_alias_the_model_generator_writes_moves_with_its_models(tmp_path: Path) -> None:
    """``additionalProperties`` with a constraint beside properties becomes a module-level
    ``X = TypeAliasType(...)`` that a class refers to; the split used to drop it (webflow's
    spec in APIs.guru's directory: no model could be imported)."""
    assets = {
        "type": "object",
        "properties": {"main": {"type": "string", "pattern": "^a:[0-9]+$"}},
        "additionalProperties": {"type": "string", "pattern": "^a:[0-9]+$"},
    }
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Aliases", "version": "1"},
        "paths": {
            "/assets": {
                "patch": {
                    "operationId": "patchAssets",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Assets"}}
                        }
                    },
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
        "components": {"schemas": {"Assets": assets}},
    }
    out = tmp_path / "out"
    generate_spec(spec, out, "aliases_pkg", overrides=PACKAGE)
    with imported(out, "aliases_pkg"):
        models = importlib.import_module("aliases_pkg.models")
        assert build_all(models)
        assets_model = models.Assets.model_validate({"main": "a:1", "other": "a:2"})
        assert assets_model.model_extra == {"other": "a:2"}

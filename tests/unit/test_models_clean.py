"""codegen.models.generate: models without leftovers — no title that re-spells a name, the
package's config once in the runtime's ``_models.BaseModel`` — and the forward-compatibility rules
still holding for models built on it."""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from codegen.models.generate import generate_models
from codegen.render.package import runtime_files

SCHEMAS: dict[str, Any] = {
    "Asset": {
        "type": "object",
        "title": "Asset",
        "required": ["asset_id", "from"],
        "properties": {
            "asset_id": {"type": "string", "title": "Asset Id"},
            "from": {"type": "string", "title": "From"},
            "videoURL": {"type": "string", "title": "Video URL"},
            "kind": {"type": "string", "title": "What the asset is"},
            "size": {"type": "integer", "title": "Bytes", "description": "Size on disk."},
            "status": {"$ref": "#/components/schemas/Status"},
        },
    },
    "Status": {"type": "string", "enum": ["ready", "failed"]},
    "Open": {
        "type": "object",
        "additionalProperties": True,
        "properties": {"name": {"type": "string", "title": "Name"}},
    },
    "Either": {
        "title": "Either",
        "oneOf": [{"$ref": "#/components/schemas/Asset"}, {"$ref": "#/components/schemas/Open"}],
    },
}


def _doc(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def _field_docs(source: str, cls: str) -> dict[str, str]:
    """Field name → its attribute docstring, in class ``cls``."""
    node = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == cls)
    docs: dict[str, str] = {}
    for stmt, nxt in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(nxt, ast.Expr)
            and isinstance(nxt.value, ast.Constant)
        ):
            docs[stmt.target.id] = inspect.cleandoc(str(nxt.value.value))
    return docs


def test_titles_that_respell_the_name_are_gone_others_join_the_description() -> None:
    source = generate_models(_doc(SCHEMAS)).source
    assert "title=" not in source
    docs = _field_docs(source, "Asset")
    assert not {"asset_id", "from_", "videoURL"} & set(docs)  # re-spelt titles left nothing
    assert docs["kind"] == "What the asset is"  # a title that says something: the docstring
    assert docs["size"] == "Bytes\n\nSize on disk."  # ... or its first paragraph


def test_config_is_said_once_in_the_runtime_base() -> None:
    source = generate_models(_doc(SCHEMAS)).source
    assert "populate_by_name" not in source
    assert "from ._models import BaseModel" in source
    assert "codegen_runtime" not in source
    bases = {
        n.name: [ast.unparse(b) for b in n.bases]
        for n in ast.parse(source).body
        if isinstance(n, ast.ClassDef)
    }
    assert bases["Asset"] == ["BaseModel"]
    assert bases["Open"] == ["BaseModel"]
    # The only config left in a model is what its schema says differently from the base.
    assert source.count("model_config") == 1
    assert "extra='allow'" in source.replace('"', "'")


@pytest.fixture
def package(tmp_path: Path) -> Iterator[ModuleType]:
    pkg = tmp_path / "clean_models_pkg"
    pkg.mkdir()
    for name, text in runtime_files().items():
        (pkg / name).write_text(text, encoding="utf-8")
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "models.py").write_text(generate_models(_doc(SCHEMAS)).source, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module("clean_models_pkg.models")
    finally:
        sys.path.remove(str(tmp_path))
        for mod in [m for m in sys.modules if m.split(".")[0] == "clean_models_pkg"]:
            del sys.modules[mod]


def test_models_on_the_base_keep_the_forward_compatibility_rules(package: ModuleType) -> None:
    parse = importlib.import_module("clean_models_pkg._parse")
    wire = {"asset_id": "a1", "from": "x", "status": "archived", "added_later": 1}
    asset = parse.validate_value(wire, package.Asset, strict=False)
    assert asset.from_ == "x"
    assert asset.status == "archived"  # an unknown enum value parses
    assert not hasattr(asset, "added_later")  # an unknown field is ignored
    with pytest.raises(pydantic.ValidationError):  # strict_response_validation forbids both
        parse.validate_value(wire, package.Asset, strict=True)
    # populate_by_name from the base: the Python name and the wire name both fill a field.
    assert package.Asset(asset_id="a", from_="y").from_ == "y"
    assert package.Asset.model_validate({"asset_id": "a", "from": "z"}).from_ == "z"
    opened = package.Open.model_validate({"name": "n", "extra": 2})
    assert opened.model_extra == {"extra": 2}  # the schema allows extras: kept


def test_an_explicit_nullable_false_keeps_the_optional_field_optional(tmp_path: Path) -> None:
    """`nullable: false` is the default said out loud; it used to make the model generator write
    `a: float = None`, which mypy and pyright reject."""
    doc = {
        "openapi": "3.0.3",
        "components": {
            "schemas": {
                "W": {
                    "type": "object",
                    "properties": {"a": {"type": "number", "nullable": False}},
                }
            }
        },
    }
    source = generate_models(doc).source
    assert "a: float | None = None" in source

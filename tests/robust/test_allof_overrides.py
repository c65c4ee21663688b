"""An ``allOf`` child that redeclares an inherited field type-checks (issue 12: a corpus spec,
ReadMe's, had 38 pyright errors from ``error: str = "X"`` under a base's ``error: str | None``)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pydantic
import pytest

from codegen.models.mend import field_overrides as fix
from tests.robust.support import build_all, generate_spec, imported, mypy_strict

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def _child(ref: str, **props: Any) -> dict[str, Any]:
    return {"allOf": [{"$ref": f"#/components/schemas/{ref}"}, {"properties": props}]}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Overrides", "version": "1"},
    "paths": {
        "/errors": {
            "get": {
                "operationId": "listErrors",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        n.lower(): {"$ref": f"#/components/schemas/{n}"}
                                        for n in ("Numbered", "Narrow", "KeyMissingHere")
                                    },
                                }
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "BaseError": {
                "type": "object",
                "properties": {
                    "error": {"type": "string", "description": "A code."},
                    "status": {"type": "string"},
                    "help": {"type": "string"},
                },
            },
            # drops None only (a default): widened back to `str | None`
            "KeyMissing": _child("BaseError", error={"type": "string", "default": "KEY_MISSING"}),
            # another type: flattened, no longer a BaseError
            "Numbered": _child("BaseError", status={"type": "integer"}),
            # a narrower type (one enum value): flattened too
            "Narrow": _child("BaseError", error={"type": "string", "enum": ["A", "B"]}),
            # a grandchild of a widened class
            "KeyMissingHere": _child("KeyMissing", help={"type": "string", "default": "see"}),
        }
    },
}


def _pyright(path: Path) -> list[str]:
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(proc.stdout)
    return [d["message"] for d in report["generalDiagnostics"] if d["severity"] == "error"]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("overrides") / "out"
    generate_spec(SPEC, out, "overrides_sdk")
    return out


@pytest.mark.skipif(not PYRIGHT.exists(), reason="pyright comes with `npm ci`")
def test_redeclared_fields_pass_pyright(out: Path) -> None:
    assert _pyright(out / "overrides_sdk") == []


def test_redeclared_fields_pass_mypy_strict(out: Path) -> None:
    mypy_strict(out, "overrides_sdk")


def test_widened_keeps_inheritance_default_and_validation(out: Path) -> None:
    with imported(out, "overrides_sdk"):
        models = importlib.import_module("overrides_sdk.models")
        build_all(models)
        missing = models.KeyMissing.model_validate({})
        assert missing.error == "KEY_MISSING"
        assert isinstance(missing, models.BaseError)
        assert isinstance(models.KeyMissingHere.model_validate({}), models.KeyMissing)
        assert models.KeyMissingHere.model_validate({}).help == "see"


def test_flattened_keep_every_field_and_their_types(out: Path) -> None:
    with imported(out, "overrides_sdk"):
        models = importlib.import_module("overrides_sdk.models")
        numbered = models.Numbered.model_validate({"error": "E", "status": 3, "help": "h"})
        assert (numbered.error, numbered.status, numbered.help) == ("E", 3, "h")
        assert not isinstance(numbered, models.BaseError)
        with pytest.raises(pydantic.ValidationError):
            models.Numbered.model_validate({"status": "not a number"})
        narrow = models.Narrow.model_validate({"error": "A", "help": "h"})
        assert narrow.help == "h"
        assert set(models.Narrow.model_fields) == set(models.BaseError.model_fields)


def test_a_module_without_overrides_is_left_byte_for_byte() -> None:
    source = "class A(BaseModel):\n    x: int\n\n\nclass B(A):\n    x: int = 3\n    y: str\n"
    assert fix(source) == source


def test_only_none_dropped_is_widened_in_place() -> None:
    source = (
        "class A(BaseModel):\n    x: Annotated[str | None, Field(max_length=3)] = None\n\n\n"
        'class B(A):\n    x: Annotated[str, Field(max_length=2)] = "ab"\n    """Doc."""\n'
    )
    assert 'x: Annotated[str | None, Field(max_length=2)] = "ab"' in fix(source)


def test_a_property_named_field_leaves_root_models_buildable(tmp_path: Path) -> None:
    """A property named `Field` makes the model generator alias pydantic's `Field`; its root
    models used the plain name anyway, so building them failed (an AWS spec of APIs.guru)."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Fields", "version": "1"},
        "paths": {
            "/sort": {
                "get": {
                    "operationId": "getSort",
                    "parameters": [
                        {
                            "name": "name",
                            "in": "query",
                            "schema": {"$ref": "#/components/schemas/Ratio"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Sort"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Ratio": {"type": "integer", "minimum": 0, "maximum": 100},
                "Name": {"type": "string", "pattern": ".*\\S.*"},
                "Sort": {
                    "type": "object",
                    "properties": {
                        "Field": {"allOf": [{"$ref": "#/components/schemas/Name"}]},
                        "Order": {"type": "string", "maxLength": 4},
                    },
                },
            }
        },
    }
    out = tmp_path / "out"
    generate_spec(spec, out, "fields_sdk")
    with imported(out, "fields_sdk"):
        models = importlib.import_module("fields_sdk.models")
        assert build_all(models)
        sort = models.Sort.model_validate({"Field": "name", "Order": "asc"})
        assert sort.model_dump(by_alias=True, exclude_none=True) == {
            "Field": "name",
            "Order": "asc",
        }
        with pytest.raises(pydantic.ValidationError):
            models.Sort.model_validate({"Field": "   "})
        assert models.Ratio.model_validate(7).root == 7
        with pytest.raises(pydantic.ValidationError):
            models.Ratio.model_validate(101)
    mypy_strict(out, "fields_sdk")

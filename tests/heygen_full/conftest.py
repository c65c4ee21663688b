"""The whole HeyGen API (April 2026 edition), generated once per session into a temp folder."""

from __future__ import annotations

import ast
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import Result, generate
from tests.conftest import ROOT, shared_spec

# The product's own rules: the whole-API tests generate the April edition with them, under a
# package name of their own so that it does not shadow the installed `heygen`.
OVERRIDES = ROOT / "openapi" / "overrides.toml"
PACKAGE = "heygen_full"


@pytest.fixture(scope="session")
def full_spec() -> Path:
    return shared_spec("heygen-external-api-2026-04.json")


@pytest.fixture(scope="session")
def full_result(full_spec: Path) -> Result:
    return generate(full_spec, overrides_path=OVERRIDES, package=PACKAGE)


@pytest.fixture(scope="session")
def full_out(full_result: Result, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("heygen_full") / "out"
    write(full_result.files, out)
    return out


@pytest.fixture(scope="session")
def full_pkg(full_out: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(full_out))
    importlib.invalidate_caches()
    yield importlib.import_module(PACKAGE)
    sys.path.remove(str(full_out))
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]


@pytest.fixture(scope="session")
def spec_doc(full_spec: Path) -> dict[str, Any]:
    return json.loads(full_spec.read_text(encoding="utf-8"))


def manifest_names(out: Path) -> dict[str, str]:
    names = json.loads((out / ".codegen-manifest.json").read_text(encoding="utf-8"))["names"]
    assert isinstance(names, dict)
    return names


def model_classes(out: Path) -> list[str]:
    """Class names of the generated models, in file order: ``models.py``, or the modules of a
    ``models/`` package (over 100 models; HeyGen's whole spec has more)."""
    models = out / PACKAGE / "models"
    paths = sorted(models.glob("_*.py")) if models.is_dir() else [out / PACKAGE / "models.py"]
    return [
        node.name
        for path in paths
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.ClassDef)
    ]

"""Shared test set-up: import paths, the fault server fixture, fresh generations, shared specs."""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from codegen.output.write import write  # noqa: E402
from codegen.pipeline import Result, default_overrides, generate  # noqa: E402
from tests.support.fault_server import fault_server  # noqa: E402

SPEC = ROOT / "openapi" / "external-api.json"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def pytest_configure(config: pytest.Config) -> None:
    """CI compares records; it never rewrites them (that would make every golden test pass)."""
    if UPDATE and os.environ.get("CI"):
        raise pytest.UsageError(
            "UPDATE_GOLDEN=1 refuses to rewrite golden records and snapshots when CI is set; "
            "run `make golden-update` locally and commit the reviewed diff"
        )


__all__ = ["fault_server"]


def shared_spec(name: str) -> Path:
    """A document from ../shared/specs; required in CI, skipped with a reason elsewhere."""
    path = SHARED_SPECS / name
    if not path.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing; CI always has ../shared/specs")
        pytest.skip(f"{path} is not present on this machine")
    return path


@pytest.fixture(scope="session")
def fresh_heygen() -> Result:
    """One in-memory generation of openapi/external-api.json for the whole session."""
    return generate(SPEC, overrides_path=default_overrides(SPEC))


@pytest.fixture
def generated_package(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Generate a spec (a path or a dict) into tmp_path and import the package under ``package``."""
    added: list[str] = []
    names: list[str] = []

    def make(spec: Path | dict[str, Any], package: str, overrides: str | None = None) -> Any:
        if isinstance(spec, dict):
            path = tmp_path / f"{package}.json"
            path.write_text(json.dumps(spec), encoding="utf-8")
            spec = path
        overrides_path = None
        if overrides is not None:
            overrides_path = tmp_path / f"{package}.overrides.toml"
            overrides_path.write_text(overrides, encoding="utf-8")
        out = tmp_path / f"out_{package}"
        result = generate(spec, package=package, overrides_path=overrides_path)
        write(result.files, out)
        sys.path.insert(0, str(out))
        added.append(str(out))
        names.append(package)
        importlib.invalidate_caches()
        return importlib.import_module(package)

    yield make
    for path in added:
        sys.path.remove(path)
    for name in names:
        for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[mod]

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

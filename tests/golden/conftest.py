"""Fresh generations of the golden specs, made once per session and shared by the golden tests.

The golden tree test compares them with the committed records; the behaviour tests import them,
so a generator bug fails a behaviour test before anyone refreshes a record.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import generate

HERE = Path(__file__).resolve().parent
SPECS = sorted(p for p in (HERE / "specs").iterdir() if p.suffix in {".json", ".yaml", ".yml"})
EXPECTED = HERE / "expected"

FreshTree = Callable[[str], Path]


def generate_golden(spec: Path, out: Path) -> None:
    """Generate one golden spec as package ``golden_<stem>``, with its overrides if it has any."""
    overrides = spec.with_suffix(".overrides.toml")
    result = generate(
        spec,
        package=f"golden_{spec.stem}",
        overrides_path=overrides if overrides.is_file() else None,
        inputs_sha256="",  # keeps the trees independent of the generator's own source
    )
    write(result.files, out)


@pytest.fixture(scope="session")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> FreshTree:
    """``fresh_tree(stem)``: the folder holding a fresh generation of that golden spec."""
    root = tmp_path_factory.mktemp("golden-fresh")
    by_stem = {spec.stem: spec for spec in SPECS}
    made: dict[str, Path] = {}

    def tree(stem: str) -> Path:
        if stem not in made:
            out = root / stem
            generate_golden(by_stem[stem], out)
            made[stem] = out
        return made[stem]

    return tree


@pytest.fixture(scope="session")
def golden_package(fresh_tree: FreshTree) -> Callable[[str], Any]:
    """``golden_package(stem)``: ``golden_<stem>`` imported from its fresh generation."""

    def load(stem: str) -> Any:
        tree = str(fresh_tree(stem))
        if tree not in sys.path:
            sys.path.insert(0, tree)
        return importlib.import_module(f"golden_{stem}")

    return load

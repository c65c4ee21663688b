"""Other real documents: GitHub's REST description (1,223 operations) and the petstore (YAML)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.ir import naming
from codegen.output.write import write
from codegen.pipeline import generate
from tests.conftest import shared_spec

GITHUB_OVERRIDES = """
[client]
package = "github"
name = "GitHub"
env_prefix = "GITHUB"
"""


def _generate(spec: Path, out: Path, overrides: str | None, package: str) -> Path:
    path = None
    if overrides:
        path = out.parent / f"{package}.overrides.toml"
        path.write_text(overrides, encoding="utf-8")
    write(generate(spec, package=package, overrides_path=path).files, out)
    return out


def _check(out: Path, package: str, script: str) -> None:
    for args in (
        ["ruff", "check", "--no-cache", "-q", "."],
        ["ruff", "format", "--check", "-q", "--no-cache", "."],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", *args], cwd=out, capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stdout[-3000:]
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", package],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=out, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_petstore_yaml_generates_imports_and_type_checks(tmp_path: Path) -> None:
    out = _generate(shared_spec("petstore-expanded-3.0.yaml"), tmp_path / "out", None, "petstore")
    _check(
        out,
        "petstore",
        "import petstore\n"
        "from petstore.models import Pet, NewPet\n"
        "c = petstore.SwaggerPetstore(base_url='http://127.0.0.1:9')\n"
        "assert callable(c.pets.list) and callable(c.pets.add) and callable(c.pets.delete)\n"
        "assert Pet(id=1, name='x').id == 1\n",
    )


@pytest.mark.slow
def test_github_generates_imports_and_type_checks(tmp_path: Path) -> None:
    spec = shared_spec("github-rest-api-3.0.json")
    out = _generate(spec, tmp_path / "out", GITHUB_OVERRIDES, "github")
    names = json.loads((out / ".codegen-manifest.json").read_text(encoding="utf-8"))["names"]
    assert len(names) == 1223
    _check(
        out,
        "github",
        "import sys, github\n"
        "def loaded():\n"
        "    return {m for m in sys.modules if m.startswith('github.models.')}\n"
        "c = github.GitHub(base_url='http://127.0.0.1:9')\n"
        "assert loaded() == set()\n"
        "assert callable(c.emojis.get) and loaded() == set()\n"
        # Each resource is its own module, imported when its accessor is first read, and a
        # resource module builds no model on import (a call builds the ones it needs).
        "def resources():\n"
        "    return {m for m in sys.modules if m.startswith('github.resources.')}\n"
        "assert callable(c.gists.comments.create)\n"
        "assert 'github.resources.gists.comments' in resources(), resources()\n"
        "assert not any(m.startswith('github.resources.repos') for m in resources())\n"
        "assert loaded() == set(), len(loaded())\n"
        "assert callable(c.repos.pulls.merge)\n"
        "assert 'github.resources.repos.pulls' in resources()\n"
        "assert 'github.resources.repos.actions' not in resources()\n"
        "assert loaded() == set(), len(loaded())\n"
        "from github.models import Repository\n"
        "assert Repository.__module__ == 'github.models._repository'\n"
        "assert 'github.models._repository' in loaded()\n"
        "assert Repository.model_fields['owner'].annotation.__name__ == 'SimpleUser'\n"
        "import github.models as models\n"
        "assert 'Repository' in dir(models) and 'Repository' in models.__all__\n"
        "try:\n"
        "    models.NoSuchModel\n"
        "except AttributeError as exc:\n"
        "    assert 'NoSuchModel' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n"
        "from github.models import *\n"
        "assert len(loaded()) == len(models.__all__) > 1000, len(loaded())\n"
        "assert callable(c.repos.get)\n",
    )
    # No class carries a collision number: a name ending in digits is either the spec's own
    # schema name (webhooks_release_1) or its digit-free stem is not another class.
    doc = json.loads(spec.read_text(encoding="utf-8"))
    own = {naming.pascal(n) for n in doc["components"]["schemas"]}
    # Over 100 models: a models/ package, one private module per model (see codegen.models.split).
    assert not (out / "github" / "models.py").exists()
    classes = {
        n.name
        for path in (out / "github" / "models").glob("_*.py")
        for n in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(n, ast.ClassDef)
    }
    assert len(classes) > 1000
    numbered = sorted(
        c
        for c in classes
        if (m := re.search(r"\d+$", c)) and c not in own and c[: m.start()] in classes
    )
    assert numbered == []

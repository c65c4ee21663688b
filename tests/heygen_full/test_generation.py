"""The whole HeyGen API generates, type-checks, lints, covers every operation and names things well."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from codegen.output.write import write
from codegen.pipeline import generate

from .conftest import OVERRIDES, PACKAGE, manifest_names, model_classes

METHODS = ("get", "put", "post", "delete", "patch")


def _operations(doc: dict[str, Any], *, excluded: bool) -> set[str]:
    return {
        f"{m.upper()} {p}"
        for p, item in doc["paths"].items()
        for m, op in item.items()
        if m in METHODS and bool(op.get("x-excluded")) == excluded
    }


def test_every_non_excluded_operation_is_generated(
    full_out: Path, spec_doc: dict[str, Any]
) -> None:
    names = manifest_names(full_out)
    assert set(names) == _operations(spec_doc, excluded=False)
    assert len(names) == 47
    assert not set(names) & _operations(spec_doc, excluded=True)


def test_excluded_operations_can_be_included(
    full_spec: Path, tmp_path: Path, spec_doc: dict[str, Any]
) -> None:
    out = tmp_path / "all"
    write(
        generate(full_spec, overrides_path=OVERRIDES, package=PACKAGE, include_excluded=True).files,
        out,
    )
    assert set(manifest_names(out)) == _operations(spec_doc, excluded=False) | _operations(
        spec_doc, excluded=True
    )


def test_ruff_and_mypy_strict_pass(full_out: Path) -> None:
    for args in (
        ["ruff", "check", "--no-cache", "."],
        ["ruff", "format", "--check", "--no-cache", "."],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", *args], cwd=full_out, capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", PACKAGE],
        cwd=full_out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout


def test_no_numbered_class_names(full_out: Path, spec_doc: dict[str, Any]) -> None:
    assert (full_out / PACKAGE / "models" / "__init__.py").is_file()  # 119 models: a package
    classes = model_classes(full_out)
    spec_names = set(spec_doc["components"]["schemas"])
    numbered = [c for c in classes if re.search(r"\d$", c) and c not in spec_names]
    assert numbered == []
    assert len(classes) == len(set(classes))


def test_sdk_style_names(full_out: Path) -> None:
    names = manifest_names(full_out)
    assert names["GET /v3/videos"] == "videos.list"
    assert names["GET /v3/videos/{video_id}"] == "videos.get"
    assert names["POST /v3/videos"] == "videos.create"
    assert names["POST /v3/video-translations/proofreads"] == "video_translations.proofreads.create"
    assert names["POST /v3/assets"] == "assets.upload"
    assert not [v for v in names.values() if re.search(r"_v\d+$", v)]


def test_docstrings_carry_docs_links_and_examples(full_out: Path) -> None:
    text = (full_out / PACKAGE / "resources" / "videos.py").read_text(encoding="utf-8")
    assert "Docs: https://docs.heygen.com/reference/list-videos" in text
    assert "for item in client.videos.list():" in text


def _examples(package_dir: Path) -> list[str]:
    found = []
    for path in sorted((package_dir / "resources").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (
            n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("Async")
        ):
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
                doc = ast.get_docstring(fn) or ""
                if "\nExample:\n" in doc:
                    block = doc.split("\nExample:\n", 1)[1]
                    found.append(re.sub(r"(?m)^    ", "", block.strip("\n")))
    return found


def examples_module(package: str, package_dir: Path) -> str:
    examples = _examples(package_dir)
    assert examples
    lines = [
        "import datetime",
        "import decimal",
        "import uuid",
        f"from {package} import {package and 'HeyGen'}",
        f"from {package}.models import *  # noqa: F403",
        "",
        'client = HeyGen(api_key="example")',
    ]
    for i, example in enumerate(examples):
        lines += ["", "", f"def example_{i}() -> None:"]
        lines += ["    " + line if line else "" for line in example.splitlines()]
    return "\n".join(lines) + "\n"


def test_every_operation_has_an_example_that_type_checks(full_out: Path, tmp_path: Path) -> None:
    module = examples_module(PACKAGE, full_out / PACKAGE)
    assert module.count("def example_") == 47  # one per operation
    path = tmp_path / "examples_check.py"
    path.write_text(module, encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--disable-error-code",
            "misc",
            str(path),
        ],
        cwd=full_out,
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(full_out), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stdout + "\n" + module


def test_names_stay_put_when_unrelated_parts_change(full_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(generate(full_spec, overrides_path=OVERRIDES, package=PACKAGE).files, out)
    before_names = manifest_names(out)
    before_models = model_classes(out)
    doc = json.loads(full_spec.read_text(encoding="utf-8"))
    # An unrelated addition: a newer video read operation and a new schema.
    doc["paths"]["/v4/videos/{video_id}"] = {
        "get": {
            **doc["paths"]["/v3/videos/{video_id}"]["get"],
            "operationId": "getVideoV4",
        }
    }
    doc["components"]["schemas"]["Zebra"] = {
        "type": "object",
        "properties": {"z": {"type": "string"}},
    }
    changed = tmp_path / "spec.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    from codegen.output.write import published_names

    write(
        generate(
            changed, overrides_path=OVERRIDES, package=PACKAGE, published_names=published_names(out)
        ).files,
        out,
    )
    after = manifest_names(out)
    assert {k: after[k] for k in before_names} == before_names
    # `get` is published for v3, so the newer one takes its version
    assert after["GET /v4/videos/{video_id}"] == "videos.get_v4"
    assert set(before_models) <= set(model_classes(out))

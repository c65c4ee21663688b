"""Changing one operation changes only its own files; every generated file says it is generated."""

from __future__ import annotations

import json
from pathlib import Path

from codegen.output.write import diff, published_names, write
from codegen.pipeline import generate
from codegen.render.package import RUNTIME_HEADER, runtime_paths

from .conftest import OVERRIDES, PACKAGE

HEADER_PY = "# Generated from the OpenAPI document by codegen; do not edit."


def test_one_field_changes_exactly_its_files(full_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(generate(full_spec, overrides_path=OVERRIDES, package=PACKAGE).files, out)
    doc = json.loads(full_spec.read_text(encoding="utf-8"))
    request = doc["components"]["schemas"]["CreateProofreadRequest"]
    request["properties"]["priority"] = {"type": "integer", "description": "Queue priority"}
    changed_spec = tmp_path / "spec.json"
    changed_spec.write_text(json.dumps(doc), encoding="utf-8")
    result = generate(
        changed_spec,
        overrides_path=OVERRIDES,
        package=PACKAGE,
        published_names=published_names(out),
    )
    change = diff(result.files, out)
    assert change.added == ()
    assert change.removed == ()
    assert set(change.changed) == {
        ".codegen-manifest.json",
        f"{PACKAGE}/api.md",
        f"{PACKAGE}/models/_create_proofread_request.py",  # the changed model's own module
        f"{PACKAGE}/resources/video_translations/proofreads.py",
    }
    # ...and within them, only lines about the new field (plus the manifest's hashes).
    for rel in change.changed:
        if rel.endswith(".json"):
            continue
        old = set((out / rel).read_text(encoding="utf-8").splitlines())
        new = set(result.files[rel].splitlines())
        added = [line for line in new - old if line.strip()]
        assert added, rel
        assert all("priority" in line or "Queue priority" in line for line in added), (rel, added)


def test_every_generated_file_carries_the_never_edit_header(full_out: Path) -> None:
    manifest = json.loads((full_out / ".codegen-manifest.json").read_text(encoding="utf-8"))
    assert {"spec_sha256", "generator", "files"} <= set(manifest)
    runtime = runtime_paths(PACKAGE)
    assert runtime
    for rel in manifest["files"]:
        text = (full_out / rel).read_text(encoding="utf-8")
        if rel in runtime:  # copied, not generated: says so instead
            assert text.startswith(RUNTIME_HEADER), rel
        elif rel.endswith(".py"):
            assert text.startswith(HEADER_PY), rel
        elif rel.endswith(".toml"):
            assert text.startswith("# Generated: do not edit."), rel
        elif rel.endswith(".md"):
            assert text.startswith(
                "<!-- Generated from the OpenAPI document by codegen; do not edit."
            ), rel
        else:
            assert (rel.rsplit("/", 1)[-1], text) == ("py.typed", ""), rel  # PEP 561: stays empty
    # The spec hash and generator version live in the manifest only, not in every file.
    for rel in manifest["files"]:
        assert manifest["spec_sha256"] not in (full_out / rel).read_text(encoding="utf-8")

"""The committed generated/ is exactly what `make generate` produces, and generation is repeatable."""

from __future__ import annotations

import os
import subprocess
import sys

from codegen.output.write import MANIFEST, owned_files
from codegen.pipeline import Result
from tests.conftest import ROOT, SPEC


def test_committed_output_matches_a_fresh_generation(fresh_heygen: Result) -> None:
    out = ROOT / "generated"
    stale = [
        rel
        for rel, text in fresh_heygen.files.items()
        if not (out / rel).is_file() or (out / rel).read_bytes() != text.encode("utf-8")
    ]
    extra = sorted(set(owned_files(out)) - set(fresh_heygen.files))
    assert (stale, extra) == ([], []), (
        f"generated/ is stale (run `make generate`): changed {stale}, no longer produced {extra}"
    )


def test_manifest_lists_every_file_and_the_spec_hash(fresh_heygen: Result) -> None:
    import hashlib
    import json

    manifest = json.loads(fresh_heygen.files[MANIFEST])
    assert manifest["spec_sha256"] == hashlib.sha256(SPEC.read_bytes()).hexdigest()
    assert set(manifest["files"]) == set(fresh_heygen.files) - {MANIFEST}


def test_generation_is_byte_identical_across_runs_dirs_and_hash_seeds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    outputs = []
    for seed, cwd in (("1", ROOT), ("4242", tmp_path)):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run(
            [sys.executable, "-m", "codegen", "generate", "--spec", str(SPEC), "--out", str(out)],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file()
            }
        )
    assert outputs[0] == outputs[1]

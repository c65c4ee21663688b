"""`generate --strict`: warnings become errors, every one listed, the output folder untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Lint Demo", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name", "nmae"],
                "properties": {
                    "name": {"type": "string"},
                    "size": {"type": "interger"},
                    "count": {"type": "integer", "default": "ten"},
                },
            }
        }
    },
}
WARNED = [
    "#/components/schemas/Thing/properties/count/default",
    "#/components/schemas/Thing/properties/size/type",
    "#/components/schemas/Thing/required/1",
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "generate", *args],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def _tree(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _defaults_intended(folder: Path) -> None:
    """An overrides file beside the spec, saying the defaults are meant: without one the run warns
    that defaults were used, which --strict (rightly) turns into an error too."""
    (folder / "overrides.toml").write_text("# The generator's defaults are what this spec wants.\n")


def test_warnings_print_once_each_sorted_and_strict_fails(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC))
    _defaults_intended(tmp_path)
    out = tmp_path / "out"
    loose = _run("--spec", str(spec), "--out", str(out))
    assert loose.returncode == 0, loose.stderr
    at = [line.split("at: ", 1)[1] for line in loose.stderr.splitlines() if "  at: " in line]
    assert at == WARNED  # each once, sorted by pointer
    assert loose.stderr.count("warning: ") == 3
    assert "Traceback" not in loose.stderr

    before = _tree(out)
    strict = _run("--spec", str(spec), "--out", str(out), "--strict")  # inputs unchanged
    assert strict.returncode == 1
    assert [ln.split("at: ", 1)[1] for ln in strict.stderr.splitlines() if "  at: " in ln] == WARNED
    assert strict.stderr.count("error: ") == 3
    assert "hint: " in strict.stderr
    assert "Traceback" not in strict.stderr
    assert _tree(out) == before

    fresh = tmp_path / "fresh"
    assert _run("--spec", str(spec), "--out", str(fresh), "--strict").returncode == 1
    assert not fresh.exists()


def test_strict_passes_a_clean_spec(tmp_path: Path) -> None:
    clean = json.loads(json.dumps(SPEC))
    thing = clean["components"]["schemas"]["Thing"]
    thing["required"] = ["name"]
    thing["properties"]["size"]["type"] = "integer"
    thing["properties"]["count"]["default"] = 10
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(clean))
    _defaults_intended(tmp_path)
    proc = _run("--spec", str(spec), "--out", str(tmp_path / "out"), "--strict")
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr

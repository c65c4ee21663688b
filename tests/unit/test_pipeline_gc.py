"""codegen.pipeline.generate pauses Python's cycle collector while it builds the document, and
always leaves it as it found it: on, off, after a success or after an error."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.models.collector import paused
from codegen.pipeline import generate

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Tiny", "version": "1"},
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
        "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}
    },
}


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_state_is_restored(tmp_path: Path, enabled: bool) -> None:
    good = tmp_path / "spec.json"
    good.write_text(json.dumps(SPEC), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        result = generate(good, package="tiny")
        assert any(path.endswith("models.py") or "/models/" in path for path in result.files)
        assert gc.isenabled() is enabled
        with pytest.raises(CodegenError):
            generate(bad, package="tiny")
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_nothing_stays_frozen_after_a_run(tmp_path: Path) -> None:
    """The bundled document is frozen out of the collector's generations during a run; after
    it, succeeded or failed past that point (``strict`` fails after the build), none of it is."""
    good = tmp_path / "spec.json"
    good.write_text(json.dumps(SPEC), encoding="utf-8")
    assert gc.get_freeze_count() == 0
    generate(good, package="tiny")
    assert gc.get_freeze_count() == 0
    with pytest.raises(CodegenError, match="no overrides file"):
        generate(good, package="tiny", strict=True)
    assert gc.get_freeze_count() == 0
    with paused():  # the run's stretches froze their survivors; a later one does not
        kept = [[i] for i in range(100)]
    assert gc.get_freeze_count() == 0
    assert len(kept) == 100


def test_objects_frozen_by_someone_else_stay_frozen(tmp_path: Path) -> None:
    good = tmp_path / "spec.json"
    good.write_text(json.dumps(SPEC), encoding="utf-8")
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        generate(good, package="tiny")
        # Not thawed, and nothing more frozen (some frozen objects may have been freed).
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()

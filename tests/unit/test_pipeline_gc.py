"""codegen.pipeline.generate pauses Python's cycle collector while it builds the document, and
always leaves it as it found it: on, off, after a success or after an error."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from codegen.errors import CodegenError
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

"""The model stage's draft served from the cache (:mod:`codegen.models.drafts`) is exactly the
draft a full run makes, warnings included.

A small spec is edited step by step where the draft's preparation rewrites schemas: a nullable
member folded deep inside a schema another one reaches through ``$ref``, a pattern translated or
dropped (in a component and in a path item's parameter, whose warnings are kept per path item),
annotations nested past what Python can spell in a referenced schema, a schema that refers into
``paths`` (so the engine reads the path items). After each edit a regeneration into the previous
output equals a generation without any cache, file for file and warning for warning; an edit
that reaches no schema (an operation's description) is served from the stored draft.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codegen.models import drafts
from codegen.output.cache import CACHE_DIR, Cache
from codegen.output.write import published_classes, published_names, write
from codegen.pipeline import Result, generate
from codegen.spec import units

Doc = dict[str, Any]
S = "#/components/schemas/"


def _nested(depth: int) -> Doc:
    schema: Doc = {"type": "string"}
    for _ in range(depth):
        schema = {"type": "array", "items": schema}
    return schema


def _json(schema: Doc, description: str = "It.") -> Doc:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _spec() -> Doc:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Drafts", "version": "1"},
        "paths": {
            "/things/{thing_id}": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["Things"],
                    "description": "One thing.",
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "pattern": "^[\\w-:]+$"},
                        }
                    ],
                    "responses": {"200": _json({"$ref": S + "Outer"})},
                }
            },
            "/others": {
                "get": {
                    "operationId": "listOthers",
                    "tags": ["Things"],
                    "description": "The others.",
                    "responses": {
                        "200": _json({"type": "object", "properties": {"name": {"type": "string"}}})
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Outer": {
                    "type": "object",
                    "properties": {
                        "inner": {"$ref": S + "Inner"},
                        "grid": {"$ref": S + "Grid"},
                        "code": {"$ref": S + "Code"},
                    },
                },
                "Inner": {
                    "type": "object",
                    "properties": {
                        "leaf": {
                            "type": "object",
                            "properties": {"value": {"type": "string", "maxLength": 8}},
                        }
                    },
                },
                "Grid": {"type": "object", "properties": {"cells": _nested(30)}},
                "Code": {"type": "string", "pattern": "^[a-z]{2}$"},
            }
        },
    }


def _describe_operation(doc: Doc) -> None:
    doc["paths"]["/others"]["get"]["description"] = "The others, edited."


def _nullable_deep(doc: Doc) -> None:
    leaf = doc["components"]["schemas"]["Inner"]["properties"]["leaf"]
    leaf["properties"]["value"] = {"anyOf": [{"type": "string", "maxLength": 8}, {"type": "null"}]}


def _pattern_dropped(doc: Doc) -> None:
    doc["components"]["schemas"]["Code"]["pattern"] = "^(?=[a-z])[a-z]{2}$"


def _pattern_translated(doc: Doc) -> None:
    doc["components"]["schemas"]["Code"]["pattern"] = "^[\\w-.]{2}$"


def _path_pattern_dropped(doc: Doc) -> None:
    param = doc["paths"]["/things/{thing_id}"]["get"]["parameters"][0]
    param["schema"]["pattern"] = "^(?!x)\\w+$"


def _deeper_grid(doc: Doc) -> None:
    doc["components"]["schemas"]["Grid"]["properties"]["cells"] = _nested(45)


def _shallower_grid(doc: Doc) -> None:
    doc["components"]["schemas"]["Grid"]["properties"]["cells"] = _nested(12)


def _refer_into_paths(doc: Doc) -> None:
    """A schema reached through an operation's inline schema: the engine reads the path items."""
    at = "#/paths/~1others/get/responses/200/content/application~1json/schema"
    doc["components"]["schemas"]["Outer"]["properties"]["other"] = {"$ref": at}


def _retype_path_schema(doc: Doc) -> None:
    """Only the path item changes, and a model follows it (through the reference above)."""
    schema = doc["paths"]["/others"]["get"]["responses"]["200"]["content"]["application/json"]
    schema["schema"]["properties"]["name"] = {"type": ["string", "null"], "pattern": "(?<=a)b"}


# Each edit, and whether the draft of the run before it may serve it.
EDITS: list[tuple[Callable[[Doc], None], bool]] = [
    (_describe_operation, True),
    (_nullable_deep, False),
    (_pattern_dropped, False),
    (_pattern_translated, False),
    (_path_pattern_dropped, True),
    (_deeper_grid, False),
    (_shallower_grid, False),
    (_describe_operation, True),  # (the same edit again: no change at all)
    (_refer_into_paths, False),
    (_retype_path_schema, False),
]


def _generate(spec: Path, out: Path, cached: bool) -> Result:
    return generate(
        spec,
        published_names=published_names(out),
        published_classes=published_classes(out),
        inputs_sha256="",
        cache_dir=out / CACHE_DIR if cached else None,
    )


def _drafts(result: Result) -> dict[str, bytes]:
    """The stored draft (a draft made again under the same name, for other path items that
    the engine read, has other contents)."""
    return {
        n: entry
        for n, entry in result.cache.items()
        if n.startswith("draft-") and not n.startswith("draft-paths")
    }


def _write(doc: Doc, folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_each_edit_drafts_like_a_full_run(tmp_path: Path) -> None:
    doc = _spec()
    out = tmp_path / "out"
    first = _generate(_write(doc, tmp_path, "spec.json"), out, cached=False)
    write(first.files, out, cache=first.cache)
    before = _drafts(first)
    assert len(before) == 1
    seen: list[str] = []
    for i, (edit, served) in enumerate(EDITS):
        edit(doc)
        spec = _write(doc, tmp_path, f"{i}-{edit.__name__}.json")
        full = _generate(spec, out, cached=False)
        incremental = _generate(spec, out, cached=True)
        assert incremental.files == full.files, edit.__name__
        shown = [w.render() for w in incremental.diagnostics.warnings]
        assert shown == [w.render() for w in full.diagnostics.warnings], edit.__name__
        assert (_drafts(incremental) == before) == served, edit.__name__
        seen += shown
        before = _drafts(incremental)
        write(incremental.files, out, cache=incremental.cache)
    # The edits did reach the passes they are about.
    assert any(f"{S}Code/pattern" in w and "(?=" in w for w in seen)
    assert any("~1things~1{thing_id}/get/parameters/0/schema/pattern" in w for w in seen)
    assert any(f"{S}Grid/properties/cells" in w and "nested" in w for w in seen)
    assert any("~1others/get/responses/200" in w and "(?<=" in w for w in seen)
    assert "value: str | None" in "".join(incremental.files.values())


def _parsed(doc: Doc) -> Doc:
    parsed: Doc = json.loads(json.dumps(doc))
    return parsed


def test_the_document_digest_follows_every_unit_and_the_rest() -> None:
    """Two documents share a digest only when they are the same, the path items apart (each
    document parsed from its text, as a run reads it: marshal's form, and so a digest, also
    follows which values are shared)."""
    doc = _spec()
    base = drafts.document_digest(_parsed(doc), Cache(None))
    assert base is not None
    assert set(base.paths) == set(doc["paths"])
    for change in (
        lambda d: d["components"]["schemas"]["Code"].update(pattern="x"),
        lambda d: d["info"].update(title="Other"),
        lambda d: d.update(webhooks={"w": {"post": {}}}),
        lambda d: d["components"].update(examples={}),
        lambda d: d["components"]["schemas"].update(Code=1),
        lambda d: d["components"]["schemas"].update(Code=1.0),
        lambda d: d["components"]["schemas"].update(Code=True),
    ):
        other = copy.deepcopy(doc)
        change(other)
        found = drafts.document_digest(_parsed(other), Cache(None))
        assert found is not None
        assert found.rest != base.rest
    moved = copy.deepcopy(doc)
    _describe_operation(moved)
    found = drafts.document_digest(_parsed(moved), Cache(None))
    assert found is not None
    assert found.rest == base.rest
    assert found.paths != base.paths
    assert found.of_paths() != base.of_paths()
    # A unit marshal cannot write has no digest, and the document none either.
    odd = copy.deepcopy(doc)
    odd["components"]["schemas"]["Code"]["x-odd"] = object()
    assert units.index(Cache(None)).entry(odd["components"]["schemas"]["Code"])[0] is None
    assert drafts.document_digest(odd, Cache(None)) is None

"""The build's cached work (:mod:`codegen.build.example_names`) gives exactly a fresh build's IR.

An argument without an example borrows one the spec shows for its wire name elsewhere; which one
it borrows depends on units the operation does not reach through its own text. A chain of
edits changes only those other units (the lender's example, an earlier lender added, its example
retyped so it no longer fits, both removed), and after each the regeneration that reads the
previous output's cache must equal a generation without it, byte for byte and warning for
warning, and show the example the edit called for.
"""

from __future__ import annotations

import json
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codegen.build.example_names import examples_by_name, indexed_examples_by_name
from codegen.output.cache import CACHE_DIR, Cache
from codegen.output.write import published_classes, published_names, write
from codegen.pipeline import Result, generate
from codegen.spec import units
from tests.test_incremental import _write_spec

Doc = dict[str, Any]
_LENDER = "#/components/schemas/Lender"


def _spec() -> Doc:
    param = {"name": "inc_borrowed", "in": "query", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Inc", "version": "1"},
        "paths": {
            "/borrowers": {
                "get": {
                    "operationId": "listBorrowers",
                    "parameters": [param],
                    "responses": {"200": _returns(_LENDER)},
                }
            }
        },
        "components": {
            "schemas": {
                "Lender": {
                    "type": "object",
                    "properties": {"inc_borrowed": {"type": "string", "example": "first"}},
                }
            }
        },
    }


def _returns(ref: str) -> Doc:
    return {"description": "ok", "content": {"application/json": {"schema": {"$ref": ref}}}}


def _lend_another(doc: Doc) -> None:
    doc["components"]["schemas"]["Lender"]["properties"]["inc_borrowed"]["example"] = "second"


def _add_earlier_lender(doc: Doc) -> None:
    """A schema before Lender in document order shows another example for the name."""
    schemas = doc["components"]["schemas"]
    early = {"type": "object", "properties": {"inc_borrowed": {"type": "string", "example": "0th"}}}
    doc["components"]["schemas"] = {"AaaEarly": early, **schemas}
    doc["paths"]["/earlies"] = {
        "get": {
            "operationId": "listEarlies",
            "responses": {"200": _returns("#/components/schemas/AaaEarly")},
        }
    }


def _retype_earlier(doc: Doc) -> None:
    """Its example is a number now: it does not fit the string argument, Lender's does."""
    doc["components"]["schemas"]["AaaEarly"]["properties"]["inc_borrowed"]["example"] = 7


def _drop_examples(doc: Doc) -> None:
    for name in ("AaaEarly", "Lender"):
        del doc["components"]["schemas"][name]["properties"]["inc_borrowed"]["example"]


def _lend_from_an_extension(doc: Doc) -> None:
    """A vendor extension at the top level (no unit) shows one: the walk enters it too."""
    doc["x-lenders"] = {"properties": {"inc_borrowed": {"type": "string", "example": "ext"}}}


def _edit_the_extension(doc: Doc) -> None:
    doc["x-lenders"]["properties"]["inc_borrowed"]["example"] = "ext2"


EDITS: list[tuple[Callable[[Doc], None], str]] = [
    (_lend_another, "'second'"),
    (_add_earlier_lender, "'0th'"),
    (_retype_earlier, "'second'"),
    (_drop_examples, "'string'"),
    (_lend_from_an_extension, "'ext'"),
    (_edit_the_extension, "'ext2'"),
]


def _generate(spec: Path, out: Path, *, cached: bool) -> Result:
    """As :func:`tests.test_incremental._generate`, without HeyGen's overrides file."""
    return generate(
        spec,
        published_names=published_names(out),
        published_classes=published_classes(out),
        inputs_sha256="",
        cache_dir=out / CACHE_DIR if cached else None,
    )


def test_a_borrowed_example_follows_the_unit_it_comes_from(tmp_path: Path) -> None:
    doc = _spec()
    out = tmp_path / "out"
    first = _generate(_write_spec(doc, tmp_path, "spec.json"), out, cached=True)
    assert "inc_borrowed='first'" in first.files["README.md"]
    write(first.files, out, cache=first.cache)
    for edit, shown in EDITS:
        edit(doc)
        spec = _write_spec(doc, tmp_path, f"{edit.__name__}.json")
        full = _generate(spec, out, cached=False)
        incremental = _generate(spec, out, cached=True)
        assert "example-names" in incremental.cache, edit.__name__
        assert incremental.files == full.files, edit.__name__
        assert [w.render() for w in incremental.diagnostics.warnings] == [
            w.render() for w in full.diagnostics.warnings
        ], edit.__name__
        assert f"inc_borrowed={shown}" in incremental.files["README.md"], edit.__name__
        write(incremental.files, out, cache=incremental.cache)


def _indexed(doc: Doc, folder: Path | None) -> tuple[dict[str, tuple[Any, ...]], Cache]:
    cache = Cache(folder)
    index = units.index(cache)
    for _, node in index.units(doc):  # (as the lint step does before the build)
        index.entry(node)
    return indexed_examples_by_name(doc, cache), cache


def _kept(cache: Cache, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for name, raw in cache.collected().items():
        (folder / name).write_bytes(raw)


def _odd_spec() -> Doc:
    doc = _spec()
    _add_earlier_lender(doc)
    props = doc["components"]["schemas"]["Lender"]["properties"]
    props["odd"] = {"example": {1: "one"}}
    props["flags"] = {"examples": [True, 1, 1.0]}
    _lend_from_an_extension(doc)
    return doc


def test_the_index_is_the_walk_of_the_whole_document(tmp_path: Path) -> None:
    """With or without the cache, read back or written, the index is the whole walk's, in its
    order, types kept; a share JSON cannot give back exactly (a number as a key, from YAML) is
    walked again instead of stored."""
    # (Each run has its own document, as a new run loads it: a unit's digest is that of its
    # marshal form, which changes with what else holds its values.)
    folder = tmp_path / "cache"
    cold, cache = _indexed(_odd_spec(), None)
    _kept(cache, folder)
    warm, cache = _indexed(_odd_spec(), folder)
    expected = examples_by_name(_odd_spec())
    assert expected["inc_borrowed"] == ("0th", "first", "ext")
    assert [type(v) for v in expected["flags"]] == [bool, int, float]
    for found in (cold, warm):
        assert list(found) == list(expected)
        assert {k: [(type(v), v) for v in vs] for k, vs in found.items()} == {
            k: [(type(v), v) for v in vs] for k, vs in expected.items()
        }
    table = marshal.loads(cache.get("example-names") or marshal.dumps({"units": {}}))["units"]
    # The two path items, AaaEarly, info and x-lenders; not Lender (`odd` has an int key).
    assert len(table) == 5
    assert all("odd" not in json.dumps(v) for v in table.values())

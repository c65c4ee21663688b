"""codegen.models.batches: the schemas cut into independent groups, modelled per batch, merged."""

from __future__ import annotations

import ast
import copy
import json
import re
from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.models import batches, merging
from codegen.models.engine import run_engine, run_texts
from codegen.models.generate import generate_models
from codegen.output.cache import Cache

Doc = dict[str, Any]
S = "#/components/schemas/"


def _filler(n: int) -> dict[str, Any]:
    return {
        f"Thing{i:03d}": {
            "type": "object",
            "description": f"Thing number {i}.",
            "properties": {
                "id": {"type": "integer"},
                "label": {"type": "string", "maxLength": 10},
                "kind": {"type": "string", "enum": ["small", "large"]},
            },
            "required": ["id"],
        }
        for i in range(n)
    }


def _doc(extra: dict[str, Any] | None = None, n: int = batches.INTERLEAVED_FROM) -> Doc:
    schemas = _filler(n)
    schemas |= {
        # one group through a discriminator: a mapping value may be a bare schema name
        "Pet": {
            "oneOf": [{"$ref": S + "Cat"}, {"$ref": S + "Dog"}],
            "discriminator": {
                "propertyName": "pet_type",
                "mapping": {"cat": "Cat", "dog": S + "Dog"},
            },
        },
        "Cat": {"type": "object", "properties": {"pet_type": {"type": "string"}}},
        "Dog": {"type": "object", "properties": {"pet_type": {"type": "string"}}},
        "Bird": {"type": "object", "properties": {"pet_type": {"type": "string"}}},
        "Perch": {
            "type": "object",
            "properties": {"pet_type": {"type": "string"}},
            "discriminator": {"propertyName": "pet_type", "mapping": {"bird": "Bird"}},
        },
        "Owner": {"type": "object", "properties": {"pet": {"$ref": S + "Pet"}}},
        # a reference into another schema, and one to a parameter
        "Nest": {"type": "object", "properties": {"egg": {"$ref": S + "Egg/properties/size"}}},
        "Egg": {"type": "object", "properties": {"size": {"type": "integer"}}},
        "Café": {"type": "string", "enum": ["open", "closed"]},
        "Menu": {"type": "object", "properties": {"at": {"$ref": S + "Café"}}},
        "Paged": {
            "type": "object",
            "properties": {"limit": {"$ref": "#/components/parameters/Limit/schema"}},
        },
    }
    schemas |= extra or {}
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Batches", "version": "1"},
        "components": {"schemas": schemas, "parameters": {"Limit": limit}},
    }


def _defs(source: str) -> dict[str, str]:
    """Each top-level class's text, by name."""
    lines = source.split("\n")
    return {
        n.name: "\n".join(lines[n.lineno - 1 : n.end_lineno])
        for n in ast.parse(source).body
        if isinstance(n, ast.ClassDef)
    }


def test_groups_follow_every_kind_of_reference() -> None:
    cut = batches.plan(_doc())
    assert cut is not None
    assert len(cut.texts) > 1
    group = cut.group_of
    assert group[("schemas", "Pet")] == group[("schemas", "Cat")] == group[("schemas", "Dog")]
    assert group[("schemas", "Owner")] == group[("schemas", "Pet")]
    assert group[("schemas", "Bird")] != group[("schemas", "Pet")]
    assert group[("schemas", "Perch")] == group[("schemas", "Bird")]  # by its bare name only
    assert group[("schemas", "Nest")] == group[("schemas", "Egg")]
    assert group[("schemas", "Paged")] == group[("parameters", "Limit")]
    assert group[("schemas", "Menu")] == group[("schemas", "Café")]  # \u-escaped in the JSON
    # every schema is in exactly one batch, each batch a document of its own
    seen = [name for text in cut.texts for name in json.loads(text)["components"]["schemas"]]
    assert sorted(seen) == sorted(_doc()["components"]["schemas"])
    pet = [json.loads(t)["components"]["schemas"] for t in cut.texts if '"Pet"' in t]
    assert len(pet) == 1
    assert {"Pet", "Cat", "Dog", "Owner"} <= set(pet[0])


def test_the_batching_depends_on_the_document_only() -> None:
    """Adding a schema moves no other group to another batch (the buckets are by name)."""
    before = batches.plan(_doc())
    after = batches.plan(
        _doc({"Zebra": {"type": "object", "properties": {"z": {"type": "string"}}}})
    )
    assert before is not None
    assert after is not None
    unchanged = [t for t in after.texts if '"Zebra"' not in t]
    assert len(unchanged) == len(before.texts) - 1
    assert set(unchanged) <= set(before.texts)


@pytest.mark.parametrize(
    "odd",
    [
        {"Away": {"$ref": "#/paths/~1things/get/responses/200/content/application~1json/schema"}},
        {"Based": {"$id": "https://example.com/based", "type": "string"}},
        {"Remote": {"$ref": "https://example.com/schemas/remote.json"}},
        {"Encoded": {"$ref": "#/components/schemas/Thing%20000"}},
    ],
)
def test_a_reference_the_cut_cannot_follow_keeps_the_document_whole(odd: dict[str, Any]) -> None:
    assert batches.plan(_doc(odd)) is None


def test_a_small_document_is_modelled_in_one_run() -> None:
    assert batches.plan(_doc(n=3)) is None


def test_the_merged_module_has_the_classes_and_metadata_of_one_run() -> None:
    doc = _doc()
    whole_source, whole_meta = run_engine(copy.deepcopy(doc), {})
    cut = batches.plan(doc)
    assert cut is not None
    outputs = run_texts(cut.texts, [{}] * len(cut.texts))
    merged = merging.merge(cut, outputs)
    assert merged is not None
    source, meta = merged
    assert _defs(source) == _defs(whole_source)
    key = json.dumps
    assert sorted(map(key, meta["models"])) == sorted(map(key, whole_meta["models"]))
    # the order of the metadata is the order of the module
    assert [m["class_name"] for m in meta["models"]] == list(_defs(source))
    # a class is defined before the classes whose bases name it (the engine's order per group)
    classes = set(_defs(source))
    defined: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            used = {n.id for b in node.bases for n in ast.walk(b) if isinstance(n, ast.Name)}
            assert not (used & classes) - defined, node.name
            defined.add(node.name)


def test_parallel_and_sequential_runs_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    cut = batches.plan(_doc())
    assert cut is not None
    parallel = run_texts(cut.texts, [{}] * len(cut.texts))
    monkeypatch.setenv("CODEGEN_JOBS", "1")
    assert run_texts(cut.texts, [{}] * len(cut.texts)) == parallel


def _apart(doc: Doc, first: str, second: str) -> bool:
    cut = batches.plan(doc)
    assert cut is not None
    return cut.group_of[("schemas", first)] != cut.group_of[("schemas", second)] and not any(
        f'"{first}"' in t and f'"{second}"' in t for t in cut.texts
    )


# ``Widget.part`` is modelled as ``WidgetPart``, the name of another component schema.
_CLASH = {
    "Widget": {
        "type": "object",
        "properties": {"part": {"type": "object", "properties": {"size": {"type": "integer"}}}},
    },
    "WidgetPart": {"type": "object", "properties": {"name": {"type": "string"}}},
}


def test_a_class_name_two_batches_define_stays_with_the_component() -> None:
    doc = _doc(_CLASH)
    assert _apart(doc, "Widget", "WidgetPart")
    models = generate_models(doc, cache=Cache(None))
    assert models.classes[S + "WidgetPart"] == "WidgetPart"
    inline = models.classes[S + "Widget/properties/part"]
    assert inline != "WidgetPart"
    assert not re.search(r"\d", inline)
    defs = _defs(models.source)
    assert list(defs).count("WidgetPart") == 1
    assert inline in defs
    assert f"part: {inline} | None = None" in defs["Widget"]
    assert "name: str | None = None" in defs["WidgetPart"]
    # (one run of the whole document numbers the component, WidgetPart1, which denumber then
    # calls WidgetPartValue: the inline schema keeps WidgetPart)


def test_cached_batches_give_the_same_models() -> None:
    doc = _doc(_CLASH)
    cache = Cache(None)
    first = generate_models(doc, cache=cache)
    asked = len(cache.asked)
    again = generate_models(doc, cache=cache)
    assert again == first
    stored = [n for n in cache.asked[asked:] if n.startswith("models-") and "-merge-" not in n]
    assert stored
    assert all(cache.get(n) is not None for n in stored)


def test_field_renames_reach_the_batch_of_their_schema() -> None:
    """The overrides file's field names need a second run of the batch holding the schema,
    with the class names of the first; the other batches are not run again."""
    doc = _doc(_CLASH)
    renames = {S + "Thing005": {"label": "caption"}, S + "WidgetPart": {"name": "title"}}
    cache = Cache(None)
    models = generate_models(doc, field_names=renames, cache=cache)
    fields = {f.alias: f.name for f in models.fields[models.classes[S + "Thing005"]]}
    assert fields == {"id": "id", "label": "caption", "kind": "kind"}
    fields = {f.alias: f.name for f in models.fields[models.classes[S + "WidgetPart"]]}
    assert fields == {"name": "title"}
    defs = _defs(models.source)
    assert (
        "caption: Annotated[str | None, Field(alias='label', max_length=10)]" in (defs["Thing005"])
    )
    cut = batches.plan(doc)
    assert cut is not None
    runs = [n for n in cache.asked if n.startswith("models-") and "-outline-" not in n]
    assert len(runs) == len(cut.texts) + 2 + 1  # each batch, two again, and the merge's note


def test_a_field_rename_of_no_schema_is_reported_as_in_one_run() -> None:
    with pytest.raises(CodegenError, match="which is no schema with a class"):
        generate_models(_doc(), field_names={S + "Nothing": {"a": "b"}}, cache=Cache(None))


# Schemas the engine sorts into several rounds: each refers to one made after it (directly, through
# a string the engine folds into its field, or through an inline enum), so one run writes it later.
_ROUNDS = {
    "Alpha": {
        "type": "object",
        "properties": {"z": {"$ref": S + "Zulu"}, "v": {"$ref": S + "Rev"}},
    },
    "Bravo": {
        "type": "object",
        "properties": {
            "mode": {"type": "string", "enum": ["on", "off"]},
            "rev": {"$ref": S + "Rev"},
        },
    },
    "Rev": {"type": "string", "description": "A version, folded into the fields that use it."},
    "Yankee": {"type": "object", "properties": {"a": {"$ref": S + "Alpha"}}},
    "Zulu": {"type": "object", "properties": {"n": {"type": "integer"}}},
}


def test_a_mid_sized_document_is_merged_as_one_run_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fewer schemas than INTERLEAVED_FROM: the batches' models in the order of one run (its
    sort's rounds), so the merged module is the one run's, byte for byte."""
    monkeypatch.setattr(batches, "parallel", lambda: True)  # (as on a machine of 2+ CPUs)
    doc = _doc(_ROUNDS, n=batches.SPLIT_FROM)
    cut = batches.plan(doc)
    assert cut is not None
    assert cut.as_one_run
    assert len(cut.texts) > 1
    assert cut.group_of[("schemas", "Alpha")] != cut.group_of[("schemas", "Thing000")]
    merged = merging.merge(cut, run_texts(cut.texts, [{}] * len(cut.texts)))
    assert merged is not None  # (not the fallback to one run)
    source, meta = merged
    whole_source, whole_meta = run_engine(copy.deepcopy(doc), {})
    assert source == whole_source
    assert meta["models"] == whole_meta["models"]
    names = list(_defs(source))
    assert names.index("Yankee") > names.index("Alpha") > names.index("Zulu")


def test_batched_and_whole_runs_give_the_same_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "parallel", lambda: True)
    doc = _doc(_ROUNDS, n=batches.SPLIT_FROM)
    assert batches.plan(doc) is not None
    batched = generate_models(copy.deepcopy(doc), cache=Cache(None))
    monkeypatch.setattr(batches, "SPLIT_FROM", 10**6)
    assert generate_models(doc, cache=Cache(None)) == batched


def test_a_large_document_is_packed_finely() -> None:
    """From INTERLEAVED_FROM schemas on, a bucket holds about FINE's few components, so a
    schema edit re-runs a handful of schemas (coarsely packed: about 20 here)."""
    cut = batches.plan(_doc())
    assert cut is not None
    assert not cut.as_one_run
    assert len(cut.texts) == 32
    holding = [t for t in cut.texts if '"Thing000"' in t]
    assert len(holding) == 1
    assert len(json.loads(holding[0])["components"]["schemas"]) < 12


def test_a_mid_sized_document_is_one_run_where_batches_cannot_run_side_by_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cutting it only gains a second process; run one after another, its batches would cost
    the engine's per-run overhead each. A large document is cut anyway (for the cache)."""
    monkeypatch.setenv("CODEGEN_JOBS", "1")
    assert batches.plan(_doc(_ROUNDS, n=batches.SPLIT_FROM)) is None
    assert batches.plan(_doc()) is not None


def test_a_warmed_worker_runs_the_uncached_batches_as_this_process_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """engine.warm: a worker forked to import the library while the input is prepared runs what
    run_texts is given (one input alone, or all but the largest); its results are this
    process's, and it is gone once the stretch ends, used or not."""
    from codegen.models import background, engine

    if not background.parallel():
        pytest.skip("one CPU: nothing is forked")
    doc = _doc()
    cut = batches.plan(doc)
    assert cut is not None
    one, several = cut.texts[:1], cut.texts[:3]
    with engine.warm(doc):
        assert len(engine._SPARE) == 1
        warmed_one = run_texts(one, [{}])
        assert engine._SPARE == []  # given its task
    with engine.warm(doc):
        warmed_several = run_texts(several, [{}] * 3)
    with engine.warm(doc):
        spare = engine._SPARE[0]
    assert engine._SPARE == []  # never used: stopped and reaped
    assert spare._pid == 0
    with engine.warm({"components": {"schemas": _filler(engine.WARM_FROM - 1)}}):
        assert engine._SPARE == []  # a small document: its preparation hides no import
    monkeypatch.setenv("CODEGEN_JOBS", "1")
    assert run_texts(one, [{}]) == warmed_one
    assert run_texts(several, [{}] * 3) == warmed_several


def test_a_damaged_batch_entry_is_run_again_and_stored_anew(tmp_path: Any) -> None:
    """run_texts plans what to run from the entries at hand, unread: an entry there but damaged
    (its seal broken) is run when it is read, with the result a run without cache gives, and
    stored again; the intact ones are served."""
    cut = batches.plan(_doc())
    assert cut is not None
    texts = cut.texts[:3]
    first = Cache(None)
    fresh = run_texts(texts, [{}] * 3, first)
    for name, raw in first.entries.items():
        (tmp_path / name).write_bytes(raw)
    names = sorted(first.entries)
    damaged = tmp_path / names[1]
    damaged.write_bytes(damaged.read_bytes()[:-5] + b"XXXXX")
    again = Cache(tmp_path)
    assert run_texts(texts, [{}] * 3, again) == fresh
    assert again.entries == first.entries  # the damaged one made again, the others as read
    assert again.asked == [n for n in again.asked if n in names]
    assert sorted(again.asked) == names  # each asked once, as before


def _positions(tree: ast.Module) -> list[tuple[int, int | None]]:
    """The lines of each top-level statement and of its decorators."""
    return [
        (n.lineno, n.end_lineno)
        for node in tree.body
        for n in [node, *getattr(node, "decorator_list", [])]
    ]


@pytest.mark.parametrize("extra", [None, _CLASH], ids=["plain", "a class renamed by the merge"])
def test_the_merge_offers_the_tree_of_its_module_made_of_the_batches_statements(
    extra: dict[str, Any] | None,
) -> None:
    """The merged module's tree (codegen.models.ahead) is ``ast.parse`` of its text: the same
    nodes, each statement's and decorator's lines right, its inner nodes the offered number of
    lines above (the rewrite adds them to its edits); it is offered for that text only,
    once, and the rewrite gives the same text and tree with it as with a parse of its own."""
    from codegen.models import ahead
    from codegen.models.rewrite import rewrite

    cut = batches.plan(_doc(extra))
    assert cut is not None
    outputs = run_texts(cut.texts, [{}] * len(cut.texts))
    ahead.parse((source for source, _ in outputs[:2]), lambda: False)  # (as run_texts does)
    merged = merging.merge(cut, outputs)
    assert merged is not None
    text, _ = merged
    offered = ahead.taken(text)
    assert offered is not None
    tree, below = offered
    parsed = ast.parse(text)
    assert ast.dump(tree) == ast.dump(parsed)
    assert _positions(tree) == _positions(parsed)
    assert below  # (statements moved to other lines than their batch's)
    for stmt in tree.body:  # the inner nodes are that many lines above their place
        decorators = {id(d) for d in getattr(stmt, "decorator_list", [])}
        for child in ast.iter_child_nodes(stmt):
            if id(child) not in decorators:
                ast.increment_lineno(child, below.get(id(stmt), 0))
    assert ast.dump(tree, include_attributes=True) == ast.dump(parsed, include_attributes=True)
    assert ahead.taken(text) is None  # (handed out once)

    merging.merge(cut, outputs)  # the same outputs again: parsed afresh, offered again
    again = merging.merge(cut, outputs)
    assert again is not None
    copy_of = again[0].encode().decode()  # an equal text, another string
    assert copy_of is not again[0]
    assert ahead.taken(copy_of) is None
    third = merging.merge(cut, outputs)
    assert third is not None
    renames = {"Thing001": "ThingOne"}
    with_offer = rewrite(third[0], renames, set())
    without = rewrite(third[0].encode().decode(), renames, set())  # (no offer: parsed)
    assert with_offer[0] == without[0]
    assert with_offer[1] is not None
    assert without[1] is not None
    assert ast.dump(with_offer[1]) == ast.dump(without[1])
    assert _positions(with_offer[1]) == _positions(without[1])

"""The units' facts and closures (:mod:`codegen.spec.units`, :mod:`codegen.spec.closures`): the
facts list exactly the `$ref`s the walks see, a closure digest moves when anything the unit
reaches moves (and only then), and what cannot be followed by pointer gets no digest."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from codegen.errors import Diagnostics
from codegen.output.cache import Cache
from codegen.spec import units
from codegen.spec.closures import closures
from codegen.spec.members import members
from codegen.spec.properties import Properties
from codegen.spec.resolve import Resolver, bundle
from codegen.spec.validate import validate
from tests.conftest import SPEC

Doc = dict[str, Any]
_S = "#/components/schemas/"


def _walked(node: Any, names: bool = False) -> set[str]:
    """Every string `$ref` a members() walk from ``node`` finds (as reachable() walks)."""
    found: set[str] = set()
    todo = [(node, names)]
    while todo:
        current, names = todo.pop()
        if isinstance(current, dict):
            if not names and isinstance(current.get("$ref"), str):
                found.add(current["$ref"])
            todo.extend((v, inner) for _, v, inner in members(current, names))
        elif isinstance(current, list):
            todo.extend((v, False) for v in current)
    return found


def test_the_facts_list_the_refs_of_the_walk() -> None:
    doc: Doc = json.loads(SPEC.read_text(encoding="utf-8"))
    idx = units.Index(Cache(None))
    seen = 0
    for pos, node in idx.units(doc):
        facts = idx.facts(node)
        assert set(facts.all_refs()) == _walked(node), pos
        if pos[0] == "paths":
            for method, op in node.items():
                assert set(facts.refs.get(method, ())) == _walked(op), (pos, method)
        seen += bool(facts.refs)
    assert seen > 50


def _doc(schemas: dict[str, Any], **components: Any) -> Doc:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/R"}}}}},
        "components": {
            "schemas": schemas,
            "responses": {"R": {"description": "r", "content": {}}},
            **components,
        },
    }


def _keys(doc: Doc) -> dict[tuple[str, ...], str]:
    """The closures of ``doc`` as a run loads it: parsed afresh (a digest is of the marshal
    form, whose back-references follow which strings are shared; the same content shared
    otherwise may digest otherwise, a miss, never the same digest for other content)."""
    return closures(json.loads(json.dumps(doc)), units.Index(Cache(None)))


def _a(name: str) -> tuple[str, ...]:
    return ("components", "schemas", name)


def test_a_closure_moves_with_what_it_reaches_and_only_that() -> None:
    doc = _doc(
        {
            "A": {"properties": {"b": {"$ref": _S + "B"}}},
            "B": {"allOf": [{"$ref": _S + "C"}]},
            "C": {"type": "string"},
            "D": {"type": "string"},
        }
    )
    before = _keys(doc)
    assert {_a("A"), _a("B"), _a("C"), _a("D")} <= set(before)
    deep = copy.deepcopy(doc)
    deep["components"]["schemas"]["C"] = {"type": "integer"}  # two references away from A
    after = _keys(deep)
    assert after[_a("A")] != before[_a("A")]
    assert after[_a("B")] != before[_a("B")]
    assert after[_a("D")] == before[_a("D")]
    other = copy.deepcopy(doc)
    other["components"]["schemas"]["D"] = {"type": "integer"}
    assert _keys(other)[_a("A")] == before[_a("A")]
    assert _keys(copy.deepcopy(doc)) == before  # content, not identity


def test_a_cycle_and_an_absent_target_are_keyed_by_their_content() -> None:
    doc = _doc(
        {
            "A": {"allOf": [{"$ref": _S + "B"}]},
            "B": {"allOf": [{"$ref": _S + "A"}], "required": ["x"]},
            "M": {"$ref": _S + "Missing"},
        }
    )
    before = _keys(doc)
    assert before[_a("A")] == before[_a("B")]  # one component: the same closure
    changed = copy.deepcopy(doc)
    changed["components"]["schemas"]["A"]["properties"] = {"x": {"type": "string"}}
    assert _keys(changed)[_a("B")] != before[_a("B")]
    added = copy.deepcopy(doc)
    added["components"]["schemas"]["Missing"] = {"type": "string"}
    assert _keys(added)[_a("M")] != before[_a("M")]


def test_what_cannot_be_followed_by_pointer_gets_no_closure() -> None:
    doc = _doc(
        {
            "Id": {"$id": "https://elsewhere.example/x", "type": "string"},
            "Draft4Id": {"id": "https://elsewhere.example/y", "type": "string"},
            "File": {"$ref": "other.json#/X"},
            "Info": {"$ref": "#/info"},
            "IntoData": {"$ref": _S + "Plain/example/x"},
            "IntoNames": {"$ref": _S + "Plain/properties"},
            "Anchor": {"$ref": "#anchor"},
            "Reaches": {"properties": {"id": {"$ref": _S + "Id"}}},
            "Plain": {"type": "object", "properties": {"x": {}}, "example": {"x": "y"}},
        },
        examples={"E": {"value": {"schema": {"$ref": _S + "Plain"}}}},
    )
    keys = _keys(doc)
    for name in ("Id", "Draft4Id", "File", "Info", "IntoData", "IntoNames", "Anchor", "Reaches"):
        assert _a(name) not in keys, name
    assert ("components", "examples", "E") not in keys  # lint reads schemas in a value
    assert _a("Plain") in keys
    assert ("paths", "/a") in keys


def test_an_encoded_pointer_depends_on_both_readings() -> None:
    """``a%2Fb`` is the schema ``a/b`` to the resolver and ``a`` (then ``b``) to jsonschema."""
    doc = _doc({"A": {"$ref": _S + "a%2Fb"}, "a/b": {"type": "string"}, "a": {"type": "object"}})
    before = _keys(doc)
    for name in ("a/b", "a"):
        changed = copy.deepcopy(doc)
        changed["components"]["schemas"][name] = {"type": "integer"}
        assert _keys(changed)[_a("A")] != before[_a("A")], name


def test_property_names_do_not_depend_on_what_was_asked_first() -> None:
    schemas = {
        "A": {"allOf": [{"$ref": _S + "B"}], "properties": {"a": {}}},
        "B": {"allOf": [{"$ref": _S + "A"}], "properties": {"b": {}}},
    }
    doc = _doc(schemas)
    answers = []
    for first, second in (("A", "B"), ("B", "A")):
        props = Properties(Resolver(doc), is31=False)
        props.of(schemas[first])
        answers.append(props.of(schemas[second]))
    assert answers[0] == answers[1] == frozenset({"a", "b"})


def test_validate_normalises_a_shared_mapping_everywhere_without_changing_the_input() -> None:
    mapping = {"cat": {"$ref": _S + "Cat"}}
    shared = {
        "oneOf": [{"$ref": _S + "Cat"}],
        "discriminator": {"propertyName": "k", "mapping": mapping},
    }
    doc = _doc({"Pet": shared, "Again": shared, "Cat": {"type": "object"}})
    before = copy.deepcopy(doc)
    diags = Diagnostics()
    out = validate(doc, diags, cache=Cache(None))
    assert doc == before
    for name in ("Pet", "Again"):
        assert out["components"]["schemas"][name]["discriminator"]["mapping"] == {"cat": _S + "Cat"}
    assert [w.pointer for w in diags.warnings] == [
        "#/components/schemas/Pet/discriminator/mapping/cat"
    ]


def test_bundle_of_an_all_local_document_is_a_shallow_copy_with_the_same_content() -> None:
    doc = _doc({"A": {"$ref": _S + "B"}, "B": {"type": "string"}})
    out = bundle(doc, Resolver(doc), cache=Cache(None))
    assert out == doc
    assert out is not doc


def test_a_run_served_from_the_cache_stores_the_facts_a_fresh_run_stores(tmp_path: Path) -> None:
    """The facts read from the previous run's table are kept for the next run as they are: the
    table a cached run writes is the one a run without a cache would write."""
    doc: Doc = json.loads(SPEC.read_text(encoding="utf-8"))

    def table(cache: Cache) -> bytes:
        idx = units.Index(cache)
        for _, node in idx.units(doc):
            idx.facts(node)
        idx.save()
        return cache.entries[units.TABLE]

    fresh = table(Cache(tmp_path / "none"))
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / units.TABLE).write_bytes(fresh)
    warm = Cache(folder)
    assert warm.table(units.TABLE)  # read back: the facts come from it
    assert table(Cache(folder)) == fresh


def test_one_content_has_one_digest_whatever_shares_its_objects(tmp_path: Path) -> None:
    """A unit's digest (and so every cached fact, verdict and the model draft) depends on its
    content only: not on which of its strings and objects are shared with the rest of the
    document or held elsewhere, which differs between a run with the cache and one without.
    (marshal's default format wrote those as back-references: the next run missed.)"""
    text = json.dumps({"type": "object", "properties": {"name": {"type": "string"}}})
    apart = json.loads(text)
    shared = json.loads(text)
    held = [shared["properties"]["name"], shared["type"], *shared]  # more references to them
    twice = {"a": shared["properties"]["name"], "b": shared["properties"]["name"]}
    alone = {"a": json.loads(text)["properties"]["name"], "b": {"type": "string"}}
    index = units.Index(Cache(tmp_path))
    assert index.digest(apart) == units.Index(Cache(tmp_path)).digest(shared)
    assert index.digest(twice) == index.digest(alone)
    assert index.digest(apart) != index.digest({**apart, "type": "array"})
    assert index.digest({"n": 1}) != index.digest({"n": 1.0})
    assert index.digest({"n": 1}) != index.digest({"n": True})
    assert held  # (kept alive to the end)

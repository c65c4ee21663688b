"""Regeneration with the cache (``<out>/.codegen-cache/``) gives exactly a full run's output.

The whole HeyGen API is generated once, then edited step by step (an operation added, a field
changed, a schema removed, a tag renamed, an example's schema retyped through a ``$ref`` and
back); after each edit the regeneration that reads the previous output's cache must equal, file
for file and byte for byte (and warning for warning), a generation without any cache. A second
chain edits what the front end's caches (:mod:`codegen.spec.units`, the lint step's warnings per
unit) depend on without a change to the unit they are kept for: a property an ``allOf`` member
elsewhere defines goes and comes back, a discriminator mapping value becomes an object, an
operation that alone reaches a schema is excluded and included again, a schema a path item
reaches through a parameter is retyped. The cache may be damaged or deleted and must then still give the same output, and a change
to the generator's own source must change every key.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.output import cache as cache_mod
from codegen.output.cache import CACHE_DIR, Cache
from codegen.output.write import published_classes, published_names, write
from codegen.pipeline import Result, default_overrides, generate
from codegen.spec.lint_values import URI, ValueChecker
from tests.conftest import SPEC

Doc = dict[str, Any]


def _add_operation(doc: Doc) -> None:
    path, item = next((p, i) for p, i in doc["paths"].items() if "get" in i)
    op = copy.deepcopy(item["get"])
    op["operationId"] = "listExtraThings"
    op["summary"] = "List the extra things"
    doc["paths"]["/v3/extra-things"] = {"get": op, **({"parameters": []} if "{" in path else {})}


def _first_object(doc: Doc) -> tuple[str, Doc]:
    return next(
        (name, s)
        for name, s in sorted(doc["components"]["schemas"].items())
        if isinstance(s.get("properties"), dict) and s["properties"]
    )


def _change_field(doc: Doc) -> None:
    _, schema = _first_object(doc)
    first = next(iter(schema["properties"]))
    schema["properties"][first] = {"type": "integer", "description": "Now a number."}
    schema["properties"]["added_later"] = {"type": "string", "description": "A new field."}


def _remove_schema(doc: Doc) -> None:
    """A schema that is used (only through ``$ref``s, which become plain objects) goes."""
    text = json.dumps(doc)
    name = next(
        name
        for name in sorted(doc["components"]["schemas"])
        if 0
        < text.count(f'"$ref": "#/components/schemas/{name}"')
        == text.count(f'"#/components/schemas/{name}"')
    )
    del doc["components"]["schemas"][name]
    target = f"#/components/schemas/{name}"

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("$ref") == target:
                return {"type": "object"}
            return {k: strip(v) for k, v in node.items()}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    doc.update(strip(doc))


def _rename_tag(doc: Doc) -> None:
    tags = [
        t
        for i in doc["paths"].values()
        for op in i.values()
        if isinstance(op, dict)
        for t in op.get("tags", [])
    ]
    old = sorted(tags)[0]
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "tags" in op:
                op["tags"] = ["Renamed Tag" if t == old else t for t in op["tags"]]
    for tag in doc.get("tags", []):
        if tag.get("name") == old:
            tag["name"] = "Renamed Tag"


_PROBE = "#/components/schemas/LintProbe"


def _add_probe(doc: Doc) -> None:
    """A property with an example, typed by another schema through a ``$ref``: fine so far."""
    doc["components"]["schemas"]["LintProbe"] = {"type": "string"}
    _, schema = _first_object(doc)
    schema["properties"]["lint_probe"] = {"allOf": [{"$ref": _PROBE}], "example": "probe"}


def _retype_probe(doc: Doc) -> None:
    """Only the referenced schema changes, so the example's own schema reads the same: its
    verdict must follow the schema it reaches (a warning now)."""
    doc["components"]["schemas"]["LintProbe"] = {"type": "integer"}


def _restore_probe(doc: Doc) -> None:
    doc["components"]["schemas"]["LintProbe"] = {"type": "string"}


EDITS: list[Callable[[Doc], None]] = [
    _add_operation,
    _change_field,
    _remove_schema,
    _rename_tag,
    _add_probe,
    _retype_probe,
    _restore_probe,
]
# Whether lint warns about the probe's example after each edit.
_PROBE_WARNED = [False, False, False, False, False, True, False]


_BASE = "#/components/schemas/IncBase"
_CHILD = "#/components/schemas/IncChild"


def _add_composed(doc: Doc) -> None:
    """IncChild requires ``kept``, which only its allOf member IncBase defines (fine), and an
    operation of its own returns it."""
    schemas = doc["components"]["schemas"]
    schemas["IncBase"] = {"type": "object", "properties": {"kept": {"type": "string"}}}
    schemas["IncChild"] = {"allOf": [{"$ref": _BASE}], "required": ["kept"]}
    schemas["IncOnly"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    content = {"application/json": {"schema": {"$ref": _CHILD}}}
    doc["paths"]["/v3/inc-children"] = {
        "get": {
            "operationId": "listIncChildren",
            "summary": "List the children",
            "parameters": [
                {"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/IncKind"}}
            ],
            "responses": {"200": {"description": "The children", "content": content}},
        }
    }
    schemas["IncKind"] = {"type": "string", "enum": ["a", "b"], "example": "a"}
    only = {"application/json": {"schema": {"$ref": "#/components/schemas/IncOnly"}}}
    doc["paths"]["/v3/inc-only"] = {
        "get": {
            "operationId": "getIncOnly",
            "summary": "The only user of IncOnly",
            "responses": {"200": {"description": "It", "content": only}},
        }
    }


def _drop_base_field(doc: Doc) -> None:
    """Only IncBase changes: IncChild's `required` now names no property (a warning there)."""
    doc["components"]["schemas"]["IncBase"]["properties"] = {"other": {"type": "string"}}


def _restore_base_field(doc: Doc) -> None:
    doc["components"]["schemas"]["IncBase"]["properties"] = {"kept": {"type": "string"}}


def _discriminator_object(doc: Doc) -> None:
    """A mapping value written as {"$ref": ...}: validation warns and reads it as the string."""
    doc["components"]["schemas"]["IncChild"] = {
        "oneOf": [{"$ref": _BASE}],
        "discriminator": {"propertyName": "kept", "mapping": {"base": {"$ref": _BASE}}},
    }


def _exclude_only(doc: Doc) -> None:
    """The only operation reaching IncOnly is excluded: its model goes (the path stays)."""
    doc["paths"]["/v3/inc-only"]["get"]["x-excluded"] = True


def _include_only(doc: Doc) -> None:
    del doc["paths"]["/v3/inc-only"]["get"]["x-excluded"]


def _retype_kind(doc: Doc) -> None:
    """The parameter's schema, reached from the path item only through a $ref, now rejects
    its own example (a warning at the schema; the path item's unit is unchanged)."""
    doc["components"]["schemas"]["IncKind"]["enum"] = ["b", "c"]


FRONT_EDITS: list[Callable[[Doc], None]] = [
    _add_composed,
    _drop_base_field,
    _restore_base_field,
    _discriminator_object,
    _exclude_only,
    _include_only,
    _retype_kind,
]
# After each of FRONT_EDITS: (a warning at IncChild's `required`, a discriminator warning,
# IncOnly has a model, a warning about IncKind's example).
_FRONT_SEEN = [
    (False, False, True, False),
    (True, False, True, False),
    (False, False, True, False),
    (False, True, True, False),
    (False, True, False, False),
    (False, True, True, False),
    (False, True, True, True),
]


def _generate(
    spec: Path, out: Path, *, cached: bool, locked: dict[str, str] | None = None
) -> Result:
    return generate(
        spec,
        overrides_path=default_overrides(SPEC),
        published_names=published_names(out),
        published_classes=published_classes(out) if locked is None else locked,
        inputs_sha256="",
        cache_dir=out / CACHE_DIR if cached else None,
    )


def _write_spec(doc: Doc, folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Doc, Path]:
    """The spec as a dict and an output generated from it with its cache."""
    folder = tmp_path_factory.mktemp("incremental")
    doc: Doc = json.loads(SPEC.read_text(encoding="utf-8"))
    out = folder / "out"
    result = _generate(_write_spec(doc, folder, "spec.json"), out, cached=True)
    write(result.files, out, cache=result.cache)
    assert (out / CACHE_DIR).is_dir()
    return doc, out


def test_each_edit_regenerates_like_a_full_run(base: tuple[Doc, Path], tmp_path: Path) -> None:
    doc, out = base
    doc = copy.deepcopy(doc)
    for edit, warned in zip(EDITS, _PROBE_WARNED, strict=True):
        edit(doc)
        spec = _write_spec(doc, tmp_path, f"{edit.__name__}.json")
        full = _generate(spec, out, cached=False)
        incremental = _generate(spec, out, cached=True)
        assert incremental.cache, "the cache was not used"
        assert incremental.files.keys() == full.files.keys(), edit.__name__
        changed = [rel for rel in full.files if incremental.files[rel] != full.files[rel]]
        assert changed == [], (edit.__name__, changed)
        # The formatted texts' shards hold what a run without cache stores (a shard whose
        # texts changed is never the previous output's bytes again).
        shards = [n for n in (*incremental.cache, *full.cache) if n.startswith("texts")]
        assert shards
        assert all(n in cache_mod.TEXT_SHARDS for n in shards), shards
        assert {n: incremental.cache.get(n) for n in shards} == {
            n: full.cache.get(n) for n in shards
        }, edit.__name__
        assert [w.render() for w in incremental.diagnostics.warnings] == [
            w.render() for w in full.diagnostics.warnings
        ]
        probe = [w for w in incremental.diagnostics.warnings if "lint_probe" in w.render()]
        assert bool(probe) == warned, (edit.__name__, [w.render() for w in probe])
        write(incremental.files, out, cache=incremental.cache)


def test_each_front_end_edit_regenerates_like_a_full_run(
    base: tuple[Doc, Path], tmp_path: Path
) -> None:
    doc = copy.deepcopy(base[0])
    work = tmp_path / "out"
    result = _generate(_write_spec(doc, tmp_path, "spec.json"), work, cached=True)
    write(result.files, work, cache=result.cache)
    for edit, seen in zip(FRONT_EDITS, _FRONT_SEEN, strict=True):
        edit(doc)
        spec = _write_spec(doc, tmp_path, f"{edit.__name__}.json")
        full = _generate(spec, work, cached=False)
        incremental = _generate(spec, work, cached=True)
        assert {"spec-units", "lint-units"} <= set(incremental.cache), edit.__name__
        assert incremental.files == full.files, edit.__name__
        shown = [w.render() for w in incremental.diagnostics.warnings]
        assert shown == [w.render() for w in full.diagnostics.warnings], edit.__name__
        assert incremental.models is not None
        found = (
            any(f"{_CHILD}/required/0" in w for w in shown),
            any(f"{_CHILD}/discriminator/mapping/base" in w for w in shown),
            "#/components/schemas/IncOnly" in incremental.models.classes,
            any("IncKind/example" in w for w in shown),
        )
        assert found == seen, (edit.__name__, found)
        write(incremental.files, work, cache=incremental.cache)


def test_a_broken_reference_fails_alike_with_the_cache(
    base: tuple[Doc, Path], tmp_path: Path
) -> None:
    """An operation's `$ref` that leads nowhere is reported at its pointer, cache or not (the
    facts say which operation to walk for the pointers)."""
    doc, out = base
    broken = copy.deepcopy(doc)
    op = next(o for o in broken["paths"].values() if "get" in o)["get"]
    op.setdefault("parameters", []).append({"$ref": "#/components/parameters/Missing"})
    spec = _write_spec(broken, tmp_path, "broken.json")
    messages = []
    for cached in (False, True):
        with pytest.raises(CodegenError) as caught:
            _generate(spec, out, cached=cached)
        messages.append(caught.value.render())
    assert messages[0] == messages[1]
    assert "#/components/parameters/Missing" in messages[0]


def _damage(folder: Path) -> None:
    for entry in folder.iterdir():
        raw = entry.read_bytes()
        head, _, payload = raw.partition(b"\n")
        # The same header over a different payload, and a flipped byte: both must be misses.
        entry.write_bytes(head + b"\n" + payload.replace(b"class ", b"klass ", 1)[:-7] + b"XXXXXXX")


@pytest.mark.parametrize("how", ["damaged", "deleted"])
def test_a_damaged_or_missing_cache_still_gives_the_full_output(
    base: tuple[Doc, Path], tmp_path: Path, how: str
) -> None:
    doc, _ = base
    work = tmp_path / "out"
    result = _generate(_write_spec(doc, tmp_path, "spec.json"), work, cached=True)
    write(result.files, work, cache=result.cache)
    if how == "damaged":
        _damage(work / CACHE_DIR)
    else:
        for entry in (work / CACHE_DIR).iterdir():
            entry.unlink()
    edited = copy.deepcopy(doc)
    _change_field(edited)
    spec = _write_spec(edited, tmp_path, "edited.json")
    assert _generate(spec, work, cached=True).files == _generate(spec, work, cached=False).files


def test_an_entry_is_checked_on_read(tmp_path: Path) -> None:
    cache = Cache(None)
    cache.put("models-x", b"payload")
    (tmp_path / "models-x").write_bytes(cache.entries["models-x"])
    assert Cache(tmp_path).get("models-x") == b"payload"
    (tmp_path / "models-x").write_bytes(cache.entries["models-x"].replace(b"pay", b"say"))
    assert Cache(tmp_path).get("models-x") is None
    assert Cache(tmp_path).get("absent") is None


def test_a_generator_change_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every key covers the generator's source: editing any file of it changes every key."""
    source = tmp_path / "codegen"
    source.mkdir()
    (source / "stage.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache_mod, "_SOURCES", (source,))
    monkeypatch.setattr(cache_mod, "_SALT", [])
    before = cache_mod.key("models", "same input")
    (source / "stage.py").write_text("X = 2\n", encoding="utf-8")
    monkeypatch.setattr(cache_mod, "_SALT", [])
    assert cache_mod.key("models", "same input") != before
    assert cache_mod.key("models", "same input") != cache_mod.key("ruff", "same input")


def test_a_locked_class_name_is_not_served_from_the_finished_models(
    base: tuple[Doc, Path], tmp_path: Path
) -> None:
    """The same engine result with other published class names: the rewritten models (cached
    by the engine's key and the renames decided after it) must follow the new names."""
    doc, out = base
    spec = _write_spec(doc, tmp_path, "spec.json")
    locked = published_classes(out)
    ref = next(r for r in sorted(locked) if r.startswith("#/components/schemas/"))
    locked[ref] = "RenamedByAnOlderRelease"
    incremental = _generate(spec, out, cached=True, locked=locked)
    assert incremental.models is not None
    assert incremental.models.classes[ref] == "RenamedByAnOlderRelease"
    assert incremental.files == _generate(spec, out, cached=False, locked=locked).files


def test_a_lint_verdict_is_keyed_by_every_schema_it_reaches() -> None:
    """A check is cached only when the schemas it can reach are known: through ``$ref``s into
    other components (their text is in the key), not into an operation or past an ``id``."""
    doc: Doc = {
        "openapi": "3.0.3",
        "paths": {"/x": {}},
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
                "B": {"type": "string"},
                "C": {"id": "http://elsewhere.example/", "type": "string"},
                "D": {"$ref": "#/paths/~1x"},
                "E": {"id": "it's elsewhere", "type": "string"},
            }
        },
    }
    at = URI + "#/components/schemas/"
    key = ValueChecker(doc, False, Cache(None)).cache_name(at + "A", {"b": 1}, False)
    assert key is not None
    assert ValueChecker(doc, False, Cache(None)).cache_name(at + "C", "x", False) is None
    assert ValueChecker(doc, False, Cache(None)).cache_name(at + "D", "x", False) is None
    assert ValueChecker(doc, False, Cache(None)).cache_name(at + "E", "x", False) is None
    retyped = copy.deepcopy(doc)
    retyped["components"]["schemas"]["B"] = {"type": "integer"}
    assert ValueChecker(retyped, False, Cache(None)).cache_name(at + "A", {"b": 1}, False) != key
    assert ValueChecker(doc, True, Cache(None)).cache_name(at + "A", {"b": 1}, False) != key
    assert ValueChecker(doc, False, Cache(None)).cache_name(at + "A", {"b": 1.0}, False) != key
    assert ValueChecker({**doc, "$id": "x"}, False, Cache(None)).cache is None


def test_an_unchanged_texts_shard_is_the_previous_bytes_and_a_changed_one_new(
    tmp_path: Path,
) -> None:
    first = Cache(tmp_path)
    first.texts()
    first.keep_texts([("ruff-a1", "A\n"), ("ruff-b1", "B\n"), ("ruff-c2", "C\n")])
    stored = first.collected()
    assert sorted(stored) == ["texts-1", "texts-2"]
    for name, raw in stored.items():
        (tmp_path / name).write_bytes(raw)
    second = Cache(tmp_path)
    assert second.texts() == {"ruff-a1": "A\n", "ruff-b1": "B\n", "ruff-c2": "C\n"}
    second.keep_texts([("ruff-a1", "A\n"), ("ruff-b1", "B\n"), ("ruff-c2", "C2\n")])
    again = second.collected()
    assert again["texts-1"] == stored["texts-1"]
    assert cache_mod.unpack_texts(again["texts-2"].partition(b"\n")[2]) == {"ruff-c2": "C2\n"}
    third = Cache(tmp_path)
    third.texts()
    third.keep_texts([("ruff-a1", "A\n")])  # a file gone: its shard is sealed again
    assert cache_mod.unpack_texts(third.collected()["texts-1"].partition(b"\n")[2]) == {
        "ruff-a1": "A\n"
    }


def test_the_formatted_texts_table_reads_back_or_not_at_all() -> None:
    """The ``texts`` entry's own format: every text back as it was, and anything else (the JSON
    an older generator wrote, a cut-off end, bytes that are no UTF-8) is no table at all."""
    table = {"ruff-b": "ünï = 'x'\n", "ruff-a": "", "ruff-\n": "a\0b"}
    packed = cache_mod.pack_texts(table)
    assert cache_mod.unpack_texts(packed) == table
    assert cache_mod.unpack_texts(cache_mod.pack_texts({})) == {}
    assert cache_mod.unpack_texts(json.dumps(table).encode()) == {}
    for cut in (1, 9, len(packed) // 2):
        assert cache_mod.unpack_texts(packed[:-cut]) == {}
    assert cache_mod.unpack_texts(packed.replace("ü".encode(), b"\xff\xfe")) == {}


# A spec large enough to be modelled per batch of schema groups (codegen.models.batches): each
# batch's run is cached on its own, and the merge must not care which ones came from the cache.
def _batched_spec() -> Doc:
    from tests.unit.test_model_batches import _CLASH, _doc

    doc = _doc(_CLASH)
    ref = "#/components/schemas/"
    names = sorted(doc["components"]["schemas"])
    everything = {"type": "object", "properties": {n: {"$ref": ref + n} for n in names}}
    doc["paths"] = {
        "/everything": {
            "get": {
                "operationId": "getEverything",
                "tags": ["Everything"],
                "responses": {
                    "200": {
                        "description": "All of it.",
                        "content": {"application/json": {"schema": everything}},
                    }
                },
            }
        }
    }
    doc["tags"] = [{"name": "Everything"}]
    return doc


def _join_groups(doc: Doc) -> None:
    """Two independent schemas (in two batches) now refer to one another: one group."""
    schemas = doc["components"]["schemas"]
    schemas["Thing000"]["properties"]["partner"] = {"$ref": "#/components/schemas/Thing001"}


def _clash_again(doc: Doc) -> None:
    """A new inline schema whose name another batch's component has."""
    schemas = doc["components"]["schemas"]
    schemas["Thing002"]["properties"]["label"] = {"type": "object", "properties": {"a": {}}}
    schemas["Thing002Label"] = {"type": "object", "properties": {"b": {"type": "string"}}}
    doc["paths"]["/everything"]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"
    ]["Thing002Label"] = {"$ref": "#/components/schemas/Thing002Label"}


def test_batched_models_regenerate_like_a_full_run(tmp_path: Path) -> None:
    doc = _batched_spec()
    out = tmp_path / "out"
    first = generate(_write_spec(doc, tmp_path, "spec.json"), inputs_sha256="", cache_dir=None)
    write(first.files, out, cache=first.cache)
    batches_used = [n for n in first.cache if n.startswith("models-outline-")]
    assert len(batches_used) > 2, "the spec was modelled in one run"
    for edit in [_add_operation, _change_field, _remove_schema, _rename_tag, _join_groups,
                 _clash_again]:  # fmt: skip
        edit(doc)
        spec = _write_spec(doc, tmp_path, f"{edit.__name__}.json")
        locked = published_classes(out)
        full = generate(spec, published_classes=locked, inputs_sha256="")
        incremental = generate(
            spec, published_classes=locked, inputs_sha256="", cache_dir=out / CACHE_DIR
        )
        hits = [n for n in incremental.cache if n.startswith("models-") and n in first.cache]
        assert hits or edit is _rename_tag, ("no batch came from the cache", edit.__name__)
        assert incremental.files == full.files, edit.__name__
        assert [w.render() for w in incremental.diagnostics.warnings] == [
            w.render() for w in full.diagnostics.warnings
        ]
        write(incremental.files, out, cache=incremental.cache)
        first = incremental


def test_each_setting_change_regenerates_like_a_full_run(
    base: tuple[Doc, Path], tmp_path: Path
) -> None:
    """What the run is told besides the spec is in every key too: the same spec regenerated into
    the previous output under another package name, client name, environment prefix, without the
    overrides file or with the excluded operations equals a run without cache (a --package change
    once got the previous package's resource files from the render cache)."""
    doc, out = base
    spec = _write_spec(doc, tmp_path, "spec.json")
    text = default_overrides(SPEC).read_text(encoding="utf-8")
    renamed = tmp_path / "overrides.toml"
    renamed.write_text(
        text.replace('name = "HeyGen"', 'name = "HeyGenCo"', 1).replace(
            'env_prefix = "HEYGEN"', 'env_prefix = "HGC"', 1
        ),
        encoding="utf-8",
    )
    assert renamed.read_text(encoding="utf-8") != text
    settings: dict[str, dict[str, Any]] = {
        "package": {"overrides_path": default_overrides(SPEC), "package": "heygen_other"},
        "client": {"overrides_path": renamed},
        "no overrides": {"overrides_path": None},
        "excluded": {"overrides_path": default_overrides(SPEC), "include_excluded": True},
    }
    for what, kwargs in settings.items():
        runs = [
            generate(
                spec,
                published_names=published_names(out),
                published_classes=published_classes(out),
                inputs_sha256="",
                cache_dir=out / CACHE_DIR if cached else None,
                **kwargs,
            )
            for cached in (True, False)
        ]
        incremental, full = runs
        assert incremental.files == full.files, (
            what,
            sorted(set(incremental.files) ^ set(full.files))[:5],
            [p for p in full.files if incremental.files.get(p) != full.files[p]][:5],
        )
        assert [w.render() for w in incremental.diagnostics.warnings] == [
            w.render() for w in full.diagnostics.warnings
        ], what

"""Stage 5 — Pydantic v2 models via datamodel-code-generator (pinned), used as a library.

Returns the model module's source and the bridge between the spec and it: a map from each schema
location (a JSON pointer such as ``#/components/schemas/AssetUrl``) to the class generated for it.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from codegen.errors import CodegenError, Diagnostics
from codegen.ir import naming
from codegen.ir.classnames import denumber, settle
from codegen.ir.naming import Identifier
from codegen.models import drafts, mend
from codegen.models.batches import modelled
from codegen.models.collector import paused
from codegen.models.engine import OPTIONS, warm
from codegen.models.handover import original_refs, rekeyed
from codegen.models.prepare import prepare
from codegen.models.rewrite import keep, rewrite
from codegen.models.webhooks import with_webhook_payloads
from codegen.output.cache import Cache
from codegen.spec import schemawalk


@dataclass(frozen=True, slots=True)
class ModelField:
    name: str
    alias: str
    required: bool


@dataclass(frozen=True, slots=True)
class Models:
    """The generated model module and what it defines."""

    source: str
    classes: dict[str, Identifier]  # schema pointer -> class name
    fields: dict[Identifier, tuple[ModelField, ...]]  # class name -> its fields

    def class_for(self, ref: str) -> Identifier | None:
        return self.classes.get(ref)


def _prepared(document: dict[str, Any], warned: drafts.Warned) -> dict[str, Any]:
    """``document`` prepared for the engine (:func:`codegen.models.prepare.prepare`), its path
    items apart (``warned.paths``): the engine reads them only when a schema may refer into
    them (a text that reads ``#/paths/`` or ``#/webhooks/``, :func:`_reads_paths`), and each
    one's warnings are the same with the rest or alone."""
    items = document.get("paths")
    if not isinstance(items, dict):
        ready = prepare(document)
    else:
        ready = prepare({k: v for k, v in document.items() if k != "paths"})
    warned.fit, warned.cap, warned.prepared_paths = ready.fit, ready.cap, True
    if not isinstance(items, dict):
        return ready.document
    if not _reads_paths(ready.document):
        for path, item in items.items():
            warned.paths.warn(path, item)
        return ready.document
    warned.reads_paths = True
    paths = {path: warned.paths.prepared(path, item) for path, item in items.items()}
    return {k: paths if k == "paths" else ready.document[k] for k in document}


def _reads_paths(prepared: dict[str, Any]) -> bool:
    """Whether a string of ``prepared`` (keys too) holds ``#/paths/`` or ``#/webhooks/``: all
    that the engine's input may refer into them by (:mod:`codegen.models.batches`,
    :func:`codegen.models.engine.run_engine`), found in its :mod:`marshal` form (each string's
    UTF-8 or ASCII bytes), or True when marshal cannot write it."""
    try:
        data = marshal.dumps(prepared)
    except ValueError:
        return True
    return b"#/paths/" in data or b"#/webhooks/" in data


def _plain(name: str) -> str:
    """Roughly the field name datamodel-code-generator makes of a property name by itself."""
    return name if name.isascii() and name.isidentifier() else naming.snake(name)


def _object_aliases(names: list[str]) -> dict[str, str]:
    """Field names for one object's properties where the generator's own would clash (it would
    number them: ``user_id_1``) or lose the wire name (non-ASCII): :func:`naming.spelled`."""
    out: dict[str, str] = {}
    counts: dict[str, int] = {}
    for name in names:
        counts[_plain(name)] = counts.get(_plain(name), 0) + 1
    for name in names:
        plain_ascii = name.isascii() and name.isidentifier()
        if counts[_plain(name)] > 1 and not plain_ascii:
            out[name] = naming.spelled(name)
        elif not name.isascii():
            out[name] = naming.param_name(name)
    return out


def _property_aliases(document: Any) -> dict[str, str]:
    """Python names for non-ASCII property names, and collisions that would lose one.

    datamodel-code-generator writes a property such as ``ｆｕｌｌ`` as an identifier, which Python
    normalises (NFKC) to ``full`` and which then has no alias: the wire name is lost. Such names
    get an ASCII name from :mod:`codegen.ir.naming` and keep the wire name as the alias. Two
    properties of one object that normalise to one name are reported, never merged.
    """
    aliases: dict[str, str] = {}

    for _path, node in schemawalk.walk({"components": document.get("components") or {}}):
        props = node.get("properties")
        if isinstance(props, dict):
            aliases.update(_object_aliases(list(props)))
    return aliases


def generate_models(
    document: dict[str, Any],
    schema_names: Mapping[str, str] | None = None,
    diags: Diagnostics | None = None,
    *,
    rekey: Mapping[str, str] | None = None,
    field_names: Mapping[str, Mapping[str, str]] | None = None,
    locked: Mapping[str, str] | None = None,
    cache: Cache | None = None,
) -> Models:
    """The models of ``document`` (:func:`draft_models`, its source written)."""
    draft, source = draft_models(
        document,
        schema_names,
        diags,
        rekey=rekey,
        field_names=field_names,
        locked=locked,
        cache=cache,
    )
    return replace(draft, source=source())


def draft_models(
    document: dict[str, Any],
    schema_names: Mapping[str, str] | None = None,
    diags: Diagnostics | None = None,
    *,
    rekey: Mapping[str, str] | None = None,
    field_names: Mapping[str, Mapping[str, str]] | None = None,
    locked: Mapping[str, str] | None = None,
    cache: Cache | None = None,
    digest: drafts.Digests | None = None,
) -> tuple[Models, Callable[[], str]]:
    """The models without their source (``source`` is "": the classes and fields, all the IR
    needs) and the function that writes the source (:func:`rewrite`, half a second on GitHub),
    so that the caller can build the IR meanwhile.

    Run datamodel-code-generator on a bundled (all-local) document (its inline webhook
    payloads named first, :mod:`codegen.models.webhooks`).

    ``rekey`` (component ref → class name, from :func:`codegen.ir.classnames.components`): schemas
    whose names differ only in case or punctuation are handed over under their class names,
    since datamodel-code-generator would merge ``Foo-Bar`` and ``FooBar`` into one class.
    ``field_names`` (schema ref → wire name → Python name, from the overrides file) renames model
    fields; the model generator then runs twice, as its class names are known only after one run.
    ``locked`` (schema ref → class name, from the previous output's manifest) keeps published
    class names (:func:`codegen.ir.classnames.settle`).

    With ``digest`` (the document's, :func:`codegen.models.drafts.document_digest`) the draft
    up to the published names is kept in ``cache`` (:mod:`codegen.models.drafts`): a hit replays
    the warnings and the cache names of the run that stored it, and the engine's module, needed
    only when the finished models are not cached, is made again when asked for."""

    def draft(warned: drafts.Warned) -> _Draft | None:
        return _draft(
            document, schema_names, warned, rekey=rekey, field_names=field_names, cache=cache
        )

    names = {**(rekey or {}), **(schema_names or {})}
    paths = drafts.PathWarnings(cache, digest.paths if digest is not None else None)
    entry = None
    if cache is not None and digest is not None:
        entry = drafts.name(digest, schema_names, rekey, field_names)
        with paused():  # (thousands of small objects, no cycles: 0.04 s of collections)
            stored = drafts.replay(cache, entry, digest, document, paths)
            if stored is not None:
                paths.save()
                stored[1].record(diags)
                kept = _unplain(stored[0])
                return _settled(kept, names, locked, cache, lambda: _source(draft))
    start = len(cache.asked) if cache is not None else 0
    warned = drafts.Warned(paths)
    try:
        with warm(document):
            made = draft(warned)
    finally:
        warned.record(diags)
    paths.save()
    if made is None:
        header = f"{OPTIONS['custom_file_header']}\n"
        return Models(source="", classes={}, fields={}), lambda: header
    with paused():
        if cache is not None and digest is not None and entry is not None:
            asked = [(n, n in cache.entries) for n in cache.asked[start:]]
            cache.put(entry, warned.pack(_plain_draft(made), asked, digest.of_paths()))
        return _settled(made, names, locked, cache, lambda: made.source)


@dataclass(frozen=True, slots=True)
class _Draft:
    """The engine's module (``source``) and classes with their numbers taken off (``renames``
    and ``repeats``, :func:`codegen.ir.classnames.denumber`), before the published names."""

    classes: dict[str, Identifier]  # schema pointer -> class name (the renames applied)
    fields: dict[Identifier, tuple[ModelField, ...]]  # the engine's class name -> its fields
    renames: dict[str, str]
    repeats: set[str]
    source: Any = None


def _source(draft: Callable[[drafts.Warned], _Draft | None]) -> Any:
    """The engine's module of a draft served from the cache: drafted again (the engine's
    results are cached by their own input), its warnings already recorded."""
    made = draft(drafts.Warned(drafts.PathWarnings(None, None)))
    if made is None:
        raise AssertionError("a stored draft is of a document with schemas")
    return made.source


def _plain_draft(made: _Draft) -> drafts.Plain:
    plain = models_plain(Models("", made.classes, made.fields))
    return *plain, made.renames, sorted(made.repeats)


def _unplain(plain: drafts.Plain) -> _Draft:
    classes, fields, renames, repeats = plain
    models = from_plain(classes, fields)
    return _Draft(models.classes, models.fields, renames, set(repeats))


def _settled(
    made: _Draft,
    names: Mapping[str, str],
    locked: Mapping[str, str] | None,
    cache: Cache | None,
    source: Callable[[], Any],
) -> tuple[Models, Callable[[], str]]:
    """The draft with the published class names kept (:func:`codegen.ir.classnames.settle`),
    and the function that writes the module (``source()``: the engine's) with all renames."""
    classes, repeats = dict(made.classes), made.repeats
    fixed = {r: n for r, n in classes.items() if r in names or n in repeats}
    settled = settle(classes, locked or {}, fixed)
    renames = {o: settled.get(n, n) for o, n in made.renames.items()} | {
        o: n for o, n in settled.items() if o not in made.renames.values()
    }
    fields = {Identifier(renames.get(k, k)): v for k, v in made.fields.items()}
    if cache is not None:  # what the source depends on besides the engine's result
        cache.note("rewrite", repr(sorted(renames.items())), repr(sorted(repeats)))

    def written() -> str:
        with paused():
            text, tree = rewrite(source(), renames, repeats, cache)
            if tree is None or mend.needs_mending(tree):
                return mend.field_overrides(text)
            keep(text, tree)
            return text

    return Models(source="", classes=classes, fields=fields), written


def models_plain(models: Models) -> tuple[dict[str, str], dict[str, list[tuple[str, str, bool]]]]:
    """The classes and fields of ``models`` in built-in values (for the cache and the pipe)."""
    fields = {str(k): [(f.name, f.alias, f.required) for f in v] for k, v in models.fields.items()}
    return {k: str(v) for k, v in models.classes.items()}, fields


def from_plain(classes: dict[str, str], fields: dict[str, list[tuple[str, str, bool]]]) -> Models:
    """The models of :func:`models_plain` back, without source (one Identifier per distinct
    name)."""
    names: dict[str, Identifier] = {}

    def name(text: str) -> Identifier:
        found = names.get(text)
        if found is None:
            found = names[text] = Identifier(text)
        return found

    return Models(
        source="",
        classes={ref: name(n) for ref, n in classes.items()},
        fields={name(n): tuple([ModelField(*f) for f in v]) for n, v in fields.items()},
    )


def _draft(
    document: dict[str, Any],
    schema_names: Mapping[str, str] | None,
    warned: drafts.Warned,
    *,
    rekey: Mapping[str, str] | None,
    field_names: Mapping[str, Mapping[str, str]] | None,
    cache: Cache | None,
) -> _Draft | None:
    """The draft of :func:`draft_models`, its warnings put into ``warned``; None when the
    document has no schemas."""
    document = with_webhook_payloads(document, warned.before)
    if not (document.get("components") or {}).get("schemas"):
        return None
    prepared = _prepared(document, warned)
    prepared, back = rekeyed(prepared, rekey or {})
    aliases = _property_aliases(prepared)
    source, meta = modelled(prepared, aliases, back, field_names, cache)
    if not isinstance(source, str):
        raise CodegenError("the model generator returned several modules; expected one")
    original_refs(meta, back)
    classes: dict[str, Identifier] = {}
    fields: dict[Identifier, tuple[ModelField, ...]] = {}
    for model in meta.get("models", []):
        name = Identifier(model["class_name"])
        ref = model.get("source_ref")
        if ref:
            classes[ref] = name
        fields[name] = tuple(
            ModelField(f["name"], f.get("alias") or f["name"], bool(f.get("required")))
            for f in model.get("fields", [])
        )
    names = {**(rekey or {}), **(schema_names or {})}
    renames, repeats = denumber(classes, meta.get("models", []), prepared, names)
    return _Draft(classes, fields, renames, repeats, source)


Drafted = tuple[Models, dict[str, bytes]]  # the models without source, the cache entries


def plain_drafted(drafted: Drafted) -> tuple[Any, ...]:
    """The models' classes and fields in built-in types, for the pipe: pickling GitHub's 8,000
    ModelField dataclasses one by one took 0.07 s each way, this 0.02 s."""
    draft, entries = drafted
    return draft.source, *models_plain(draft), entries


def drafted_from_plain(plain: tuple[Any, ...]) -> Drafted:
    """The models of :func:`plain_drafted` back."""
    source, classes, fields, entries = plain
    return replace(from_plain(classes, fields), source=source), entries

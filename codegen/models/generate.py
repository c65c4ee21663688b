"""Stage 5 — Pydantic v2 models via datamodel-code-generator (pinned), used as a library.

Returns the model module's source and the bridge between the spec and it: a map from each schema
location (a JSON pointer such as ``#/components/schemas/AssetUrl``) to the class generated for it.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from codegen.errors import CodegenError, Diagnostics
from codegen.ir import naming
from codegen.ir.classnames import denumber, settle
from codegen.ir.naming import Identifier
from codegen.models import mend, patterns
from codegen.models.batches import modelled
from codegen.models.deep import cap_inline_nesting
from codegen.models.engine import OPTIONS
from codegen.models.handover import original_refs, rekeyed
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


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector off for a stretch that allocates many objects and makes no cycles
    (a parsed model module, the IR, the views): each collection walks every object alive,
    the whole spec included, and the ``ast`` passes over GitHub's models spent more time in
    them than in parsing (rewrite, mend and split 1.67 s → 0.54 s with it off). Garbage
    without cycles is freed as usual; any with cycles waits for the next collection."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_SIMPLE = frozenset({"string", "integer", "number", "boolean", "array"})
_PLAIN_STRING_FORMATS = frozenset(
    {
        "email",
        "idn-email",
        "uri",
        "uri-reference",
        "iri",
        "iri-reference",
        "hostname",
        "idn-hostname",
        "byte",  # base64 text both ways (pydantic's Base64Str would decode it on the way in)
    }
)


def _spelling(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def _untitled(name: str, prop: Any) -> Any:
    """A property (or named component) schema without its ``title`` (datamodel-code-generator has no option to leave
    titles out, and writes each one as ``Field(title=...)``).

    A title that only re-spells the name (``Asset Id`` for ``asset_id``, as FastAPI
    writes them) says nothing and is dropped. A title that says something else is kept as the
    first paragraph of the description, which becomes the field's docstring.
    """
    if not (isinstance(prop, dict) and isinstance(prop.get("title"), str)):
        return prop
    title = prop["title"].strip()
    rest = {k: v for k, v in prop.items() if k != "title"}
    if not title or _spelling(title) == _spelling(name):
        return rest
    description = prop.get("description")
    if isinstance(description, str) and description.strip():
        rest["description"] = f"{title}\n\n{description}"
    else:
        rest["description"] = title
    return rest


def _fold_nullable(document: dict[str, Any]) -> dict[str, Any]:
    """Every schema of ``document`` through :func:`_prepare_schema` (children first), found by
    :mod:`codegen.spec.schemawalk`: property names are never read as keywords."""
    return schemawalk.map_document(document, _prepare_schema)


def _prepare_schema(node: dict[str, Any]) -> Any:
    """``anyOf: [{type: T, ...constraints}, {type: "null"}]`` → ``{type: [T, "null"], ...}``.

    Both spellings mean the same; datamodel-code-generator turns the first into a root model per
    field (``VideoAgentConfigDurationSec``) whose ``None`` default does not type-check, and the
    second into a plain optional field. Only scalar and array members are folded: objects and
    references keep their own classes. Property titles go through :func:`_untitled`.
    """
    if isinstance(node.get("properties"), dict):
        node = {
            **node,
            "properties": {name: _untitled(name, p) for name, p in node["properties"].items()},
        }
    if node.get("nullable") is False:
        # The default, said out loud; the library then types an optional field `float = None`,
        # which no type checker accepts.
        node = {k: v for k, v in node.items() if k != "nullable"}
    if node.get("additionalProperties") is False:
        # Responses must survive fields the server adds later; the typed keyword arguments
        # already keep callers to the declared fields.
        node = {k: v for k, v in node.items() if k != "additionalProperties"}
    props = node.get("properties")
    if isinstance(props, dict) and isinstance(node.get("required"), list):
        # One model serves both directions: a readOnly field is never sent and a writeOnly
        # one never returned, so neither can be required of the model.
        one_way = {
            name
            for name, prop in props.items()
            if isinstance(prop, dict)
            and (prop.get("readOnly") is True or prop.get("writeOnly") is True)
        }
        if one_way:
            node = {**node, "required": [r for r in node["required"] if r not in one_way]}
    fmt = node.get("format")
    if (
        isinstance(fmt, str)
        and fmt in _PLAIN_STRING_FORMATS
        and node.get("type")
        in (
            "string",
            ["string", "null"],
        )
    ):
        # pydantic's EmailStr needs the optional email-validator package at import time, AnyUrl
        # turns a string default into a type error, and a client should not reject an address
        # or URL the server accepted: keep these as plain str.
        node = {k: v for k, v in node.items() if k != "format"}
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if not (isinstance(members, list) and len(members) == 2):
            continue
        nulls = [m for m in members if m == {"type": "null"}]
        others = [m for m in members if m != {"type": "null"}]
        if len(nulls) != 1 or len(others) != 1:
            continue
        other = others[0]
        if (
            isinstance(other, dict)
            and other.get("type") in _SIMPLE
            and not {"$ref", "anyOf", "oneOf", "allOf", "discriminator", "enum"} & set(other)
        ):
            merged = {k: v for k, v in node.items() if k != key}
            merged.update(other)
            merged["type"] = [other["type"], "null"]
            return merged
    return node


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
    class names (:func:`codegen.ir.classnames.settle`)."""
    document = with_webhook_payloads(document, diags)
    if not (document.get("components") or {}).get("schemas"):
        header = f"{OPTIONS['custom_file_header']}\n"
        return Models(source="", classes={}, fields={}), lambda: header
    prepared = _fold_nullable(document)
    components = prepared["components"]  # a copy: _fold_nullable builds new containers
    components["schemas"] = {k: _untitled(k, v) for k, v in components["schemas"].items()}
    patterns.fit_all(prepared, diags)
    cap_inline_nesting(prepared, diags)
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
    fixed = {r: n for r, n in classes.items() if r in names or n in repeats}
    settled = settle(classes, locked or {}, fixed)
    renames = {o: settled.get(n, n) for o, n in renames.items()} | {
        o: n for o, n in settled.items() if o not in renames.values()
    }
    fields = {Identifier(renames.get(k, k)): v for k, v in fields.items()}
    if cache is not None:  # what the source depends on besides the engine's result
        cache.note("rewrite", repr(sorted(renames.items())), repr(sorted(repeats)))

    def written() -> str:
        with paused_gc():
            text, tree = rewrite(source, renames, repeats)
            if tree is None or mend.needs_mending(tree):
                return mend.field_overrides(text)
            keep(text, tree)
            return text

    return Models(source="", classes=classes, fields=fields), written

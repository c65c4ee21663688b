"""Stage 5 — Pydantic v2 models via datamodel-code-generator (pinned), used as a library.

Returns the model module's source and the bridge between the spec and it: a map from each schema
location (a JSON pointer such as ``#/components/schemas/AssetUrl``) to the class generated for it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from codegen.errors import CodegenError, Diagnostics
from codegen.ir import naming
from codegen.ir.classnames import denumber, settle
from codegen.ir.naming import Identifier
from codegen.models import mend, patterns
from codegen.models.deep import cap_inline_nesting
from codegen.models.engine import OPTIONS, run_engine
from codegen.models.handover import field_aliases, original_refs, rekeyed
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


_OPEN = {"StrEnum": "OpenStrEnum", "IntEnum": "OpenIntEnum"}
_BASE_MODULE = "codegen_runtime._models"  # the module of OPTIONS["base_class"]
_CLASS_NAME = re.compile(r"class\s+(\w+)")


def rewrite(source: str, renames: Mapping[str, str], repeats: set[str]) -> str:
    """datamodel-code-generator's module with our decisions applied, in one ``ast`` pass:

    - numbered classes renamed (``renames``, from ``classnames.denumber``): class statements and
      every name that refers to them, never text in strings or docstrings;
    - only the first definition kept of each class in ``repeats`` (copies of one schema);
    - the base class imported from the package's runtime (``from ._models import BaseModel``);
    - string enums made forward compatible: ``StrEnum``/``IntEnum`` bases become the runtime's
      ``OpenStrEnum``/``OpenIntEnum``. An enum value the server adds later then parses (as an
      unknown pseudo-member) instead of failing the whole response; strict mode still rejects it.

    (Three passes — tokenize, then two parses — took 1.3 s on GitHub's 12 MB module.)
    """
    tree = ast.parse(source)
    lines = source.split("\n")  # as ast counts lines (splitlines also breaks at U+2028)
    edits: list[mend.Edit] = []
    dropped: list[tuple[int, int]] = []  # (first line, last line) of repeated definitions
    seen: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        final = renames.get(node.name, node.name)
        if final in repeats and final in seen:
            assert node.end_lineno is not None
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            dropped.append((first, node.end_lineno))
            continue
        seen.add(final)
        if final != node.name:
            row = lines[node.lineno - 1]
            found = _CLASS_NAME.match(row.encode()[node.col_offset :].decode())
            assert found is not None
            assert found.group(1) == node.name
            start = node.col_offset + found.start(1)  # "class" and the spaces are ASCII
            edits.append((node.lineno, start, start + len(node.name.encode()), final))
    # A property named `Field` makes the library import pydantic's as `Field_aliased`, but its
    # root models still call `Field(...)`: a name nothing defines once annotations are evaluated.
    field = mend.field_alias(tree)
    for item in ast.walk(tree):
        if field and isinstance(item, ast.Call) and mend.calls_field(item):
            assert item.func.end_col_offset is not None
            edits.append((item.lineno, item.func.col_offset, item.func.end_col_offset, field))
        if isinstance(item, ast.Name) and item.id in renames:
            assert item.end_col_offset is not None
            edits.append((item.lineno, item.col_offset, item.end_col_offset, renames[item.id]))
        elif isinstance(item, ast.ClassDef):
            for base in item.bases:
                if isinstance(base, ast.Name) and base.id in _OPEN:
                    assert base.end_col_offset is not None
                    edits.append(
                        (base.lineno, base.col_offset, base.end_col_offset, _OPEN[base.id])
                    )
        elif (
            isinstance(item, ast.ImportFrom)
            and item.module == _BASE_MODULE
            and item.end_lineno == item.lineno
        ):
            assert item.end_col_offset is not None
            names = ", ".join(a.name for a in item.names)
            edits.append(
                (item.lineno, item.col_offset, item.end_col_offset, f"from ._models import {names}")
            )
        elif (
            isinstance(item, ast.ImportFrom)
            and item.module == "enum"
            and set(_OPEN) & {a.name for a in item.names}
            and item.end_lineno == item.lineno
        ):
            assert item.end_col_offset is not None
            rest = [a.name for a in item.names if a.name not in _OPEN]
            opened = sorted(_OPEN[a.name] for a in item.names if a.name in _OPEN)
            text = f"from ._types import {', '.join(opened)}"
            if rest:
                text = f"from enum import {', '.join(rest)}\n{text}"
            edits.append((item.lineno, item.col_offset, item.end_col_offset, text))
    gone = {line for first, last in dropped for line in range(first, last + 1)}
    mend.apply_edits(lines, [e for e in edits if e[0] not in gone])
    for first, last in sorted(dropped, reverse=True):
        del lines[first - 1 : last]
    return "\n".join(lines)


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
    source, meta = run_engine(prepared, aliases, cache)
    if field_names:
        aliases = {**aliases, **field_aliases(meta, back, field_names)}
        source, meta = run_engine(prepared, aliases, cache)
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
    return Models(source="", classes=classes, fields=fields), lambda: mend.field_overrides(
        rewrite(source, renames, repeats)
    )

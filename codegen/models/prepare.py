"""The schemas of a bundled document as datamodel-code-generator is to model them.

Each schema goes through :func:`_prepare_schema` (nullable members folded, titles that only
re-spell a name dropped, formats and keywords the models should not enforce left out), then every
``pattern`` through :func:`codegen.models.patterns.fit_all` and every annotation nested too deep
through :func:`codegen.models.deep.cap_inline_nesting`. Each schema's result depends on that
schema alone and its place (the warnings' pointers), so a part of a document (one path item, say)
is prepared as the whole would prepare it: :func:`prepare` takes any part that keeps the
document's shape (``{"paths": {key: item}}``) and gives its warnings apart, in the order of a
walk of the part, for the caller to record in the order of the whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from codegen.errors import Diagnostics
from codegen.models import patterns
from codegen.models.deep import cap_inline_nesting
from codegen.spec import schemawalk

__all__ = ["Prepared", "prepare", "untitled"]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A prepared document (new containers down to each schema) and the warnings of its
    patterns and of its nesting."""

    document: dict[str, Any]
    fit: Diagnostics = field(default_factory=Diagnostics)
    cap: Diagnostics = field(default_factory=Diagnostics)


def prepare(document: dict[str, Any]) -> Prepared:
    """``document`` (or a part of one in its shape) prepared for the model generator: each
    schema through :func:`_prepare_schema` (children first), the component schemas' own titles
    through :func:`untitled`, then the patterns and the nesting (their warnings kept apart)."""
    ready = Prepared(_fold_nullable(document))
    components = ready.document.get("components")
    if isinstance(components, dict) and isinstance(components.get("schemas"), dict):
        # (a copy: _fold_nullable builds new containers down to every schema)
        components["schemas"] = {k: untitled(k, v) for k, v in components["schemas"].items()}
    patterns.fit_all(ready.document, ready.fit)
    cap_inline_nesting(ready.document, ready.cap)
    return ready


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


def untitled(name: str, prop: Any) -> Any:
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
    references keep their own classes. Property titles go through :func:`untitled`.
    """
    if isinstance(node.get("properties"), dict):
        node = {
            **node,
            "properties": {name: untitled(name, p) for name, p in node["properties"].items()},
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

"""Schemas handed to datamodel-code-generator under our names, and its metadata mapped back.

Component schemas whose names differ only in case or punctuation (``Foo-Bar``/``FooBar``) would be
merged or numbered by the model generator, so they are handed over under the class names that
:func:`codegen.ir.classnames.components` chose (:func:`rekeyed`), and the metadata's refs are
turned back into the spec's (:func:`original_refs`). The overrides file's ``fields`` become the
generator's class-scoped aliases (:func:`field_aliases`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from codegen.errors import CodegenError, unescape_token
from codegen.ir import naming

PREFIX = "#/components/schemas/"


def _moved(node: Any, moved: Mapping[str, str]) -> Any:
    """``node`` with every reference string to a moved schema (``moved``: old ref → new ref)
    pointing at its new place, ``$ref``s and discriminator mappings alike."""
    if isinstance(node, dict):
        return {k: _moved(v, moved) for k, v in node.items()}
    if isinstance(node, list):
        return [_moved(v, moved) for v in node]
    if isinstance(node, str) and node.startswith("#/components/schemas/"):
        for old, new in moved.items():
            if node == old or node.startswith(old + "/"):
                return new + node[len(old) :]
    return node


def rekeyed(
    prepared: dict[str, Any], names: Mapping[str, str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """``prepared`` with each component in ``names`` (ref → class name) under its class name,
    and the map from new refs back to the spec's."""
    moved = {
        ref: PREFIX + name
        for ref, name in names.items()
        if ref.startswith(PREFIX) and ref[len(PREFIX) :] != name
    }
    if moved:
        keys = {unescape_token(r[len(PREFIX) :]): n[len(PREFIX) :] for r, n in moved.items()}
        prepared = _moved(prepared, moved)
        schemas = prepared["components"]["schemas"]
        prepared["components"]["schemas"] = {keys.get(k, k): v for k, v in schemas.items()}
    return prepared, {new: old for old, new in moved.items()}


def original_refs(meta: dict[str, Any], back: Mapping[str, str]) -> None:
    """Turn the metadata's refs to moved schemas back into the spec's (in place)."""
    for model in meta.get("models", []):
        ref = model.get("source_ref") or ""
        for new, old in back.items():
            if ref == new or ref.startswith(new + "/"):
                model["source_ref"] = old + ref[len(new) :]


def field_aliases(
    meta: dict[str, Any], back: Mapping[str, str], fields: Mapping[str, Mapping[str, str]]
) -> dict[str, str]:
    """Scoped aliases (``Class.wire name`` → Python name) for the overrides file's ``fields``."""
    out: dict[str, str] = {}
    for ref, table in fields.items():
        model = next(
            (
                m
                for m in meta.get("models", [])
                if back.get(m.get("source_ref"), m.get("source_ref")) == ref
            ),
            None,
        )
        at = f"#/schemas/{ref.replace('~', '~0').replace('/', '~1')}/fields"
        if model is None:
            raise CodegenError(
                f"the overrides file renames fields of {ref}, which is no schema with a class",
                pointer=at,
                hint="Point at a component schema (#/components/schemas/<name>) or remove it.",
            )
        wires = {f.get("alias") or f["name"] for f in model.get("fields", [])}
        for wire, name in table.items():
            if wire not in wires:
                raise CodegenError(
                    f"the overrides file renames field {wire!r} of {ref}, which has no such field",
                    pointer=at,
                    hint=f"Its fields are {', '.join(sorted(wires))}; remove or fix the key.",
                )
            out[f"{model['class_name']}.{wire}"] = naming.from_override(name, at)
    return out

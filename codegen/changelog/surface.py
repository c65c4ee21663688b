"""Changelog, part 0 — what the generator would publish for one spec: its IR and model classes.

Each side of ``codegen diff`` goes through the generator's own pipeline
(:func:`codegen.pipeline.generate`, overrides applied), the NEW side with the OLD side's published
method and class names locked, as ``make generate`` over the old output would. A
:class:`Surface` holds what the changelog compares: the IR (client, resources, operations with
their SDK calls), the model classes (schema pointer → class, class → fields and the classes it
uses) and the bundled document with its resolver, for schema-level rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.changelog.unchanged import refs
from codegen.errors import CodegenError, Diagnostics
from codegen.ir.records import Api, Operation
from codegen.spec.load import load
from codegen.spec.resolve import Resolver, bundle
from codegen.spec.validate import validate

_SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True, slots=True)
class Surface:
    """One side of a diff: the published SDK and the spec it comes from."""

    name: str
    document: dict[str, Any]
    resolver: Resolver
    api: Api
    classes: dict[str, str]  # schema pointer -> class name
    fields: dict[str, dict[str, str]]  # class -> wire name -> Python field name
    names: dict[str, str]  # METHOD /path -> "resource.method", as published
    files: dict[str, str]  # the generated package: relative path -> text

    @property
    def operations(self) -> dict[str, Operation]:
        return {op.key: op for res in self.api.resources for op in res.operations}

    def call(self, key: str) -> str:
        """``client.video_translations.proofreads.create``."""
        return f"client.{self.names.get(key, key)}"


def _document(path: Path) -> tuple[dict[str, Any], Resolver]:
    """Load → validate → bundle (the pointers the generator's stages use)."""
    checked = validate(load(path).document, Diagnostics())
    document = bundle(checked, Resolver(checked, path.parent, root_file=path))
    return document, Resolver(document)


def build(
    path: Path,
    which: str,
    overrides: Path | None,
    published: Surface | None = None,
    manifest: Path | None = None,
) -> Surface:
    """The surface of the spec at ``path``; ``published`` is the side whose names are kept, else
    ``manifest`` the output manifest that published them (``generated/.codegen-manifest.json``).
    Errors name the side (``which``: "old" or "new")."""
    from codegen.pipeline import generate  # the whole generator; only the diff command needs it

    if not path.is_file():
        raise CodegenError(
            f"cannot read the {which} spec {path}: no such file",
            hint=f"Check the {which.upper()} path.",
        )
    try:
        document, resolver = _document(path)
        result = generate(
            path,
            overrides_path=overrides,
            published_names=published.names if published else _manifest(manifest, "names"),
            published_classes=published.classes if published else _manifest(manifest, "classes"),
            inputs_sha256="",
        )
    except CodegenError as exc:
        raise CodegenError(
            f"{which} spec: {exc.message}",
            pointer=exc.pointer,
            hint=exc.hint,
            source=exc.source or path.name,
        ) from None
    models = result.models
    classes = {ref: str(cls) for ref, cls in models.classes.items()} if models else {}
    fields = {
        str(cls): {f.alias: f.name for f in found}
        for cls, found in (models.fields if models else {}).items()
    }
    return Surface(
        name=path.name,
        document=document,
        resolver=resolver,
        api=result.api,
        classes=classes,
        fields=fields,
        names=dict(result.api.names),
        files=result.files,
    )


def _reached(resolver: Resolver, roots: set[str]) -> set[str]:
    """Component pointers ``roots`` reference, directly or through other components
    (parameters, request bodies and responses defined once are followed too)."""
    seen, todo = set(roots), list(roots)
    while todo:
        ref = todo.pop()
        if not ref.startswith("#/"):
            continue
        try:
            node, _ = resolver.deref({"$ref": ref}, ref)
        except CodegenError:
            continue
        for found in refs(node):
            if found not in seen:
                seen.add(found)
                todo.append(found)
    return seen


def usage(side: Surface) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """class -> the operations (``METHOD /path``) that send it, and those that receive it: the
    schemas each operation's parameters and request body reach, and its responses reach."""
    paths = side.document.get("paths") or {}
    owner: dict[str, list[str]] = {}  # component pointer -> classes of it and inside it
    for ref, cls in side.classes.items():
        if ref.startswith(_SCHEMAS):
            top = _SCHEMAS + ref[len(_SCHEMAS) :].split("/")[0]
            owner.setdefault(top, []).append(cls)
    sends: dict[str, set[str]] = {}
    receives: dict[str, set[str]] = {}
    for key, op in side.operations.items():
        item = paths.get(op.path) or {}
        node = item.get(op.method.value.lower()) or {}
        sent = refs([item.get("parameters"), node.get("parameters"), node.get("requestBody")])
        got = refs(node.get("responses"))
        for found, into in ((sent, sends), (got, receives)):
            for ref in _reached(side.resolver, found):
                for cls in owner.get(ref, ()):
                    into.setdefault(cls, set()).add(key)
    return sends, receives


def _manifest(path: Path | None, key: str) -> dict[str, str] | None:
    """One map of a manifest file (``names`` or ``classes``); None without a file."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CodegenError(f"cannot read the manifest {path}: {exc}") from None
    found = data.get(key) if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def overrides_for(spec: Path, given: Path | None) -> Path | None:
    """``given``, else ``overrides.toml`` beside the spec (as ``generate`` does)."""
    if given is not None:
        return given
    beside = spec.parent / "overrides.toml"
    return beside if beside.is_file() else None

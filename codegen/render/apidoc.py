"""The public surface as Markdown (``api.md`` in the package), regenerated with the code.

A pull request that changes the spec then shows, in one reviewable file, what SDK users will
see: the client, every resource method with its signature, and every model with its fields.
Model fields are read back from the generated (already formatted) model source with ``ast``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ModelDoc:
    name: str
    bases: str
    fields: tuple[str, ...]  # "name: annotation = default"


def _plain(annotation: ast.expr) -> ast.expr:
    """``Annotated[X, Field(...)]`` → ``X``: the reference shows types, not validation details."""
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
        and annotation.slice.elts
    ):
        return annotation.slice.elts[0]
    return annotation


def model_doc(node: ast.ClassDef) -> ModelDoc:
    """The entry of one class of the parsed models module."""
    fields = []
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            if item.target.id == "model_config":
                continue
            text = f"{item.target.id}: {ast.unparse(_plain(item.annotation))}"
            if item.value is not None:
                text += f" = {ast.unparse(item.value)}"
            fields.append(text)
        elif isinstance(item, ast.Assign) and len(item.targets) == 1:
            target = item.targets[0]
            if isinstance(target, ast.Name) and target.id != "model_config":
                fields.append(f"{target.id} = {ast.unparse(item.value)}")
    return ModelDoc(node.name, ", ".join(ast.unparse(b) for b in node.bases), tuple(fields))


def model_docs(
    tree: ast.Module, doc: Callable[[ast.ClassDef], ModelDoc] = model_doc
) -> tuple[ModelDoc, ...]:
    """One entry per class of the parsed models module (``doc``: :func:`model_doc`, or the
    same from a memo of it)."""
    return tuple(doc(node) for node in tree.body if isinstance(node, ast.ClassDef))


__all__ = ["ModelDoc", "model_doc", "model_docs"]

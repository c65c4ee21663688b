"""The public surface as Markdown (``api.md`` in the package), regenerated with the code.

A pull request that changes the spec then shows, in one reviewable file, what SDK users will
see: the client, every resource method with its signature, and every model with its fields.
Model fields are read back from the generated (already formatted) model source with ``ast``.
"""

from __future__ import annotations

import ast
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


def model_docs(tree: ast.Module) -> tuple[ModelDoc, ...]:
    """One entry per class of the parsed models module."""
    docs = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
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
        docs.append(
            ModelDoc(node.name, ", ".join(ast.unparse(b) for b in node.bases), tuple(fields))
        )
    return tuple(docs)


__all__ = ["ModelDoc", "model_docs"]

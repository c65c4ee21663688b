"""The model module's share of the package: its ``models/`` modules and its entries in ``api.md``.

Apart from :mod:`codegen.render.package` so that the model stage's process, which cuts its own
source (:mod:`codegen.models.background`), does not import Jinja and the views to do it.
"""

from __future__ import annotations

import ast

from codegen.models.split import SPLIT_ABOVE, class_count, split_models
from codegen.render.apidoc import ModelDoc, model_docs

__all__ = ["ModelParts", "model_parts"]

ModelParts = tuple[dict[str, str] | None, tuple[ModelDoc, ...]]


def model_parts(source: str, layout: str) -> ModelParts:
    """What the package needs of the model module ``source``: its ``models/`` modules (None
    for a single ``models.py``: ``layout`` "module", or "auto" up to
    :data:`~codegen.models.split.SPLIT_ABOVE` classes) and the models for ``api.md``. The
    12 MB module of GitHub is parsed once, here."""
    tree = ast.parse(source)
    split = None
    if layout == "package" or (layout == "auto" and class_count(tree) > SPLIT_ABOVE):
        split = split_models(source, tree)
    return split, model_docs(tree)

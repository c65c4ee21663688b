"""The model module's share of the package: its ``models/`` modules and its entries in ``api.md``.

Apart from :mod:`codegen.render.package` so that the model stage's process, which cuts its own
source (:mod:`codegen.models.background`), does not import Jinja and the views to do it.
"""

from __future__ import annotations

from codegen.models.generate import paused_gc
from codegen.models.rewrite import parsed
from codegen.models.split import SPLIT_ABOVE, class_count, split_models
from codegen.render.apidoc import ModelDoc, model_docs

__all__ = ["HEADER", "ModelParts", "model_files", "model_parts"]

HEADER = (
    "# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.\n"
)

ModelParts = tuple[dict[str, str] | None, tuple[ModelDoc, ...]]


def model_parts(source: str, layout: str) -> ModelParts:
    """What the package needs of the model module ``source``: its ``models/`` modules (None
    for a single ``models.py``: ``layout`` "module", or "auto" up to
    :data:`~codegen.models.split.SPLIT_ABOVE` classes) and the models for ``api.md``. The
    module is parsed once, by the model rewrite (:func:`codegen.models.rewrite.parsed`)."""
    with paused_gc():
        tree = parsed(source)  # (the tree the model rewrite kept, when it could)
        split = None
        if layout == "package" or (layout == "auto" and class_count(tree) > SPLIT_ABOVE):
            split = split_models(source, tree)
        return split, model_docs(tree)


def model_files(package: str, source: str, split: dict[str, str] | None) -> dict[str, str]:
    """The model files of ``package``: ``models/`` modules when ``split`` (from
    :func:`model_parts`), else one ``models.py`` holding ``source``."""
    if split is not None:
        return {f"{package}/models/{name}": HEADER + text for name, text in split.items()}
    return {f"{package}/models.py": HEADER + source}

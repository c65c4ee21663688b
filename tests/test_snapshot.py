"""The proofread snapshot: the generated operation and its models, as reviewed and committed.

It is taken from a fresh generation of openapi/external-api.json, so it fails whenever the spec
(or the generator) changes what users of `create_proofread` see. Refresh it with
`make snapshot-update` and review the diff.
"""

from __future__ import annotations

import ast

from codegen.pipeline import Result
from tests.conftest import ROOT, UPDATE

SNAPSHOT = ROOT / "tests" / "snapshots" / "proofread.py.txt"
MODELS = (
    "AssetId",
    "AssetUrl",
    "CreateProofreadRequest",
    "CreateProofreadResponse",
    "ProofreadStatus",
    "StandardAPIError",
    "VideoTranslationMode",
)
OPERATION = (
    "_CREATE_PROOFREAD",
    "VideoTranslationsProofreads.create",
    "AsyncVideoTranslationsProofreads.create",
)


def _segments(source: str, names: tuple[str, ...]) -> str:
    """The named top-level definitions and ``Class.method``s, in the order of ``names``."""
    tree = ast.parse(source)
    found: dict[str, str] = {}
    nodes: list[tuple[str, ast.stmt]] = [("", node) for node in tree.body]
    for prefix, node in nodes:
        name = None
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            name = prefix + node.name
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = prefix + node.targets[0].id
        if isinstance(node, ast.ClassDef) and not prefix:
            nodes.extend((f"{node.name}.", child) for child in node.body)
        if name in names:
            found[name] = ast.get_source_segment(source, node, padded=True) or ""
    missing = sorted(set(names) - set(found))
    assert not missing, f"not generated: {missing}"
    return "\n\n\n".join(found[n] for n in names)


def _model_segments(files: dict[str, str], names: tuple[str, ...]) -> str:
    """The named model classes from ``models.py``, or from the modules of a ``models/`` package
    (one model per private module), in the order of ``names``."""
    if "heygen/models.py" in files:
        return _segments(files["heygen/models.py"], names)
    defined = {
        node.name: path
        for path, text in files.items()
        if path.startswith("heygen/models/_") and path.endswith(".py")
        for node in ast.parse(text).body
        if isinstance(node, ast.ClassDef)
    }
    missing = sorted(set(names) - set(defined))
    assert not missing, f"not generated: {missing}"
    return "\n\n\n".join(_segments(files[defined[n]], (n,)) for n in names)


def snapshot_text(result: Result) -> str:
    api = result.files["heygen/resources/video_translations/proofreads.py"]
    return (
        "# The proofread operation and its models as generated from openapi/external-api.json.\n"
        "# Refresh: make snapshot-update\n\n"
        + _segments(api, OPERATION)
        + "\n\n\n# ---- models ----\n\n"
        + _model_segments(result.files, MODELS)
        + "\n"
    )


def test_proofread_snapshot(fresh_heygen: Result) -> None:
    text = snapshot_text(fresh_heygen)
    if UPDATE:
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert SNAPSHOT.is_file(), "no snapshot yet: run `make snapshot-update`"
    assert text == SNAPSHOT.read_text(encoding="utf-8"), (
        "the generated proofread operation differs from tests/snapshots/proofread.py.txt; "
        "review and refresh with `make snapshot-update`"
    )

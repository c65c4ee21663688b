"""What an output was made from, as one hash, so an unchanged regeneration can stop early.

The fingerprint covers the spec's and the overrides file's bytes, the user's template folder
named there (``[templates] folder``), the generator's own source (``codegen/`` and
``templates/``) and the pinned tools' versions (the cache's :func:`~codegen.output.cache.salt`,
computed once per run for both) and the options. When it matches the output's manifest and
every owned file is intact, there is nothing to do.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from codegen.output.cache import salt, tree_digest
from codegen.output.write import read_manifest
from codegen.overrides import load_overrides, template_folder


def _templates_digest(overrides: Path | None) -> str:
    """The user's template folder; "" when the overrides file names none."""
    folder = template_folder(load_overrides(overrides)[0], overrides)
    return "" if folder is None else tree_digest(folder).hex()


def fingerprint(
    spec: Path, overrides: Path | None, package: str | None, include_excluded: bool
) -> str:
    parts = {
        "spec": hashlib.sha256(spec.read_bytes()).hexdigest(),
        "overrides": hashlib.sha256(overrides.read_bytes()).hexdigest() if overrides else "",
        "templates": _templates_digest(overrides),
        "generator": salt(),
        "package": package or "",
        "include_excluded": include_excluded,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def up_to_date(out: Path, inputs: str) -> bool:
    """The manifest records ``inputs`` and every file it lists is still as written."""
    manifest = read_manifest(out)
    files = manifest.get("files")
    if manifest.get("inputs_sha256") != inputs or not isinstance(files, dict):
        return False
    for rel, sha in files.items():
        path = out / rel
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            return False
    return True

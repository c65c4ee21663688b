"""Stage 7 — ruff (``check --fix`` then ``format``) over the rendered files, in a scratch folder.

The output directory is not touched: files are formatted in a temporary tree and read back. A
ruff failure is a :class:`CodegenError` and leaves nothing behind. Files named in ``verbatim``
(the copied runtime, already linted and formatted where it lives) are returned untouched: the fix
pass would otherwise drop their ``# noqa`` comments, which the package's narrower rule set does
not need.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Collection
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from codegen.errors import CodegenError


def _run(args: list[str], cwd: Path) -> None:
    proc = subprocess.run(
        [find_ruff_bin(), *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise CodegenError(
            f"ruff {args[0]} failed on the generated code: {detail[0] if detail else proc.returncode}",
            hint="This is a generator bug; run with --debug and report it with the spec.",
        )


def format_files(files: dict[str, str], verbatim: Collection[str] = ()) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="codegen-format-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        targets = sorted(rel for rel in files if rel.endswith(".py") and rel not in verbatim)
        if targets:
            _run(["check", "--fix", "--quiet", "--exit-zero", "--no-cache", *targets], root)
            _run(["format", "--quiet", "--no-cache", *targets], root)
        return {
            rel: text if rel in verbatim else (root / rel).read_text(encoding="utf-8")
            for rel, text in files.items()
        }

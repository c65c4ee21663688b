"""Stage 7 — ruff (``check --fix`` then ``format``) over the rendered files, in a scratch folder.

The output directory is not touched: files are formatted in a temporary tree and read back. A
ruff failure is a :class:`CodegenError` with ruff's own words and leaves nothing behind. Files
named in ``verbatim`` (the copied runtime, already linted and formatted where it lives) are
returned untouched: the fix pass would otherwise drop their ``# noqa`` comments.

ruff runs with :data:`RUFF_SETTINGS`, written to a ``ruff.toml`` outside the scratch tree and
passed with ``--config``, so no generated file (the rendered ``pyproject.toml``, which carries
spec text) can configure or break it. The generated package's ``[tool.ruff]`` repeats the same
settings for its users (a test keeps the two equal).
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Collection
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from codegen.errors import CodegenError
from codegen.render.text import toml_string

RUFF_SETTINGS = """\
line-length = 100
target-version = "py311"

[lint]
select = ["E", "F", "W", "I", "UP", "B", "RUF100"]
ignore = ["E501"]
# The copied runtime is linted with the generator's wider rule set; keep its `# noqa: RUF0…`.
external = ["RUF0"]
"""
_DETAIL_LINES = 20


def _run(args: list[str], cwd: Path) -> None:
    proc = subprocess.run(
        [find_ruff_bin(), *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        lines = [line for line in (proc.stderr + proc.stdout).splitlines() if line.strip()]
        detail = "\n".join(lines[:_DETAIL_LINES]) or f"exit status {proc.returncode}"
        raise CodegenError(
            f"ruff {args[0]} failed on the generated code: {detail}",
            hint="This is a generator bug; run with --debug and report it with the spec.",
        )


def _config(packages: list[str]) -> str:
    first_party = ", ".join(toml_string(p) for p in packages)
    return f"{RUFF_SETTINGS}\n[lint.isort]\nknown-first-party = [{first_party}]\n"


def format_files(files: dict[str, str], verbatim: Collection[str] = ()) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="codegen-format-") as tmp:
        root = Path(tmp) / "tree"
        config = Path(tmp) / "ruff.toml"
        packages = sorted(
            {
                rel.split("/")[0]
                for rel in files
                if rel.count("/") == 1 and rel.endswith("/__init__.py")
            }
        )
        config.write_text(_config(packages), encoding="utf-8")
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        targets = sorted(rel for rel in files if rel.endswith(".py") and rel not in verbatim)
        if targets:
            fixed = ["--config", str(config), "--no-cache"]  # not --quiet: it hides the cause
            _run(["check", "--fix", "--exit-zero", *fixed, *targets], root)
            _run(["format", *fixed, *targets], root)
        return {
            rel: text if rel in verbatim else (root / rel).read_text(encoding="utf-8")
            for rel, text in files.items()
        }

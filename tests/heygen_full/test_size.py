"""Generated lines per operation on the whole HeyGen API: the SDK writes each operation once
per mode (sync, async) plus its api.md entry, like openai-python (110–144 lines per operation).
A polling helper (``poll``) is a public method of its own (sync, async, api.md entry), so the
limit is per method: operations plus polling helpers (the product's overrides add seven).

What counts: every generated ``.py`` file of the package and ``api.md`` up to its Models section,
blank lines and docstrings included. What does not: the runtime modules copied verbatim from
``templates/runtime/`` (the same for every spec, whatever its size), and the models — the
``models.py`` module or ``models/`` package and api.md's Models section — which scale with the
spec's schemas, not with its operations.
"""

from __future__ import annotations

from codegen.pipeline import Result
from codegen.render.package import runtime_files

from .conftest import PACKAGE

# Nesting resources as the URL does (issue 14: 21 resources instead of 12, each a class per mode
# with a raw twin) costs no line per operation: resource classes inherit their constructor, a
# class and its raw twin share the accessors of nested resources, and api.md gives each method
# a heading (method and METHOD /path), its summary and a one-line signature.
LIMIT = 150
MODELS_SECTION = "\n## Models\n"


def counted_lines(files: dict[str, str]) -> dict[str, int]:
    """Lines per counted file."""
    runtime = set(runtime_files())
    counted: dict[str, int] = {}
    for rel, text in files.items():
        folder, _, name = rel.partition("/")
        if folder != PACKAGE or name in runtime or name == "models.py":
            continue
        if name.startswith("models/"):
            continue
        if name == "api.md":
            assert MODELS_SECTION in text
            text = text.split(MODELS_SECTION)[0]
        elif not name.endswith(".py"):
            continue
        counted[name] = len(text.splitlines())
    return counted


def test_generated_lines_per_operation(full_result: Result) -> None:
    counted = counted_lines(full_result.files)
    operations = sum(len(r.operations) for r in full_result.api.resources)
    polls = sum(len(r.polls) for r in full_result.api.resources)
    lines = sum(counted.values())
    per_operation = lines / (operations + polls)
    print(
        f"\n{lines} generated lines in {len(counted)} files for {operations} operations and "
        f"{polls} polling helpers: {per_operation:.1f} lines per method "
        f"({lines / operations:.1f} per operation)"
    )
    assert operations > 40  # the whole API, not a fragment of it
    assert {"_client.py", "api.md", "resources/videos.py"} <= set(counted)
    assert not any(name.startswith("models") for name in counted)
    assert per_operation <= LIMIT

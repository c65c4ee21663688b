"""codegen.output.cache: what every cache key (and the output's fingerprint) includes."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version

import pytest

from codegen.output.cache import versions

TOOLS = ["datamodel-code-generator", "ruff", "pydantic", "jsonschema", "referencing", "PyYAML"]


def test_the_tools_versions_are_those_importlib_metadata_reports() -> None:
    assert versions(TOOLS) == {tool: version(tool) for tool in TOOLS}


def test_a_tool_that_is_not_installed_is_an_error_as_with_importlib_metadata() -> None:
    with pytest.raises(PackageNotFoundError):
        versions(["no-such-tool-installed-here"])


def test_start_up_imports_neither_the_yaml_nor_the_jsonschema_libraries() -> None:
    """``python -m codegen`` imports ``codegen.cli``; until a YAML spec or a value the cache has
    no verdict for needs them, these stay out of the process (each costs start-up time)."""
    probe = (
        "import sys, codegen.cli, codegen.output.cache as c, codegen.spec.load, "
        "codegen.spec.lint; c.salt(); "
        "print(sorted(m for m in ('yaml', 'jsonschema', 'referencing') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

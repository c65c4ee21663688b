"""Stage 1 — read a spec file (JSON or YAML) into a plain document and its sha256.

Syntax errors are reported with line and column; nothing here knows about OpenAPI yet. The YAML
parser is imported for a YAML spec only (a JSON spec's run does not pay its import).
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError


@dataclass(frozen=True, slots=True)
class Loaded:
    """A parsed spec file."""

    path: Path
    document: dict[str, Any]
    sha256: str


@functools.cache
def _yaml_loader() -> type[Any]:
    """A SafeLoader that keeps dates and times as strings, as JSON would, and reads every
    mapping key as the text written (`200:` is "200", `on:` is "on", `null:` is "null")."""
    import yaml

    class YamlLoader(yaml.SafeLoader):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            self.flatten_mapping(node)
            mapping: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key: Any = key_node.value
                else:
                    key = self.construct_object(key_node, deep=deep)
                mapping[key] = self.construct_object(value_node, deep=deep)
            return mapping

    YamlLoader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return YamlLoader


def parse_text(text: str, name: str) -> Any:
    """Parse JSON or YAML text; ``name`` is used in error messages only."""
    stripped = text.lstrip()
    if not stripped:
        raise CodegenError(
            f"{name} is empty",
            hint="Point --spec at an OpenAPI 3.0 or 3.1 document (JSON or YAML).",
            source=name,
        )
    if name.endswith(".json") or stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise CodegenError(
                f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                hint="Fix the syntax there (a JSON linter shows the context).",
                source=name,
            ) from None
    import yaml

    try:
        return yaml.load(text, Loader=_yaml_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise CodegenError(
            f"invalid YAML{where}: {exc.problem or exc}",
            hint="Fix the syntax there (a YAML linter shows the context).",
            source=name,
        ) from None
    except yaml.YAMLError as exc:
        raise CodegenError(f"invalid YAML: {exc}", source=name) from None


def load(path: Path) -> Loaded:
    """Read and parse ``path``; the sha256 is of the bytes on disk."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CodegenError(
            f"cannot read spec {path}: {exc.strerror or exc}",
            hint="Check the --spec path.",
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CodegenError(
            f"{path.name} is not UTF-8 text (byte {exc.start})",
            hint="Save the spec as UTF-8.",
            source=path.name,
        ) from None
    document = parse_text(text, path.name)
    if not isinstance(document, dict):
        raise CodegenError(
            f"{path.name} is not an OpenAPI document: its top level is a {type(document).__name__}, "
            "not an object",
            hint="An OpenAPI document is an object with `openapi`, `info` and `paths`.",
            source=path.name,
        )
    return Loaded(path=path, document=document, sha256=hashlib.sha256(data).hexdigest())

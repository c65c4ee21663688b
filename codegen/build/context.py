"""What every build step shares: the bundled document, the models, the overrides and the tools.

:class:`Context` is built once per run by :func:`codegen.build.builder.build`; the step modules
(identity, params, bodies, responses, operations, polling) are functions of it. Small readers of
raw spec nodes used by several steps (:func:`doc_of`, :func:`json_media`) live here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from codegen.build.example_names import indexed_examples_by_name
from codegen.build.examples import ExampleBuilder
from codegen.build.requests import RequestTypes
from codegen.build.typemap import TypeMapper
from codegen.errors import Diagnostics, child
from codegen.ir.records import Doc, ErrorStatus, Param
from codegen.models.generate import Models
from codegen.output.cache import Cache
from codegen.overrides import Overrides
from codegen.spec.resolve import Resolver


@dataclass(frozen=True, slots=True)
class Settings:
    """What the command line adds to the overrides file."""

    package: str | None = None
    include_excluded: bool = False
    overrides_source: str = "overrides.toml"
    published_names: Mapping[str, str] = field(default_factory=dict)


class Context:
    """The inputs of one build and the helpers built from them."""

    def __init__(
        self,
        doc: dict[str, Any],
        models: Models,
        overrides: Overrides,
        settings: Settings,
        diags: Diagnostics,
        cache: Cache | None = None,
    ) -> None:
        """``cache``: the run's cache, for what the build keeps per unit of the spec."""
        self.doc = doc
        self.models = models
        self.overrides = overrides
        self.settings = settings
        self.diags = diags
        self.resolver = Resolver(doc)
        self.types = TypeMapper(self.resolver, models)
        self.requests = RequestTypes(self.resolver, models, self.types)
        by_name = indexed_examples_by_name(doc, cache)
        self.examples = ExampleBuilder(self.resolver, models, self.types, by_name)
        self._derefs: dict[str, tuple[Any, str]] = {}
        # (id, pointer) of a parameter object -> it and its Param (codegen.build.params)
        self.params_built: dict[tuple[int, str], tuple[dict[str, Any], Param]] = {}
        # (status, id) of an error response object -> it and its ErrorStatus (build.responses)
        self.errors_built: dict[tuple[int, int], tuple[dict[str, Any], ErrorStatus]] = {}

    def deref(self, node: Any, at: str) -> tuple[Any, str]:
        """Follow ``node``'s `$ref` chain; the node reached and its pointer (remembered by the
        `$ref`: where a chain of the root document ends does not depend on where it starts)."""
        if not (isinstance(node, dict) and "$ref" in node):
            return node, at
        ref = node["$ref"]
        found = self._derefs.get(ref) if isinstance(ref, str) else None
        if found is None:
            found = self.resolver.deref(node, at)
            if isinstance(ref, str):
                self._derefs[ref] = found
        return found

    def deref_child(self, node: Any, parent: str, *tokens: str | int) -> tuple[Any, str]:
        """:meth:`deref` of ``node`` found at ``parent`` + ``tokens``, that pointer made only when
        it is needed: for a node that is no `$ref`, or one not followed yet (GitHub's operations
        refer to shared parameters and error responses 6,000 times)."""
        if isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            found = self._derefs.get(ref) if isinstance(ref, str) else None
            if found is not None:
                return found
        return self.deref(node, child(parent, *tokens))


def doc_of(node: dict[str, Any]) -> Doc:
    """The summary, description and docs link (``x-mint.href``) of a spec node."""
    mint = node.get("x-mint")
    link = mint.get("href", "") if isinstance(mint, dict) else ""
    summary = node.get("summary", "")
    description = node.get("description", "")
    return Doc(
        summary=summary if isinstance(summary, str) else "",
        description=description if isinstance(description, str) else "",
        link=link if isinstance(link, str) else "",
    )


def json_media(content: dict[str, Any]) -> str | None:
    """The first JSON media type (``application/json`` or ``…+json``) of a content map."""
    for media in content:
        base = media.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return media
    return None

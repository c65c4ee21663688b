"""JavaScript-only ``pattern``s never break the import of the package (issue 12, item 2.2)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pydantic
import pytest

from codegen.models.patterns import compiles, fit, translate
from tests.robust.support import build_all, generate_spec, imported, mypy_strict

# property -> (JS pattern, values JavaScript accepts, values it rejects); [] when dropped.
CASES: dict[str, tuple[str, list[str], list[str]]] = {
    "hyphen_after_class": (r"^[\w-:]+$", ["a-b:c", "x"], ["a b", "a/b"]),
    "hyphen_before_class": (r"^[.-\d]+$", ["1-2.3"], ["a"]),
    "unicode_property": (r"^\p{L}+$", ["héllo"], ["h1"]),
    "named_group": (r"^(?<word>[a-z]+)$", ["abc"], ["ABC"]),
    "slash_escape": (r"^\/v\d+\/$", ["/v1/"], ["v1"]),
    "control_escape": (r"^a\cJ?$", ["a", "a\n"], ["a\r"]),
    "literal_braces": (r"^\w{,3}$", ["a{,3}"], ["aaa"]),
    "any_char": (r"^a[^]b$", ["a\nb", "axb"], ["ab"]),
    "lookahead": (r"^(?=.*\d)\w+$", [], []),
    "backreference": (r"^(?<q>['\"]).*\k<q>$", [], []),
}
DROPPED = {"lookahead", "backreference"}


def _spec() -> dict[str, Any]:
    props = {name: {"type": "string", "pattern": p} for name, (p, _, _) in CASES.items()}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Patterns", "version": "1"},
        "paths": {
            "/p": {
                "get": {
                    "operationId": "getP",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/P"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "P": {
                    "type": "object",
                    "properties": props,
                    "patternProperties": {r"^x-[\w-]+$": {"type": "string"}},
                }
            }
        },
    }


def test_translations_keep_the_javascript_meaning() -> None:
    assert translate(r"[\w-:]") == r"[\w\-:]"
    assert translate(r"\p{L}{2,}") == r"\p{L}{2,}"
    assert translate(r"a{,3}") == r"a\{,3\}"
    assert fit(r"(?<=a)b") is None
    assert compiles(fit(r"^[\s-x]{1,2}$") or "(")


def test_js_patterns_import_and_validate(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = generate_spec(_spec(), out, "patpkg")
    warned = {w.pointer for w in result.diagnostics.warnings if "pattern" in w.message}
    at = "#/components/schemas/P/properties/"
    assert warned == {f"{at}{name}/pattern" for name in DROPPED}
    with imported(out, "patpkg"):
        models = importlib.import_module("patpkg.models")
        build_all(models)
        for name, (_, good, bad) in CASES.items():
            for value in good:
                assert getattr(models.P.model_validate({name: value}), name) == value
            for value in bad:
                with pytest.raises(pydantic.ValidationError):
                    models.P.model_validate({name: value})
        # A dropped constraint accepts anything rather than failing the import.
        assert models.P.model_validate({"lookahead": "no digit"}).lookahead == "no digit"
    mypy_strict(out, "patpkg")

"""The product's spec, made reproducibly: the whole April HeyGen API with the proofread operation
(and every component it uses) taken from the seed's current edition.

The seed (``../shared/seeds/000_de49b4c69b37c860.txt``) is a docs page embedding one operation of
the current edition as YAML in a ``yaml`` code fence. :func:`splice` replaces that operation's
path item in the April document with the seed's and copies in every component the seed's path item
reaches through ``$ref`` (transitively) and every security scheme it names; nothing else of the April
document changes. ``python -m tests.support.splice_spec`` rewrites ``openapi/external-api.json``;
``--check`` only compares.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
APRIL = SHARED / "specs" / "heygen-external-api-2026-04.json"
SEED = SHARED / "seeds" / "000_de49b4c69b37c860.txt"
PRODUCT = ROOT / "openapi" / "external-api.json"
SEED_PATH = "/v3/video-translations/proofreads"

_FENCE = re.compile(r"^(`{3,})yaml[^\n]*\n(.*?)\n\1\s*$", re.S | re.M)


def seed_document(text: str) -> dict[str, Any]:
    """The OpenAPI document in the seed page's first ``yaml`` fence."""
    match = _FENCE.search(text)
    if match is None:
        raise ValueError("the seed has no ```yaml fence")
    doc = yaml.safe_load(match.group(2))
    if not isinstance(doc, dict):
        raise ValueError("the seed's yaml fence is not an OpenAPI document")
    return doc


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        out = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return out + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def used_components(doc: dict[str, Any], path: str) -> list[tuple[str, str]]:
    """(section, name) of every component ``doc``'s path item uses: reached by ``$ref``,
    transitively, or named as a security scheme; in first-use order."""
    item = doc["paths"][path]
    seen: list[tuple[str, str]] = []
    todo = _refs(item)
    while todo:
        ref = todo.pop(0)
        if not ref.startswith("#/components/"):
            continue
        section, name = ref.removeprefix("#/components/").split("/", 1)
        if (section, name) in seen:
            continue
        seen.append((section, name))
        todo += _refs(doc["components"][section][name])
    for op in item.values():
        for requirement in (op.get("security") if isinstance(op, dict) else None) or []:
            seen += [
                ("securitySchemes", s) for s in requirement if ("securitySchemes", s) not in seen
            ]
    return seen


def splice(april: dict[str, Any], seed: dict[str, Any], path: str = SEED_PATH) -> dict[str, Any]:
    """A copy of ``april`` with ``path`` and the components it uses from ``seed``."""
    out: dict[str, Any] = json.loads(json.dumps(april))
    out["paths"][path] = seed["paths"][path]
    components = out.setdefault("components", {})
    for section, name in used_components(seed, path):
        components.setdefault(section, {})[name] = seed["components"][section][name]
    return out


def product_text() -> str:
    """``openapi/external-api.json`` as :func:`splice` makes it, byte for byte."""
    april = json.loads(APRIL.read_text(encoding="utf-8"))
    seed = seed_document(SEED.read_text(encoding="utf-8"))
    return json.dumps(splice(april, seed), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail when the spec is stale")
    args = parser.parse_args(argv)
    text = product_text()
    if args.check:
        current = PRODUCT.read_text(encoding="utf-8") if PRODUCT.is_file() else ""
        if current != text:
            print(f"{PRODUCT.relative_to(ROOT)} is stale: run python -m tests.support.splice_spec")
            return 1
        return 0
    PRODUCT.write_text(text, encoding="utf-8")
    print(f"wrote {PRODUCT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

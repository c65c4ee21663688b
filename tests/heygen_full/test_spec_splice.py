"""openapi/external-api.json is the whole April API with the seed's current proofread operation.

The seed page embeds the operation and every component it uses; each must appear in the product's
spec exactly (deep-equal after parsing), and the rest of the document must be the April edition's.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.support.splice_spec import (
    APRIL,
    PRODUCT,
    SEED,
    SEED_PATH,
    product_text,
    seed_document,
    used_components,
)


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is missing")
    return seed_document(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def product() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(PRODUCT.read_text(encoding="utf-8"))
    return doc


def test_the_seed_operation_is_in_the_spec_exactly(
    seed: dict[str, Any], product: dict[str, Any]
) -> None:
    assert product["paths"][SEED_PATH] == seed["paths"][SEED_PATH]


def test_every_component_the_seed_operation_uses_is_in_the_spec_exactly(
    seed: dict[str, Any], product: dict[str, Any]
) -> None:
    used = used_components(seed, SEED_PATH)
    # the seed's edition has an Idempotency-Key parameter and a 409 response the April one lacks
    assert ("parameters", "IdempotencyKey") in used
    assert ("responses", "IdempotencyInProgress") in used
    assert ("schemas", "StandardAPIError") in used
    for section, name in used:
        assert product["components"][section][name] == seed["components"][section][name], (
            f"components/{section}/{name} differs from the seed's"
        )


def test_every_other_operation_is_the_april_editions(product: dict[str, Any]) -> None:
    april = json.loads(APRIL.read_text(encoding="utf-8"))
    assert set(product["paths"]) == set(april["paths"])
    for path, item in april["paths"].items():
        if path != SEED_PATH:
            assert product["paths"][path] == item, path


def test_the_committed_spec_is_what_the_splice_makes() -> None:
    assert PRODUCT.read_text(encoding="utf-8") == product_text(), (
        "openapi/external-api.json is stale or edited by hand: run "
        "`.venv/bin/python -m tests.support.splice_spec`"
    )

"""The per-statement facts the model rewrite and the model parts keep in the cache
(:class:`codegen.models.rewrite._Facts`, :class:`codegen.render.modelparts._Statements`): each
is served only for the same statement text, and what else decides the result (the renames, the
``Field`` alias, a statement sharing a line) is read at use, so a run with the previous run's
facts writes what a run without them writes."""

from __future__ import annotations

import ast
import json

import pytest

from codegen.models import rewrite as rewrite_module
from codegen.models.rewrite import FACTS, keep, rewrite
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.render.modelparts import STATEMENTS, model_parts

HEAD = """from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel{field_import}, RootModel
"""

PET = '''

class Pet(BaseModel):
    """A pet."""

    name: str
    owner: Owner1 | None = None
'''

OWNER = """

class Owner1(BaseModel):
    pets: list[Pet]
"""

TAGS = """

class Tags(RootModel[list[str]]):
    root: list[str] = Field(..., max_length=3)
"""

KIND = """

class Kind(StrEnum):
    cat = "cat"
"""


NESTED = """

class Box(BaseModel):
    class Inner(StrEnum):
        a = "a"

    inner: Inner | None = None
"""


def _module(*parts: str, field_import: str = "") -> str:
    return HEAD.format(field_import=field_import) + "".join(parts)


def _next(previous: Cache) -> Cache:
    """A cache holding what ``previous`` collected, as the next run finds it."""
    again = Cache(None)
    again.entries = dict(previous.collected())
    return again


def _both(
    first: str, second: str, renames: dict[str, str], renames_after: dict[str, str]
) -> tuple[tuple[str, object], tuple[str, object]]:
    """``second`` rewritten (and cut) with the facts of ``first``'s run, and without any."""
    cache = Cache(None)
    text, tree = rewrite(first, renames, set(), cache)
    if tree is not None:
        keep(text, tree)
    model_parts(text, "package", cache)
    warm = _next(cache)
    assert warm.entries.get(FACTS)
    assert warm.entries.get(STATEMENTS)
    results = []
    for used in (warm, Cache(None)):
        text, tree = rewrite(second, renames_after, set(), used)
        if tree is not None:
            keep(text, tree)
        results.append((text, model_parts(text, "package", used)))
    return results[0], results[1]


CASES = {
    # a statement that had no renamed name now has one (its text changed)
    "a new field names a renamed class": (
        _module(PET.replace("    owner: Owner1 | None = None\n", ""), OWNER),
        _module(PET, OWNER),
        {"Owner1": "Owner"},
        {"Owner1": "Owner"},
    ),
    # the same texts, another rename decided after the engine
    "a rename appears": (_module(PET, OWNER), _module(PET, OWNER), {}, {"Owner1": "Owner"}),
    "a rename goes": (_module(PET, OWNER), _module(PET, OWNER), {"Owner1": "Owner"}, {}),
    # a property named `Field` elsewhere makes the library alias pydantic's Field
    "Field becomes aliased": (
        _module(TAGS, PET, OWNER),
        _module(TAGS, PET, OWNER, field_import=", Field as Field_aliased"),
        {},
        {},
    ),
    "an enum is added": (_module(PET, OWNER), _module(PET, OWNER, KIND), {}, {}),
    "a field changes type": (
        _module(PET, OWNER),
        _module(PET.replace("name: str", "name: int"), OWNER),
        {},
        {},
    ),
    # an enum class served from its facts (its bases opened without a walk), or walked
    "an enum stays": (_module(PET, OWNER, KIND), _module(PET, OWNER, KIND), {}, {}),
    "an enum meets a rename of a name it holds": (
        _module(KIND, PET, OWNER),
        _module(KIND, PET, OWNER),
        {},
        {"cat": "Cat"},
    ),
    "an enum inside a class": (_module(PET, OWNER, NESTED), _module(PET, OWNER, NESTED), {}, {}),
    # two statements on one line: memoized by their text they could not be told apart
    "statements share a line": (
        _module(PET, OWNER, "\n\nA = Pet; B = Owner1\n"),
        _module(PET, OWNER, "\n\nB = Pet; A = Owner1\n"),
        {},
        {},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_facts_of_the_previous_run_change_nothing(case: str) -> None:
    first, second, renames, renames_after = CASES[case]
    warm, cold = _both(first, second, renames, renames_after)
    assert warm == cold


def test_the_rewrite_facts_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cases above can fail: a key that leaves out the statement's last lines serves the
    facts of a statement without its new field, and the rename it needs is not made."""
    first, second, renames, after = CASES["a new field names a renamed class"]
    assert _both(first, second, renames, after)[0] == _both(first, second, renames, after)[1]

    def first_line_only(kind: str, *parts: str | bytes) -> str:
        return cache_key(kind, *(p.split("\n")[0] if isinstance(p, str) else p for p in parts))

    monkeypatch.setattr(rewrite_module, "cache_key", first_line_only)
    warm, cold = _both(first, second, renames, after)
    assert warm != cold
    assert "Owner1 | None" in warm[0]
    assert "Owner | None" in cold[0]


def test_the_statement_facts_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Likewise for the cut's names and api.md's entries: keyed by the first line only, a
    changed field's type is not seen."""
    from codegen.render import modelparts

    first, second, renames, after = CASES["a field changes type"]

    def first_line_only(kind: str, *parts: str | bytes) -> str:
        if kind != modelparts.STATEMENTS:  # (the rewrite's own facts keyed in full)
            return cache_key(kind, *parts)
        return cache_key(kind, *(p.split("\n")[0] if isinstance(p, str) else p for p in parts))

    monkeypatch.setattr(rewrite_module, "cache_key", first_line_only)  # statement_keys' key
    warm, cold = _both(first, second, renames, after)
    assert warm[1] != cold[1]


def test_a_tree_without_cache_is_parsed_alike() -> None:
    """The facts are the parsed statement's: the rewrite with and without them keeps a tree
    equal to parsing its text."""
    text, tree = rewrite(_module(PET, OWNER), {"Owner1": "Owner"}, set(), Cache(None))
    assert tree is not None
    assert ast.dump(ast.parse(text)) == ast.dump(tree)


@pytest.mark.parametrize(
    ("tamper", "served"),
    [
        (lambda opens: [[opens[0][0], opens[0][1], opens[0][2] + 1, opens[0][3] + 1]], True),
        (lambda opens: [[5, 0, 0, 0]], False),  # no base 5: walked instead
        (lambda opens: "garbage", False),
    ],
    ids=["moved", "no such base", "garbage"],
)
def test_an_enum_s_bases_are_opened_from_its_facts_when_they_fit(
    tamper: object, served: bool
) -> None:
    """An enum class's stored bases are used (a wrong column stored shows in the text) when
    they name a base the statement has; anything else is ignored and the class walked."""
    module = _module(PET, OWNER, KIND)
    cache = Cache(None)
    rewrite(module, {}, set(), cache)
    warm = _next(cache)
    table = warm.table(FACTS)
    kind = next(k for k, v in table.items() if v[2])  # (the one statement with enum bases)
    assert callable(tamper)
    table[kind] = [*table[kind][:2], tamper(table[kind][2])]
    warm.put(FACTS, json.dumps(table).encode())
    used = rewrite(module, {}, set(), _next(warm))[0]
    cold = rewrite(module, {}, set(), Cache(None))[0]
    assert "class Kind(OpenStrEnum):" in cold
    assert (used != cold) is served

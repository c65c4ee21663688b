"""The model rewrite's tree: the module it writes, parsed, without parsing it again."""

from __future__ import annotations

import ast

from codegen.models.rewrite import keep, parsed, rewrite

SOURCE = '''from __future__ import annotations

from enum import Enum, StrEnum

from codegen_runtime._models import BaseModel
from pydantic import Field as Field_aliased, RootModel


class Pet1(BaseModel):
    """A pet."""

    name: str
    owner: Owner1 | None = None


class Owner1(BaseModel):
    pets: list[Pet1]
    Field: str | None = None


@decorated
class Pet2(BaseModel):
    """A pet."""

    name: str
    owner: Owner1 | None = None


class Kind(StrEnum):
    cat = "cat"


class Size(Enum):
    small = 1


class Tags(RootModel[list[str]]):
    root: list[str] = Field(..., max_length=3)
'''
RENAMES = {"Pet1": "Pet", "Pet2": "Pet", "Owner1": "Owner"}


def _positions(tree: ast.Module) -> list[tuple[int, int | None, tuple[int, ...]]]:
    return [
        (n.lineno, n.end_lineno, tuple(d.lineno for d in getattr(n, "decorator_list", [])))
        for n in tree.body
    ]


def test_the_kept_tree_is_the_written_module_parsed() -> None:
    text, tree = rewrite(SOURCE, RENAMES, {"Pet"})
    assert tree is not None
    assert "class Pet2" not in text
    assert "@decorated" not in text
    assert "from enum import Enum\nfrom ._types import OpenStrEnum" in text
    assert "from ._models import BaseModel" in text
    assert "Field_aliased(..., max_length=3)" in text
    real = ast.parse(text)
    assert ast.dump(tree) == ast.dump(real)
    assert _positions(tree) == _positions(real)


def test_the_tree_is_handed_out_once_and_only_for_its_text() -> None:
    text, tree = rewrite(SOURCE, RENAMES, {"Pet"})
    assert tree is not None
    keep(text, tree)
    assert parsed(text) is tree
    again = parsed(text)  # handed out already: parsed afresh
    assert again is not tree
    assert ast.dump(again) == ast.dump(tree)
    keep(text, tree)
    copy = "".join(list(text))  # equal text, another object: parsed
    assert parsed(copy) is not tree


def test_two_edits_of_one_name_give_no_tree() -> None:
    # A class `StrEnum` renamed and the enum base opened: the text gets both edits of one span,
    # which the tree cannot mirror, so the later passes parse the text instead.
    text, tree = rewrite(SOURCE, {**RENAMES, "StrEnum": "StrEnumModel"}, {"Pet"})
    assert tree is None
    assert isinstance(text, str)

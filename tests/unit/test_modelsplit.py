"""codegen.models.split: a models module cut into one module per model (or per reference cycle)."""

from __future__ import annotations

import ast
import importlib
import sys
import textwrap
from pathlib import Path

import pytest

from codegen.models.split import class_count, split_models

SOURCE = textwrap.dedent(
    '''
    """Data models."""

    from __future__ import annotations

    from datetime import date
    from typing import Annotated, Literal

    from pydantic import BaseModel, Field

    from ._types import OpenStrEnum


    class Colour(OpenStrEnum):
        RED = "red"


    class A(BaseModel):
        b: B | None = None
        when: date | None = None


    class B(BaseModel):
        c: C | None = None


    class C(BaseModel):
        a: A | None = None
        colour: Colour = Colour.RED


    class Leaf(BaseModel):
        kind: Literal["leaf"] = "leaf"
        size: Annotated[int, Field(ge=0)]


    class Tree(BaseModel):
        children: list[Tree] = []
        leaf: Leaf | None = None


    class Foo(BaseModel):
        x: int


    class FOO(Foo):
        y: int
    '''
)


def test_class_count() -> None:
    assert class_count(ast.parse(SOURCE)) == 8


def test_one_module_per_model_and_one_per_cycle() -> None:
    files = split_models(SOURCE, ast.parse(SOURCE))
    assert sorted(files) == [
        "__init__.py",
        "_a.py",  # A, B and C refer to each other: one module, named after the first
        "_colour.py",
        "_foo.py",
        "_foo_2.py",  # FOO: same snake_case spelling as Foo, a distinct (case-safe) file name
        "_leaf.py",
        "_tree.py",  # refers to itself: a module of its own
    ]
    cycle = files["_a.py"]
    assert cycle.startswith('"""The `A`, `B` and `C` models, kept together because')
    assert [n.name for n in ast.parse(cycle).body if isinstance(n, ast.ClassDef)] == ["A", "B", "C"]


def test_each_module_imports_only_what_it_uses_one_level_deeper() -> None:
    files = split_models(SOURCE, ast.parse(SOURCE))
    imports = {
        name: [ast.unparse(n) for n in ast.parse(text).body if isinstance(n, ast.ImportFrom)]
        for name, text in files.items()
        if name != "__init__.py"
    }
    assert imports["_a.py"] == [
        "from __future__ import annotations",
        "from datetime import date",
        "from pydantic import BaseModel",
        "from ._colour import Colour",
    ]
    assert imports["_colour.py"] == [
        "from __future__ import annotations",
        "from .._types import OpenStrEnum",
    ]
    assert imports["_leaf.py"] == [
        "from __future__ import annotations",
        "from typing import Annotated, Literal",
        "from pydantic import BaseModel, Field",
    ]
    assert imports["_tree.py"][-1] == "from ._leaf import Leaf"
    assert imports["_foo_2.py"][-1] == "from ._foo import Foo"


def test_the_package_imports_lazily_and_behaves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "splitpkg"
    (root / "models").mkdir(parents=True)
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "_types.py").write_text(
        "import enum\n\nclass OpenStrEnum(str, enum.Enum):\n    pass\n", encoding="utf-8"
    )
    for name, text in split_models(SOURCE, ast.parse(SOURCE)).items():
        (root / "models" / name).write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        models = importlib.import_module("splitpkg.models")

        def built() -> list[str]:
            prefix = "splitpkg.models."
            return sorted(m.removeprefix(prefix) for m in sys.modules if m.startswith(prefix))

        assert built() == []
        tree = models.Tree.model_validate({"children": [{"leaf": {"size": 1}}]})
        assert built() == ["_leaf", "_tree"]
        assert tree.children[0].leaf.kind == "leaf"
        a = models.A.model_validate({"b": {"c": {"a": {}, "colour": "red"}}})
        assert isinstance(a.b.c.a, models.A)
        assert a.b.c.colour is models.Colour.RED
        assert built() == ["_a", "_colour", "_leaf", "_tree"]
        assert issubclass(models.FOO, models.Foo)
        assert models.__all__ == sorted(models.__all__)
        assert "Tree" in dir(models)
        with pytest.raises(AttributeError, match="Nope"):
            _ = models.Nope
    finally:
        for name in [m for m in sys.modules if m.startswith("splitpkg")]:
            del sys.modules[name]

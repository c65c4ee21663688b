"""ruff formats a file in a scratch tree holding only what it reads of its surroundings
(:func:`codegen.render.format.scratch_files`); each file must come out as formatting the whole
tree gives it. Fails if the partial tree leaves out a folder or ``__init__.py`` ruff looks at."""

from __future__ import annotations

from codegen.render.format import _config, _ruff, scratch_files

# isort's sections depend on the tree: `b` (a top-level folder, not named first-party) is
# first-party only while `b/` is in the tree; `.sibling` is local; httpx is third-party.
FILES = {
    "pyproject.toml": "[project]\nname = 'x'\n",
    "a/__init__.py": "",
    "a/sub/__init__.py": "import httpx\nimport os\n\nprint(httpx, os)\n",
    "a/sub/mod.py": "from . import sibling\nimport b\nimport httpx\nimport os\nx=[1,2,b,httpx,os,sibling]\n",
    "a/sub/sibling.py": "y  =  1\n",
    "a/other.py": "import b\nimport typing\nimport httpx\nprint(b, typing, httpx)\n",
    "b/__init__.py": "import a\nimport httpx\nprint(a, httpx)\n",
    "b/deep/__init__.py": "",
    "b/deep/m.py": "import b.deep\nimport a.other\nimport json\nprint(b, a, json)\n",
}


def test_each_file_alone_is_formatted_as_in_the_whole_tree() -> None:
    config = _config(["a"])
    python = sorted(rel for rel in FILES if rel.endswith(".py"))
    whole = _ruff(FILES, python, config)
    for rel in python:
        assert _ruff(FILES, [rel], config) == {rel: whole[rel]}, rel


def test_scratch_tree_holds_the_packages_on_the_way_and_the_top() -> None:
    kept, folders = scratch_files(FILES, ["a/sub/mod.py"])
    assert kept == ["a/__init__.py", "a/sub/__init__.py", "a/sub/mod.py", "pyproject.toml"]
    assert folders == ["b"]

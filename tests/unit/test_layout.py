"""The generator's own shape: folders by stage, no import cycle, no module past the size budget."""

from __future__ import annotations

import ast
from pathlib import Path

CODEGEN = Path(__file__).resolve().parents[2] / "codegen"
MAX_LINES = 420  # "a few hundred lines at most" (STYLE.md); ~400 with a little slack
STAGES = {"spec", "ir", "models", "build", "render", "output", "changelog"}


def _module(path: Path) -> str:
    return ".".join(path.relative_to(CODEGEN.parent).with_suffix("").parts).removesuffix(
        ".__init__"
    )


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in CODEGEN.rglob("*.py"):
        mod = _module(path)
        deps = graph.setdefault(mod, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.split(".")[0] == "codegen":
                    deps.add(node.module)
            elif isinstance(node, ast.ImportFrom) and node.level:
                raise AssertionError(f"{mod}: relative import; the generator imports absolutely")
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle a depth-first walk of ``graph`` meets, each as the chain that closes it."""
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(mod: str, stack: list[str]) -> None:
        state[mod] = 1
        stack.append(mod)
        for dep in sorted(graph.get(mod, ())):
            if state.get(dep) == 1:
                cycles.append([*stack[stack.index(dep) :], dep])
            elif dep not in state:
                visit(dep, stack)
        stack.pop()
        state[mod] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod, [])
    return cycles


def test_no_import_cycle() -> None:
    assert _cycles(_imports()) == []


def test_a_cycle_would_be_found() -> None:
    """The same walk sees a cycle when there is one (so the test above can fail), however long."""
    assert _cycles({"a": {"b"}, "b": {"a"}}) == [["a", "b", "a"]]
    assert _cycles({"x": {"y"}, "y": {"z"}, "z": {"x"}, "w": set()}) == [["x", "y", "z", "x"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_folders_show_the_stages() -> None:
    folders = {p.name for p in CODEGEN.iterdir() if (p / "__init__.py").is_file()}
    assert folders == STAGES
    loose = sorted(p.name for p in CODEGEN.glob("*.py"))
    assert loose == [
        "__init__.py",
        "__main__.py",
        "cli.py",
        "errors.py",
        "overrides.py",
        "pipeline.py",
    ]
    for path in CODEGEN.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path.relative_to(CODEGEN)} says what it owns"


def test_no_module_past_the_size_budget() -> None:
    big = {
        str(p.relative_to(CODEGEN)): n
        for p in CODEGEN.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert big == {}

"""A large models module as a package that loads each model on first use.

datamodel-code-generator writes every model into one module, and importing it builds every
pydantic class: about 1 s for GitHub's 1,400 models, paid on the first call of *any* operation.
:func:`split_models` cuts that module into a ``models/`` package: one private module per model, or
per group of models that refer to each other (a strongly connected component of the reference
graph, so no two modules import each other), each importing only the models it refers to. The
package's ``__init__`` names every model for type checkers and loads a model's module when the
name is first asked for (PEP 562 ``__getattr__``), so ``from pkg.models import Repository``
builds ``Repository`` and what it refers to, nothing else.

The cut is made on the formatted source with :mod:`ast`: class bodies are copied as written, each
module repeats the import lines its classes use, nothing is re-rendered.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Callable, Iterable, Sequence

from codegen.ir import naming

__all__ = ["SPLIT_ABOVE", "class_count", "defined", "names_used", "split_models"]

# ``[client] models = "auto"`` makes a package when the module has more classes than this.
SPLIT_ABOVE = 100
# Longest module name: file systems allow 255 bytes; shorter reads better in tracebacks.
_LONGEST = 64


def class_count(tree: ast.Module) -> int:
    return sum(isinstance(node, ast.ClassDef) for node in tree.body)


def defined(node: ast.stmt) -> str | None:
    """The model a top-level statement defines: a class, or a type alias the library writes as
    ``X = TypeAliasType("X", ...)`` (``additionalProperties`` with constraints)."""
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        return target.id if isinstance(target, ast.Name) else None
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def names_used(node: ast.stmt) -> set[str]:
    """The names a top-level statement reads (what its module must import or define)."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _components(order: Sequence[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative), each listed in ``order``; a component
    comes after every component it refers to."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    position = {name: i for i, name in enumerate(order)}
    for root in order:
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(edges[root], key=position.__getitem__))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                nxt = pending.pop(0)
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(edges[nxt], key=position.__getitem__)))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                found.append(sorted(members, key=position.__getitem__))
    return found  # Tarjan emits a component only after all the components it reaches


def _module_names(components: Iterable[list[str]]) -> list[str]:
    names: list[str] = []
    taken: set[str] = set()
    for members in components:
        base = f"_{naming.snake(members[0])}"
        if len(base) > _LONGEST:  # a class nested 200 deep has a 2,000-character name
            digest = hashlib.sha256(base.encode()).hexdigest()[:10]
            base = f"{base[: _LONGEST - 11].rstrip('_')}_{digest}"
        name, n = base, 1
        while name in taken:  # two class names with one snake_case spelling (Foo / FOO)
            n += 1
            name = f"{base}_{n}"
        taken.add(name)
        names.append(name)
    return names


def _import_lines(header: Sequence[ast.Import | ast.ImportFrom], used: set[str]) -> list[str]:
    """The module's imports that ``used`` names, one level deeper (``from ._types`` →
    ``from .._types``). Pruned here rather than by ruff: its ``--fix`` over a thousand modules
    took a second."""
    lines = []
    for node in header:
        keep = [
            alias
            for alias in node.names
            if (alias.asname or alias.name).split(".")[0] in used
            or (isinstance(node, ast.ImportFrom) and node.module == "__future__")
        ]
        if not keep:
            continue
        if isinstance(node, ast.ImportFrom):
            level = node.level + 1 if node.level else 0
            lines.append(ast.unparse(ast.ImportFrom(module=node.module, names=keep, level=level)))
        else:
            lines.append(ast.unparse(ast.Import(names=keep)))
    return lines


def split_models(
    source: str, tree: ast.Module, used: Callable[[ast.stmt], set[str]] = names_used
) -> dict[str, str]:
    """``models.py``'s ``source`` (and its parsed ``tree``) as ``{file name in models/: text}``
    (no generated-file header). ``used`` gives the names a model's statement reads
    (:func:`names_used`, or the same from a memo of it)."""
    lines = source.splitlines()
    header = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    models = {n: name for n in tree.body if (name := defined(n))}
    classes = list(models)
    names = set(models.values())
    order = list(models.values())
    used_by = {models[c]: used(c) for c in classes}
    edges = {n: (used_by[n] & names) - {n} for n in order}
    components = _components(order, edges)
    modules = _module_names(components)
    module_of = {
        name: mod for mod, members in zip(modules, components, strict=True) for name in members
    }
    node_of = {models[c]: c for c in classes}

    # The import lines depend only on the names used that the header binds, and modules share
    # them (GitHub: 20 distinct sets), so each set is written once.
    bound = {(a.asname or a.name).split(".")[0] for node in header for a in node.names}
    imported: dict[frozenset[str], list[str]] = {}
    files: dict[str, str] = {}
    for module, members in zip(modules, components, strict=True):
        needed = sorted(
            {(module_of[d], d) for m in members for d in edges[m] if module_of[d] != module}
        )
        quoted = [f"`{m}`" for m in members]
        listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
        doc = (
            f'"""The {listed} model."""'
            if len(members) == 1
            else f'"""The {listed} models, kept together because they refer to each other."""'
        )
        used_names = set().union(*(used_by[m] for m in members))
        wanted = frozenset(used_names & bound)
        if wanted not in imported:
            imported[wanted] = _import_lines(header, set(wanted))
        body = [doc, "", *imported[wanted]]
        body += [f"from .{mod} import {name}" for mod, name in needed]
        for member in members:
            node = node_of[member]
            decorators = node.decorator_list if isinstance(node, ast.ClassDef) else []
            start = min([node.lineno, *(d.lineno for d in decorators)]) - 1
            assert node.end_lineno is not None
            body += ["", "", *lines[start : node.end_lineno]]
        files[f"{module}.py"] = "\n".join(body) + "\n"

    exported = sorted(names)
    needs = {
        module: sorted({module_of[d] for m in members for d in edges[m]} - {module})
        for module, members in zip(modules, components, strict=True)
    }
    needs_lines = [
        f'    "{mod}": ({", ".join(repr(d) for d in deps)},),'
        for mod, deps in sorted(needs.items())
        if deps
    ]
    init = [
        '"""Data models generated from the OpenAPI schemas.',
        "",
        "Each model lives in a private module and is built on first use: importing one model from",
        "here loads that model and the models it refers to, not every model of the API.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "import sys",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{module_of[n]} import {n} as {n}" for n in exported),
        "",
        "__all__ = [",
        *(f'    "{n}",' for n in exported),
        "]",
        "",
        "_MODULES: dict[str, str] = {",
        *(f'    "{n}": "{module_of[n]}",' for n in exported),
        "}",
        "",
        "",
        "# The modules each module imports: loaded first, deepest first, so a chain of models",
        "# 200 deep is 200 imports one after another, never 200 imports inside each other.",
        "_NEEDS: dict[str, tuple[str, ...]] = {",
        *needs_lines,
        "}",
        "",
        "",
        "def _load(module: str) -> Any:",
        "    order: list[str] = []",
        "    seen: set[str] = set()",
        "    stack = [(module, False)]",
        "    while stack:",
        "        current, ready = stack.pop()",
        "        if ready:",
        "            order.append(current)",
        '        elif current not in seen and f"{__name__}.{current}" not in sys.modules:',
        "            seen.add(current)",
        "            stack.append((current, True))",
        "            stack.extend((dep, False) for dep in _NEEDS.get(current, ()))",
        "    for item in order:",
        '        importlib.import_module(f".{item}", __name__)',
        '    return importlib.import_module(f".{module}", __name__)',
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "    value = getattr(_load(module), name)",
        "    globals()[name] = value  # later lookups skip this function",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted({*globals(), *__all__})",
    ]
    files["__init__.py"] = "\n".join(init) + "\n"
    return files

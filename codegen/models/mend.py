"""datamodel-code-generator output mended where it would not type-check or build.

**Pydantic's ``Field`` under an alias.** A property named ``Field`` makes the library import
pydantic's as ``Field_aliased``, but its root models still call ``Field(...)``, a name nothing
defines once annotations are evaluated (:func:`field_alias`, :func:`calls_field`).

**Subclass fields.** An ``allOf`` child that redeclares an inherited field: the library turns
``allOf: [{$ref: Base}, {properties: {error: {type: string, default: X}}}]`` into ``class Child(Base): error: str = "X"`` while ``Base`` declares
``error: str | None = None``. pydantic accepts that, but the attribute is mutable, so its type is
invariant and pyright rejects the override (``reportIncompatibleVariableOverride``). Two fixes,
by what the child changes:

- it only drops ``None``: the child's annotation gets ``| None`` back. What the base accepts, its
  subclass accepts; the child's default, constraints and docstring stay.
- anything else (another type, a narrower one): the child is flattened. It derives from its
  bases' own base and copies, in order, the inherited fields it does not redeclare, so no class
  claims to be what its fields contradict. The wire shape is unchanged.

:func:`field_overrides` leaves a module without such overrides as it is (one ``ast`` parse).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass

Edit = tuple[int, int, int, str]  # (line, start byte column, end byte column, new text)
_PLAIN = (ast.AnnAssign, ast.Expr, ast.Pass)  # what a class may hold to be flattened


@dataclass(frozen=True, slots=True)
class _Field:
    node: ast.AnnAssign
    first: int  # first line of the statement
    last: int  # last line, its docstring included


def _core(annotation: ast.expr) -> ast.expr:
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        return annotation.slice.elts[0]
    return annotation


def _members(node: ast.expr) -> list[str]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left) + _members(node.right)
    return [ast.dump(node)]


_NONE = ast.dump(ast.Constant(None))


def _own_fields(cls: ast.ClassDef) -> dict[str, _Field]:
    out: dict[str, _Field] = {}
    body = cls.body
    for i, stmt in enumerate(body):
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            nxt = body[i + 1] if i + 1 < len(body) else None
            doc = isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant)
            end = nxt if doc and nxt is not None else stmt
            assert end.end_lineno is not None
            out[stmt.target.id] = _Field(stmt, stmt.lineno, end.end_lineno)
    return out


def field_overrides(source: str) -> str:
    """``source`` (a generated model module) with every incompatible field override mended."""
    tree = ast.parse(source)
    lines = source.split("\n")
    edits: list[Edit] = []
    for cls, top, parents, mine, widen in _mends(tree):
        if top is not None:
            edits.extend(_flattened(cls, top, parents, mine, lines))
            continue
        for node in widen:
            assert node.end_lineno is not None
            assert node.end_col_offset is not None
            edits.append((node.end_lineno, node.end_col_offset, node.end_col_offset, " | None"))
    if not edits:
        return source
    apply_edits(lines, edits)
    return "\n".join(lines)


def needs_mending(tree: ast.Module) -> bool:
    """Whether :func:`field_overrides` would change the module parsed as ``tree`` (which may be
    one whose positions are stale: the decision reads none)."""
    return next(_mends(tree), None) is not None


_Mend = tuple[ast.ClassDef, str | None, dict[str, _Field], dict[str, _Field], list[ast.expr]]


class _Lazy(dict[str, dict[str, _Field]]):
    """Values made by ``make`` when first looked up."""

    def __init__(self, make: Callable[[str], dict[str, _Field]]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, name: str) -> dict[str, _Field]:
        made = self[name] = self._make(name)
        return made


def _mends(tree: ast.Module) -> Iterator[_Mend]:
    """Each class to mend: flattened onto its root base (the second item, when not None), or
    with these annotations widened by ``| None``."""
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    # A class's own fields, read when it or a class deriving from it has a base in the module
    # (GitHub: a few dozen of 1,400 classes; reading them all was 0.025 s of each rewrite).
    own = _Lazy(lambda name: _own_fields(classes[name]))

    def inherited(name: str, seen: frozenset[str] = frozenset()) -> dict[str, _Field]:
        out: dict[str, _Field] = {}
        for base in classes[name].bases:
            if isinstance(base, ast.Name) and base.id in classes and base.id not in seen:
                for key, f in {**inherited(base.id, seen | {name}), **own[base.id]}.items():
                    out.setdefault(key, f)
        return out

    def root(name: str) -> str | None:
        """The one base outside this module that ``name`` and its ancestors derive from."""
        bases = [b for n in (name, *_ancestors(name, classes)) for b in classes[n].bases]
        if not all(isinstance(b, ast.Name) for b in bases):
            return None
        found = {b.id for b in bases if isinstance(b, ast.Name) and b.id not in classes}
        return found.pop() if len(found) == 1 else None

    for name, cls in classes.items():
        parents = inherited(name)
        if not parents:  # nothing to compare its fields with: nothing to mend
            continue
        widen: list[ast.expr] = []
        flatten = False
        for key, mine in own[name].items():
            theirs = parents.get(key)
            if theirs is None or theirs.node.annotation is None:
                continue
            base_t, child_t = (
                _members(_core(theirs.node.annotation)),
                _members(_core(mine.node.annotation)),
            )
            if base_t == child_t:
                continue
            if _NONE in base_t and [m for m in base_t if m != _NONE] == child_t:
                widen.append(_core(mine.node.annotation))
            else:
                flatten = True
        top = root(name) if flatten else None
        plain = all(
            isinstance(s, _PLAIN) for b in _ancestors(name, classes) for s in classes[b].body
        )
        if top is not None and plain:
            yield cls, top, parents, own[name], widen
        elif widen:
            yield cls, None, parents, own[name], widen


def field_alias(tree: ast.Module) -> str | None:
    """The alias pydantic's ``Field`` is imported under when the module binds no plain ``Field``."""
    names = {
        (a.name, a.asname) for n in tree.body if isinstance(n, ast.ImportFrom) for a in n.names
    }
    aliased = next((asname for name, asname in names if name == "Field" and asname), None)
    plain = ("Field", None) in names or any(
        isinstance(n, ast.ClassDef) and n.name == "Field" for n in tree.body
    )
    return None if plain else aliased


def calls_field(call: ast.Call) -> bool:
    """Whether ``call`` is a bare ``Field(...)``."""
    return isinstance(call.func, ast.Name) and call.func.id == "Field"


def _ancestors(name: str, classes: dict[str, ast.ClassDef]) -> list[str]:
    out: list[str] = []
    for base in classes[name].bases:
        if isinstance(base, ast.Name) and base.id in classes and base.id not in out:
            out += [base.id, *_ancestors(base.id, classes)]
    return out


def _flattened(
    cls: ast.ClassDef,
    top: str,
    parents: dict[str, _Field],
    mine: dict[str, _Field],
    lines: list[str],
) -> list[Edit]:
    first, last = cls.bases[0], cls.bases[-1]
    assert last.end_col_offset is not None
    assert last.end_lineno == first.lineno
    edits = [(first.lineno, first.col_offset, last.end_col_offset, top)]
    copied = [
        "\n".join(lines[f.first - 1 : f.last]) for key, f in parents.items() if key not in mine
    ]
    if copied:
        body = cls.body
        doc = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
        anchor = body[1] if doc and len(body) > 1 else body[0]
        if doc and len(body) == 1:  # only a docstring: append after it
            assert body[0].end_lineno is not None
            line = body[0].end_lineno + 1
            edits.append(
                (
                    line - 1,
                    len(lines[line - 2].encode()),
                    len(lines[line - 2].encode()),
                    "\n" + "\n".join(copied),
                )
            )
        else:
            edits.append((anchor.lineno, 0, 0, "\n".join(copied) + "\n"))
    return edits


def apply_edits(lines: list[str], edits: list[Edit]) -> None:
    """Replace each ``edits`` span of ``lines`` (as :mod:`ast` counts: lines from 1, columns in
    UTF-8 bytes) by its text, in place; later spans first, so earlier columns stay valid."""
    for line, start, end, text in sorted(edits, reverse=True):
        row = lines[line - 1]
        if row.isascii():
            lines[line - 1] = row[:start] + text + row[end:]
        else:
            raw = row.encode()
            lines[line - 1] = (raw[:start] + text.encode() + raw[end:]).decode()

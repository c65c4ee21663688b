"""datamodel-code-generator's module with our decisions applied (:func:`rewrite`), and the
parsed module the rewrite keeps so that the later passes (the mend, the split, ``api.md``)
need not parse the text again (:func:`parsed`).
"""

from __future__ import annotations

import ast
import itertools
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from codegen.models import ahead, mend
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key

# The model module last written and its tree, for :func:`parsed` (at most one: it is large).
_last_parsed: list[tuple[str, ast.Module]] = []


def keep(text: str, tree: ast.Module) -> None:
    """Remember ``tree`` as the parsed ``text`` (the one most recently written), for :func:`parsed`."""
    _last_parsed[:] = [(text, tree)]


def parsed(source: str) -> ast.Module:
    """``ast.parse(source)``, or the tree the rewrite kept when ``source`` is the very text it
    wrote (the tree is handed out once; a second call parses)."""
    if _last_parsed and _last_parsed[0][0] is source:
        return _last_parsed.pop()[1]
    _last_parsed.clear()
    return ast.parse(source)


_OPEN = {"StrEnum": "OpenStrEnum", "IntEnum": "OpenIntEnum"}
_BASE_MODULE = "codegen_runtime._models"  # the module of OPTIONS["base_class"]
_CLASS_NAME = re.compile(r"class\s+(\w+)")


def rewrite(
    source: str, renames: Mapping[str, str], repeats: set[str], cache: Cache | None = None
) -> tuple[str, ast.Module | None]:
    """datamodel-code-generator's module with our decisions applied, in one ``ast`` pass, and
    the parsed module the text now is (None when an edit cannot be mirrored on it):

    - numbered classes renamed (``renames``, from ``classnames.denumber``): class statements and
      every name that refers to them, never text in strings or docstrings;
    - only the first definition kept of each class in ``repeats`` (copies of one schema);
    - the base class imported from the package's runtime (``from ._models import BaseModel``);
    - string enums made forward compatible: ``StrEnum``/``IntEnum`` bases become the runtime's
      ``OpenStrEnum``/``OpenIntEnum``. An enum value the server adds later then parses (as an
      unknown pseudo-member) instead of failing the whole response; strict mode still rejects it.

    Each edit of the text is made on the tree too, so the rewritten module need not be parsed
    again (by the mend and the split: two parses of GitHub's module, 0.2 s). The tree equals
    ``ast.parse`` of the text but for positions: only the lines of top-level statements and
    their decorators are kept right, which is all the later passes read.

    (Three passes — tokenize, then two parses — took 1.3 s on GitHub's 12 MB module.)

    A top-level statement none of whose names is renamed, with no bare ``Field(...)`` call (when
    ``Field`` is aliased), no enum base and no import the rewrite changes, is left as it is
    without walking it: what it holds is kept in ``cache`` by its text (:class:`_Facts`).
    """
    # The merge's tree of this very text (:mod:`.ahead`), or a parse; ``below``: how many lines
    # above its place each of the merge's statements has its inner nodes (added to the edits).
    tree, below = ahead.taken(source) or (ast.parse(source), {})
    lines = source.split("\n")  # as ast counts lines (splitlines also breaks at U+2028)
    edits: list[mend.Edit] = []
    dropped: list[tuple[int, int]] = []  # (first line, last line) of repeated definitions
    replaced: dict[int, list[ast.stmt]] = {}  # top-level statement index -> its new statements
    mirrored = True
    # A property named `Field` makes the library import pydantic's as `Field_aliased`, but its
    # root models still call `Field(...)`: a name nothing defines once annotations are evaluated.
    field = mend.field_alias(tree)
    seen: set[str] = set()
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        final = renames.get(node.name, node.name)
        if final in repeats and final in seen:
            assert node.end_lineno is not None
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            dropped.append((first, node.end_lineno))
            continue
        seen.add(final)
        if final != node.name:
            row = lines[node.lineno - 1]
            found = _CLASS_NAME.match(row.encode()[node.col_offset :].decode())
            assert found is not None
            assert found.group(1) == node.name
            start = node.col_offset + found.start(1)  # "class" and the spaces are ASCII
            edits.append((node.lineno, start, start + len(node.name.encode()), final))
            node.name = final
    top = {id(stmt): i for i, stmt in enumerate(tree.body)}
    memo = _Facts(source, lines, tree, cache)
    for stmt in tree.body:
        if memo.unchanged(stmt, renames, field):
            continue
        if isinstance(stmt, ast.ClassDef) and (only := memo.opened(stmt, renames, field)):
            for k, offset, start, end in only:  # only its enum bases to open: not walked
                name = _OPEN[getattr(stmt.bases[k], "id", "")]
                edits.append((stmt.lineno + offset, start, end, name))
                stmt.bases[k] = ast.Name(id=name, ctx=ast.Load())
            continue
        at = _lines(stmt, below.get(id(stmt), 0))
        held: set[str] = set()  # the statement's facts, seen before the walk edits them
        flags = 0
        opens: list[list[int]] | None = []  # its own enum bases (None: a nested class has one)
        for item in ast.walk(stmt):
            flags |= _flags(item, held)
            if field and isinstance(item, ast.Call) and mend.calls_field(item):
                assert item.func.end_col_offset is not None
                edits.append((at(item), item.func.col_offset, item.func.end_col_offset, field))
                item.func = ast.Name(id=field, ctx=ast.Load())  # (the walk visits the old one)
            if isinstance(item, ast.Name) and item.id in renames:
                assert item.end_col_offset is not None
                edits.append((at(item), item.col_offset, item.end_col_offset, renames[item.id]))
                item.id = renames[item.id]
            elif isinstance(item, ast.ClassDef):
                for k, base in enumerate(item.bases):
                    if isinstance(base, ast.Name) and base.id in _OPEN:
                        assert base.end_col_offset is not None
                        edits.append(
                            (at(base), base.col_offset, base.end_col_offset, _OPEN[base.id])
                        )
                        if opens is not None and item is stmt:
                            opens.append(
                                [k, at(base) - stmt.lineno, base.col_offset, base.end_col_offset]
                            )
                        else:
                            opens = None
                        # a new node: the walk still visits the old one, as the text edits did
                        item.bases[k] = ast.Name(id=_OPEN[base.id], ctx=ast.Load())
            elif (
                isinstance(item, ast.ImportFrom)
                and item.module == _BASE_MODULE
                and item.end_lineno == item.lineno
            ):
                assert item.end_col_offset is not None
                names = ", ".join(a.name for a in item.names)
                edits.append(
                    (
                        at(item),
                        item.col_offset,
                        item.end_col_offset,
                        f"from ._models import {names}",
                    )
                )
                index = top.get(id(item))
                mirrored = mirrored and index is not None and _whole_line(item, lines)
                plain = [ast.alias(name=a.name) for a in item.names]
                replaced[index or 0] = [ast.ImportFrom(module="_models", names=plain, level=1)]
            elif (
                isinstance(item, ast.ImportFrom)
                and item.module == "enum"
                and set(_OPEN) & {a.name for a in item.names}
                and item.end_lineno == item.lineno
            ):
                assert item.end_col_offset is not None
                rest = [a.name for a in item.names if a.name not in _OPEN]
                opened = sorted(_OPEN[a.name] for a in item.names if a.name in _OPEN)
                text = f"from ._types import {', '.join(opened)}"
                new: list[ast.stmt] = [
                    ast.ImportFrom(
                        module="_types", names=[ast.alias(name=n) for n in opened], level=1
                    )
                ]
                if rest:
                    text = f"from enum import {', '.join(rest)}\n{text}"
                    plain = [ast.alias(name=n) for n in rest]
                    new.insert(0, ast.ImportFrom(module="enum", names=plain, level=0))
                edits.append((at(item), item.col_offset, item.end_col_offset, text))
                index = top.get(id(item))
                mirrored = mirrored and index is not None and _whole_line(item, lines)
                replaced[index or 0] = new
        memo.record(stmt, held, flags, opens)
    gone = {line for first, last in dropped for line in range(first, last + 1)}
    edits = [e for e in edits if e[0] not in gone]
    mend.apply_edits(lines, edits)
    for first, last in sorted(dropped, reverse=True):
        del lines[first - 1 : last]
    text = "\n".join(lines)
    if not (mirrored and _apart(edits)):
        memo.save()
        return text, None
    memo.save()
    return text, _renumbered(tree, gone, replaced)


def _lines(stmt: ast.stmt, below: int) -> Callable[[ast.AST], int]:
    """The line of a node of ``stmt`` in the text, its inner nodes' ``below`` lines down (those
    of the statement and of its decorators are right: :func:`codegen.models.ahead.offer`)."""
    if not below:
        return lambda node: getattr(node, "lineno", 0)
    right = {id(stmt), *(id(n) for d in getattr(stmt, "decorator_list", []) for n in ast.walk(d))}
    return lambda node: getattr(node, "lineno", 0) + (0 if id(node) in right else below)


def _whole_line(node: ast.stmt, lines: list[str]) -> bool:
    """Whether ``node`` is the only thing on its (one) line."""
    return node.col_offset == 0 and node.end_col_offset == len(lines[node.lineno - 1].encode())


def _apart(edits: list[mend.Edit]) -> bool:
    """Whether no two ``edits`` touch one span (two decisions about one name, which the text
    and the tree would not agree on)."""
    spans = sorted((line, start, end) for line, start, end, _ in edits)
    return all(
        a[0] != b[0] or (a[2] <= b[1] and a[1] != b[1]) for a, b in itertools.pairwise(spans)
    )


def _renumbered(
    tree: ast.Module, gone: set[int], replaced: dict[int, list[ast.stmt]]
) -> ast.Module:
    """``tree``'s top-level statements after the rewrite: the repeated ones dropped, the
    replaced ones swapped, and their lines (and their decorators') as in the rewritten text."""
    body: list[ast.stmt] = []
    shift = 0  # lines added (split imports) minus lines dropped so far
    for i, stmt in enumerate(tree.body):
        assert stmt.end_lineno is not None
        first = min([stmt.lineno, *(d.lineno for d in getattr(stmt, "decorator_list", []))])
        if first in gone:  # a repeated class: its lines (decorators included) are gone
            shift -= stmt.end_lineno - first + 1
            continue
        if i in replaced:
            for j, new in enumerate(replaced[i]):
                new.lineno = new.end_lineno = stmt.lineno + shift + j
                new.col_offset, new.end_col_offset = 0, 0
                body.append(new)
            shift += len(replaced[i]) - 1
            continue
        for node in (stmt, *getattr(stmt, "decorator_list", [])):
            node.lineno += shift
            if node.end_lineno is not None:
                node.end_lineno += shift
        body.append(stmt)
    tree.body = body
    return tree


FACTS = "facts-rewrite"  # the cache entry of :class:`_Facts`
# Line breaks other than "\n" that ``ast`` or ``str.splitlines`` count: with one, a statement's lines as split here
# might not be the lines ``ast`` gives it, so nothing is memoized.
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_FIELD_CALL, _OPEN_BASE, _IMPORT = 1, 2, 4  # the flags of a statement's facts


class _Facts:
    """What the rewrite's walk looks for in each top-level statement of the engine's module
    (every name it holds, and whether it calls a bare ``Field``, derives from ``StrEnum`` or
    ``IntEnum`` or imports from ``enum`` or the base class's module), kept by the statement's
    text: the statement alone on its lines (none shares one), those lines as they read. A
    schema edit changes a few of GitHub's 1,400 statements; walking the others was 0.1 s."""

    def __init__(
        self, source: str, lines: list[str], tree: ast.Module, cache: Cache | None
    ) -> None:
        self.cache = cache
        self.stored: dict[str, Any] = cache.table(FACTS) if cache is not None else {}
        self.kept: dict[str, list[Any]] = {}
        # id of the statement's node -> its key
        self.keys = statement_keys(FACTS, source, lines, tree) if cache is not None else {}

    def _found(self, stmt: ast.stmt) -> tuple[str, list[Any]] | None:
        """The stored facts of ``stmt`` and its key, when they are well formed."""
        key = self.keys.get(id(stmt))
        found = self.stored.get(key) if key is not None else None
        if not (
            key is not None
            and isinstance(found, list)
            and len(found) == 3
            and isinstance(found[0], list)
            and all(isinstance(n, str) for n in found[0])
            and isinstance(found[1], int)
        ):
            return None
        return key, found

    def unchanged(self, stmt: ast.stmt, renames: Mapping[str, str], field: str | None) -> bool:
        """Whether the stored facts of ``stmt`` show the walk would change nothing in it."""
        stored = self._found(stmt)
        if stored is None:
            return False
        key, (names, flags, _) = stored
        if flags & (_OPEN_BASE | _IMPORT) or (field and flags & _FIELD_CALL):
            return False
        if any(n in renames for n in names):
            return False
        self.kept[key] = stored[1]
        return True

    def opened(
        self, stmt: ast.ClassDef, renames: Mapping[str, str], field: str | None
    ) -> list[list[int]] | None:
        """When the stored facts of ``stmt`` show the walk would only open its own enum bases
        (GitHub: 435 of 1,400 statements, 0.04 s of walks), those bases: each one's index and
        its place (the line after the statement's first, the columns); else None."""
        stored = self._found(stmt)
        if stored is None:
            return None
        key, (names, flags, opens) = stored
        if flags & _IMPORT or not flags & _OPEN_BASE or (field and flags & _FIELD_CALL):
            return None
        if any(n in renames for n in names) or not (isinstance(opens, list) and opens):
            return None
        for entry in opens:
            if not (
                isinstance(entry, list)
                and len(entry) == 4
                and all(type(v) is int for v in entry)
                and 0 <= entry[0] < len(stmt.bases)
                and getattr(stmt.bases[entry[0]], "id", None) in _OPEN
            ):
                return None
        self.kept[key] = stored[1]
        return opens

    def record(
        self, stmt: ast.stmt, names: set[str], flags: int, opens: list[list[int]] | None
    ) -> None:
        """Keep what the walk found in ``stmt`` (:func:`_flags`) and its own enum bases."""
        key = self.keys.get(id(stmt))
        if key is not None:
            self.kept[key] = [sorted(names), flags, opens]

    def save(self) -> None:
        if self.cache is not None:
            self.cache.put(FACTS, json.dumps(self.kept, ensure_ascii=False).encode("utf-8"))


def _flags(item: ast.AST, names: set[str]) -> int:
    """What the rewrite looks for in ``item`` (before it edits it): its name, added to
    ``names``, or its flag (:data:`_FIELD_CALL`, :data:`_OPEN_BASE`, :data:`_IMPORT`)."""
    if isinstance(item, ast.Name):
        names.add(item.id)
    elif isinstance(item, ast.Call) and mend.calls_field(item):
        return _FIELD_CALL
    elif isinstance(item, ast.ClassDef) and any(
        isinstance(b, ast.Name) and b.id in _OPEN for b in item.bases
    ):
        return _OPEN_BASE
    elif isinstance(item, ast.ImportFrom) and item.module in (_BASE_MODULE, "enum"):
        return _IMPORT
    return 0


def _first_line(node: ast.stmt) -> int:
    """The statement's first line, its decorators' included."""
    if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        return min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return node.lineno


def statement_keys(kind: str, source: str, lines: list[str], tree: ast.Module) -> dict[int, str]:
    """The cache key (of ``kind``) of each top-level statement of ``tree`` (``source`` parsed,
    ``lines`` its lines split at "\\n") that is alone on its lines, by its node's id: made of
    those lines as they read, so its parsed form, and any fact of it, follows from the key.
    None at all when ``source`` holds another line break (:data:`_OTHER_BREAKS`)."""
    keys: dict[int, str] = {}
    if _OTHER_BREAKS.search(source):
        return keys
    body = tree.body
    firsts = [_first_line(node) for node in body]
    before = 0  # the last line of the statement before
    for i, node in enumerate(body):
        assert node.end_lineno is not None
        after = firsts[i + 1] if i + 1 < len(body) else len(lines) + 1
        if before < firsts[i] and node.end_lineno < after:
            text = "\n".join(lines[firsts[i] - 1 : node.end_lineno])
            keys[id(node)] = cache_key(kind, text)
        before = node.end_lineno
    return keys

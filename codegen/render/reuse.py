"""The render cache: rendered files kept between runs, keyed by exactly what made them.

Three kinds of part are kept, each a function of a few arguments that its key spells out:

- a resource's files (its module, its package's ``__init__.py``), its section of ``api.md``
  and its :class:`~codegen.render.views.records.ResourceEntry` (as JSON): made by
  :func:`~codegen.render.views.resource_view`'s arguments alone (the resource and its
  children stripped of their operations), and its templates get that view alone;
- the package-wide files (client, README, ``__init__``, errors, params…): made by the API
  without its resources and the entries of all of them (:func:`package_key`);
- ``api.md``: made by what those are, the resources' sections and the models' docs
  (:func:`api_md_key`).

A key is the ``repr`` of those arguments: the IR is frozen dataclasses of strings, numbers,
enums and tuples whose generated ``repr`` spells every field (a test checks none is left out),
so two inputs with one key are equal. Every key also covers the generator's source, templates
included, and Jinja's version. A user's template folder is not covered: with one, nothing is
cached (:func:`codegen.render.package.render_parts`).

The parts live in :data:`SHARDS` cache entries (``render-0`` … ``render-f``, by the last
character of a part's key, each packed with :func:`~codegen.output.cache.pack_texts`): a few
files to read, and an edit seals again only the shards whose parts changed (GitHub's 7.7 MB
took 10 ms to hash). They hold exactly the parts this run used or made.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

import jinja2

from codegen.ir.records import Api, Resource
from codegen.output.cache import Cache, key, pack_texts, unpack_texts
from codegen.render.apidoc import ModelDoc
from codegen.render.views.records import ExampleArg, MethodEntry, PollEntry, ResourceEntry

SHARDS = tuple(f"render-{c}" for c in "0123456789abcdef")


class ResourceParts(NamedTuple):
    """What one resource renders to: its files (path from the output root → text), its
    ``api.md`` section and its entry for the package-wide files, as JSON (:func:`entry_json`;
    read back only when those files are rendered, by :class:`Entries`)."""

    files: dict[str, str]
    section: str
    entry: str


def resource_key(package: str, res: Resource, children: tuple[Resource, ...]) -> str:
    """The key of the parts of ``res`` whose view reads ``children``, written into the package
    named ``package`` (the parts' file paths start with it)."""
    return key("render-resource", jinja2.__version__, package, repr((res, children)))


def package_key(api: Api, entries: Sequence[str]) -> str:
    """The key of the package-wide files: ``api`` has no resources (they see only
    ``entries``, each a :func:`entry_json`)."""
    return key("render-package", jinja2.__version__, repr(api), *entries)


def api_md_key(package: str, sections: Sequence[str], models: Sequence[ModelDoc]) -> str:
    """The key of ``api.md``: besides the resources' ``sections`` and the ``models`` it
    reads what the package-wide files do (their key is ``package``)."""
    return key("render-api-md", package, repr(tuple(models)), *sections)


class Reuse:
    """The previous run's parts (from ``cache``; None: nothing is reused or kept) and this
    run's, which :meth:`close` stores for the next run."""

    def __init__(self, cache: Cache | None) -> None:
        self.cache = cache
        self._previous: dict[str, dict[str, str]] = {}
        for shard in SHARDS:
            payload = cache.get(shard) if cache is not None else None
            if payload is not None:
                self._previous[shard] = unpack_texts(payload)
        self._used: dict[str, dict[str, str]] = {}

    def find(self, name: str) -> dict[str, str] | None:
        """The texts stored under ``name`` (a key) by :meth:`keep`, by label; None if none."""
        shard = SHARDS[int(name[-1], 16)]
        previous = self._previous.get(shard, {})
        labels = previous.get(f"{name}:")
        if labels is None:
            return None
        try:
            texts = {label: previous[f"{name}:{label}"] for label in labels.split("\n")}
        except KeyError:
            return None
        self.keep(name, texts)
        return texts

    def keep(self, name: str, texts: dict[str, str]) -> None:
        """Store ``texts`` (by label: no newline in one) under ``name`` for the next run."""
        used = self._used.setdefault(SHARDS[int(name[-1], 16)], {})
        used[f"{name}:"] = "\n".join(texts)
        used.update((f"{name}:{label}", text) for label, text in texts.items())

    def close(self) -> None:
        """Put this run's shards into the cache: those that changed sealed again, those left
        empty dropped."""
        if self.cache is None:
            return
        for shard in SHARDS:
            used = self._used.get(shard)
            if not used:
                self.cache.entries.pop(shard, None)
            elif used != self._previous.get(shard):
                self.cache.put(shard, pack_texts(used))


def find_resource(reuse: Reuse, name: str) -> ResourceParts | None:
    """The parts of a resource stored under ``name`` (a :func:`resource_key`), or None."""
    texts = reuse.find(name)
    if texts is None or "section" not in texts or "entry" not in texts:
        return None
    files = {label[5:]: t for label, t in texts.items() if label.startswith("file:")}
    return ResourceParts(files, texts["section"], texts["entry"])


def keep_resource(reuse: Reuse, name: str, parts: ResourceParts) -> None:
    texts = {f"file:{path}": text for path, text in parts.files.items()}
    reuse.keep(name, {**texts, "section": parts.section, "entry": parts.entry})


def entry_json(entry: ResourceEntry) -> str:
    """``entry`` as JSON (read back by :class:`Entries`)."""
    methods = [
        [
            m.name,
            m.http,
            m.paged,
            m.returns_none,
            m.stream_class,
            [[a.name, a.positional, a.example] for a in m.example_args],
        ]
        for m in entry.operations
    ]
    plain = [
        entry.name,
        entry.dotted,
        entry.module,
        entry.class_name,
        entry.top_level,
        entry.summary,
        methods,
        [[p.name, p.method] for p in entry.polls],
        list(entry.model_imports),
    ]
    return json.dumps(plain, ensure_ascii=False)


def _entry(text: str) -> ResourceEntry:
    name, dotted, module, class_name, top_level, summary, ops, polls, models = json.loads(text)
    return ResourceEntry(
        name,
        dotted,
        module,
        class_name,
        top_level,
        summary,
        tuple(
            MethodEntry(n, http, paged, none, stream, tuple(ExampleArg(*a) for a in args))
            for n, http, paged, none, stream, args in ops
        ),
        tuple(PollEntry(n, method) for n, method in polls),
        tuple(models),
    )


class Entries(Sequence[ResourceEntry]):
    """The resources' entries, each made this run or the JSON of a found one, read the first
    time a template looks at one: when the package-wide files come from the cache, none is."""

    def __init__(self, items: Sequence[ResourceEntry | str]) -> None:
        self._items = items
        self._entries: tuple[ResourceEntry, ...] | None = None

    def _all(self) -> tuple[ResourceEntry, ...]:
        if self._entries is None:
            self._entries = tuple(_entry(i) if isinstance(i, str) else i for i in self._items)
        return self._entries

    @overload
    def __getitem__(self, at: int) -> ResourceEntry: ...
    @overload
    def __getitem__(self, at: slice) -> Sequence[ResourceEntry]: ...
    def __getitem__(self, at: int | slice) -> ResourceEntry | Sequence[ResourceEntry]:
        return self._all()[at]

    def __iter__(self) -> Iterator[ResourceEntry]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._items)

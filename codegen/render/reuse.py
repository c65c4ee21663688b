"""The render cache: each resource's rendered files kept between runs, keyed by what made them.

A resource's files (its module, its package's ``__init__.py``), its section of ``api.md`` and
its :class:`~codegen.render.views.records.ResourceEntry` are a function of two arguments only:
:func:`~codegen.render.views.resource_view`'s (the resource and its children stripped of
their operations) rendered by the built-in templates, which get nothing else. The key is
the ``repr`` of those arguments: the IR is frozen dataclasses of strings, numbers, enums and
tuples whose generated ``repr`` spells every field (a test checks none is left out of it), so
two inputs with one key are equal. Every key also covers the generator's source, templates
included, and Jinja's version. A user's template folder is not covered: with one, nothing is
cached (:func:`codegen.render.package.render_parts`).

All resources' parts are one cache entry (``render``, packed with
:func:`~codegen.output.cache.pack_texts`): one file read, not one per resource. It holds exactly
the parts this run used or made, so it never grows past one run's.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

import jinja2

from codegen.ir.records import Resource
from codegen.output.cache import Cache, key, pack_texts, unpack_texts
from codegen.render.views.records import ExampleArg, MethodEntry, PollEntry, ResourceEntry

ENTRY = "render"  # the cache entry's name (each part inside is named by its own key)


class ResourceParts(NamedTuple):
    """What one resource renders to: its files (path from the package root → text), its
    ``api.md`` section and its entry for the package-wide files."""

    files: dict[str, str]
    section: str
    entry: ResourceEntry


def resource_key(res: Resource, children: tuple[Resource, ...]) -> str:
    """The key of the parts of ``res`` whose view reads ``children``."""
    return key("render-resource", jinja2.__version__, repr((res, children)))


class Reuse:
    """The previous run's parts (from ``cache``; None: nothing is reused or kept) and this
    run's, which :meth:`close` stores for the next run."""

    def __init__(self, cache: Cache | None) -> None:
        self.cache = cache
        payload = cache.get(ENTRY) if cache is not None else None
        self._previous = unpack_texts(payload) if payload is not None else {}
        self._used: dict[str, str] = {}

    def find(self, name: str) -> ResourceParts | None:
        """The parts stored under ``name`` (a :func:`resource_key`), or None."""
        meta = self._previous.get(f"{name}:meta")
        section = self._previous.get(f"{name}:section")
        if meta is None or section is None:
            return None
        try:
            paths, entry = json.loads(meta)
            files = {path: self._previous[f"{name}:file:{path}"] for path in paths}
            found = ResourceParts(files, section, _entry(entry))
        except (ValueError, TypeError, KeyError):
            return None
        self._used[f"{name}:meta"] = meta
        self._used[f"{name}:section"] = section
        self._used.update((f"{name}:file:{path}", text) for path, text in files.items())
        return found

    def keep(self, name: str, parts: ResourceParts) -> None:
        """Store this run's ``parts`` of ``name`` for the next run."""
        meta = [list(parts.files), _plain(parts.entry)]
        self._used[f"{name}:meta"] = json.dumps(meta, ensure_ascii=False)
        self._used[f"{name}:section"] = parts.section
        self._used.update((f"{name}:file:{path}", text) for path, text in parts.files.items())

    def close(self) -> None:
        """Put this run's parts into the cache (not again when they are the previous ones)."""
        if self.cache is not None and self._used != self._previous:
            self.cache.put(ENTRY, pack_texts(self._used))


def _plain(entry: ResourceEntry) -> list[Any]:
    """``entry`` as JSON values (read back by :func:`_entry`)."""
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
    return [
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


def _entry(plain: list[Any]) -> ResourceEntry:
    """The :class:`ResourceEntry` of :func:`_plain`."""
    name, dotted, module, class_name, top_level, summary, ops, polls, models = plain
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

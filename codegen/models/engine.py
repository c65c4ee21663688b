"""datamodel-code-generator (pinned) as a library: our options, its input, its cache.

:func:`run_engine` hands it the prepared document as JSON text, on a deep stack, and returns its
module and metadata; the result is cached by the exact input (:mod:`codegen.output.cache`).

The library is imported by :func:`generate`, on first use, not with this module: importing it
(and pydantic's models for its ~150 options) is a fifth of a small spec's generation, and only
the process that runs the model stage (the forked child, :mod:`.background`) needs it.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import tempfile
import warnings
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError, Diagnostics
from codegen.models import ahead, background
from codegen.models.background import parallel
from codegen.models.collector import resumed
from codegen.models.deep import run_deep
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.render.format import scratch_parent

__all__ = [
    "OPTIONS",
    "PRELOAD",
    "SORT",
    "generate",
    "preload",
    "run_engine",
    "run_text",
    "run_texts",
    "warm",
]

# With the three of :func:`generate` that name the library's enums: the input is OpenAPI, the
# models are pydantic v2 ``BaseModel``s, for Python 3.11.
OPTIONS: dict[str, Any] = {
    "use_annotated": True,
    "field_constraints": True,
    "use_standard_collections": True,
    "use_union_operator": True,
    "use_schema_description": True,
    "use_field_description": True,
    "disable_timestamp": True,
    "strict_nullable": True,
    "use_one_literal_as_default": True,
    "set_default_enum_member": True,
    # Every model derives from the runtime's ``_models.BaseModel``, which holds the package's
    # config once (``populate_by_name``) instead of a ``model_config`` per class. The library only
    # takes an absolute import path; :func:`rewrite` makes it the package-relative import.
    "base_class": "codegen_runtime._models.BaseModel",
    "capitalise_enum_members": True,
    "parent_scoped_naming": True,
    "collapse_root_models": True,
    "treat_dot_as_module": False,
    "custom_file_header": '"""Data models generated from the OpenAPI schemas."""',
    "formatters": [],
}


def generate(text: str, **options: Any) -> Any:
    """The library's ``generate`` on ``text`` with ``options`` and the enum-valued options."""
    from datamodel_code_generator import generate as library_generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion

    return library_generate(
        text,
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        **options,
    )


# What :func:`preload` imports, in import order and in steps of 20-40 ms, so a worker that stops
# preloading when its task arrives (:class:`.background.Worker`) is never held up for long.
PRELOAD = (
    "datamodel_code_generator.model.base",
    "datamodel_code_generator.model.pydantic_v2",
    "datamodel_code_generator.config",
    "datamodel_code_generator.parser._stdout_repair",
    "datamodel_code_generator.parser.generation",
    "datamodel_code_generator.parser._passes.modules",
    "datamodel_code_generator.parser.base",
    "datamodel_code_generator.parser.jsonschema",
    "datamodel_code_generator.parser.openapi",
)


def preload(name: str) -> None:
    """Import the library's module ``name``, one of the :data:`PRELOAD` :func:`generate` needs
    (where the model stage runs in a worker process, it does this while the spec is being
    loaded; see :mod:`.background`)."""
    with contextlib.suppress(ImportError):  # a module of another version: imported later
        importlib.import_module(name)


# The worker :func:`warm` forked, until :func:`run_texts` gives it its task or :func:`warm` ends.
_SPARE: list[background.Worker] = []
# Schemas from which a document's preparation (before the engine runs) is long enough to import
# the library beside it: the batched documents (:data:`codegen.models.batches.SPLIT_FROM`).
WARM_FROM = 48


@contextlib.contextmanager
def warm(document: Mapping[str, Any]) -> Iterator[None]:
    """While the caller prepares the engine's input of a large ``document`` (GitHub's: 0.14 s),
    a forked worker imports the library (0.2 s, when the model process's own preload was cut
    short by its task); :func:`run_texts` runs the batches that are not cached there, so a
    schema edit's one batch runs once both are done, not after them. Stopped on the way out
    when nothing used it (every batch cached, a small document, an error)."""
    schemas = (document.get("components") or {}).get("schemas")
    if _SPARE or not parallel() or not isinstance(schemas, dict) or len(schemas) < WARM_FROM:
        yield
        return
    steps = [functools.partial(preload, name) for name in PRELOAD]
    _SPARE.append(background.Worker([*steps, _warm_up]))
    try:
        yield
    finally:
        while _SPARE:
            _SPARE.pop().close()


# A small document of the common shapes (an object with constraints, an enum, an array of a
# referenced schema), for :func:`_warm_up`.
_WARM_UP = json.dumps(
    {
        "openapi": "3.0.3",
        "info": {"title": "warm-up", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "description": "An object.",
                    "required": ["a"],
                    "properties": {
                        "a": {"type": "string", "maxLength": 3},
                        "b": {"type": "integer", "enum": [1, 2]},
                        "c": {"type": "array", "items": {"$ref": "#/components/schemas/B"}},
                    },
                },
                "B": {"type": "string", "enum": ["x", "y"]},
            }
        },
    }
)


def _warm_up() -> None:
    """The library's first run in a process builds what later runs reuse (0.04 s of a 15-schema
    batch's 0.13 s): the warm worker makes it on a small document while its task is prepared
    (a preload step, so one the task finds begun is finished first). Nothing of it is kept."""
    with contextlib.suppress(CodegenError):
        run_text(_WARM_UP, {})


# The metadata key under which :func:`run_text` records the engine's sort (see :func:`_sorting`).
SORT = "codegen_sort"


@contextlib.contextmanager
def _sorting() -> Iterator[list[tuple[bool, list[tuple[str, str]]]]]:
    """What each round of the engine's sort of its models (``sort_data_models``, which calls
    itself once per round) starts with: whether it is a first round, and the models left, each
    as (class name, reference path), in the order the engine made them. One run's order of
    statements follows from these rounds (:func:`codegen.models.merging.merge` rebuilds it from
    the batches'); the library gives them no other way, so its function is wrapped for the run
    (a pinned version; where it has moved, nothing is recorded and the merge is not tried)."""
    calls: list[tuple[bool, list[tuple[str, str]]]] = []
    try:
        from datamodel_code_generator.parser._passes import settle as module
    except ImportError:
        yield calls
        return
    settle: Any = module  # (its function is replaced by one of another signature)
    original = getattr(settle, "sort_data_models", None)
    if original is None:
        yield calls
        return

    def recording(unsorted: Any, sorted_models: Any = None, *args: Any, **kwargs: Any) -> Any:
        made = [(str(m.class_name), str(m.reference.path)) for m in unsorted]
        calls.append((sorted_models is None, made))
        return original(unsorted, sorted_models, *args, **kwargs)

    settle.sort_data_models = recording
    try:
        yield calls
    finally:
        settle.sort_data_models = original


def _rounds(calls: list[tuple[bool, list[tuple[str, str]]]]) -> list[list[Any]] | None:
    """[class name, reference path, round] of each model the sort was given, in the order the
    engine made them; None unless the run sorted once (one first round)."""
    if sum(first for first, _ in calls) != 1 or not calls[0][0]:
        return None
    rounds: dict[tuple[str, str], int] = {}
    for _, left in calls:
        for model in left:
            rounds[model] = rounds.get(model, -1) + 1
    return [[name, path, rounds[(name, path)]] for name, path in calls[0][1]]


def _slim(prepared: dict[str, Any]) -> str:
    """The JSON text handed to datamodel-code-generator: the document without ``paths`` and
    ``webhooks``, which it does not read (it models ``components`` only; webhook payloads were
    moved there), unless a schema refers into them. Same output, a third less to parse and to
    hash for the cache."""
    slim = {k: v for k, v in prepared.items() if k not in ("paths", "webhooks")}
    text = json.dumps(slim)
    if '"#/paths/' in text or '"#/webhooks/' in text:
        return json.dumps(prepared)
    return text


def run_engine(
    prepared: dict[str, Any], aliases: dict[str, str], cache: Cache | None = None
) -> tuple[Any, dict[str, Any]]:
    """datamodel-code-generator's module and its metadata (classes, their refs and fields) for
    the whole of ``prepared``, cached by the exact input (:mod:`codegen.output.cache`)."""
    return run_texts([_slim(prepared)], [aliases], cache)[0]


def _entry(text: str, aliases: Mapping[str, str]) -> str:
    return cache_key("models", text, json.dumps(aliases, sort_keys=True))


def _stored(cache: Cache | None, name: str) -> tuple[Any, dict[str, Any]] | None:
    stored = cache.get(name) if cache is not None else None
    if stored is not None:
        try:
            found = json.loads(stored)
            return found["source"], found["meta"]
        except (ValueError, KeyError, TypeError):
            pass  # a damaged entry: run the generator
    return None


def run_texts(
    texts: Sequence[str], aliases: Sequence[Mapping[str, str]], cache: Cache | None = None
) -> list[tuple[Any, dict[str, Any]]]:
    """:func:`run_text` on each input (``texts[i]`` with ``aliases[i]``), each cached by its
    exact input. Where two or more are not cached and the machine allows
    (:func:`codegen.models.background.parallel`), the largest runs here and the others in a
    forked child meanwhile (the worker of :func:`warm`, when there is one, which also runs a
    single input). A failure is raised as a sequential run raises it: the first
    failing input's, in order."""
    names = [_entry(t, a) for t, a in zip(texts, aliases, strict=True)]
    # Which inputs to run is planned from the entries at hand, not read: the child starts before
    # the others' outputs are read (GitHub's schema edit: 61 entries, 0.05 s) and is sent only
    # its own inputs (all 61, 18 MB, took it 0.04 s to receive). An entry found damaged when read
    # is run here, after (the last loop).
    missing = [i for i, n in enumerate(names) if cache is None or not cache.exists(n)]
    planned = set(missing)
    found: list[tuple[Any, dict[str, Any]] | None] = [None] * len(texts)
    spare = _SPARE.pop() if _SPARE else None  # (see :func:`warm`)
    here, there = missing, list[int]()
    if len(missing) > 1 and parallel():
        largest = max(missing, key=lambda i: (len(texts[i]), -i))
        here, there = [largest], [i for i in missing if i != largest]
    elif spare is not None:
        here, there = [], missing
    pending: background.Pending[list[tuple[Any, dict[str, Any]] | None], None] | None = None
    if not there:
        if spare is not None:
            spare.close()
    else:
        if spare is None:
            for name in PRELOAD:  # (what a worker's preload left) imported once, before the fork
                preload(name)
        jobs = [(texts[i], aliases[i]) for i in there]

        def task(_: Diagnostics) -> tuple[list[tuple[Any, dict[str, Any]] | None], Any]:
            return [_attempt(text, given) for text, given in jobs], lambda: None

        pending = background.start(task) if spare is None else spare.start(task)
    try:
        for i, name in enumerate(names):  # (every name asked, in order, as the keys after expect)
            stored = _stored(cache, name)
            if i not in planned:
                found[i] = stored
        for i in here:
            found[i] = _attempt(texts[i], aliases[i])
        if pending is not None:  # parsed for the rewrite until the child is done (:mod:`.ahead`)
            known = (f[0] for f in found if f is not None and isinstance(f[0], str))
            ahead.parse(known, until=pending.ready)
            for i, result in zip(there, pending.result(Diagnostics()), strict=True):
                found[i] = result
            pending.rest()
    finally:
        if pending is not None:
            pending.close()
    out: list[tuple[Any, dict[str, Any]]] = []
    for i, (text, name) in enumerate(zip(texts, names, strict=True)):
        had = found[i]
        result = had or run_text(text, aliases[i])  # (a failure raises here, in order)
        if (had is None or i in planned) and cache is not None and isinstance(result[0], str):
            cache.put(name, json.dumps({"source": result[0], "meta": result[1]}).encode("utf-8"))
        out.append(result)
    return out


def _attempt(text: str, aliases: Mapping[str, str]) -> tuple[Any, dict[str, Any]] | None:
    try:
        return run_text(text, aliases)
    except CodegenError:
        return None  # raised again, in order, by run_texts


def run_text(text: str, aliases: Mapping[str, str]) -> tuple[Any, dict[str, Any]]:
    """datamodel-code-generator's module and metadata for the JSON ``text``; the library
    recurses once per nesting level, so it runs on a deep stack (:mod:`.deep`). The library
    writes the metadata only to a file, in a folder made for the run on a RAM disk where the
    machine has one: deleting it from a busy disk took 1.5 ms, a third of a small batch's run."""
    with tempfile.TemporaryDirectory(prefix="codegen-models-", dir=scratch_parent()) as tmp:
        meta_path = Path(tmp) / "metadata.json"

        def run() -> Any:
            with warnings.catch_warnings(), _sorting() as calls:
                warnings.simplefilter("ignore")
                source = generate(
                    text,
                    emit_model_metadata=meta_path,
                    aliases=dict(aliases) or None,
                    **OPTIONS,
                )
                return source, _rounds(calls)

        try:
            with resumed():  # (its garbage has cycles: not left for the end of a paused stretch)
                source, rounds = run_deep(run)
        except Exception as exc:  # the library raises many types; all mean "cannot model this"
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise CodegenError(
                f"the model generator could not process the schemas: {first}",
                pointer="#/components/schemas",
                hint="Check the schema named in the message against the OpenAPI specification.",
            ) from exc
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    if rounds is not None and isinstance(meta, dict):
        meta[SORT] = rounds
    return source, meta

"""The generator, step by step: spec file → files in memory → (optionally) the output folder.

Each step is a plain function from :mod:`codegen`; only :func:`codegen.output.write.write` touches the
output, and only after everything else has succeeded.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from codegen import __version__
from codegen.errors import CodegenError, Diagnostics, Warning_
from codegen.ir import classnames, naming
from codegen.models import background, drafts
from codegen.models.collector import freeze, paused, thaw
from codegen.models.drafts import document_digest
from codegen.models.engine import PRELOAD, preload
from codegen.models.generate import (
    Drafted,
    Models,
    draft_models,
    drafted_from_plain,
    plain_drafted,
)
from codegen.models.rewrite import FACTS as REWRITE_FACTS
from codegen.output.cache import Cache
from codegen.output.cache import key as cache_key
from codegen.output.fingerprint import fingerprint
from codegen.output.write import MANIFEST, manifest_text
from codegen.overrides import default_overrides, defaults_used, load_overrides, template_folder
from codegen.render.apidoc import ModelDoc
from codegen.render.modelparts import (
    STATEMENTS,
    ModelParts,
    model_parts,
    pack_parts,
    plain_docs,
    unpack_parts,
)
from codegen.spec import units
from codegen.spec.load import load
from codegen.spec.order import canonical
from codegen.spec.resolve import Resolver, bundle, reachable
from codegen.spec.validate import validate

# What only the steps after the fork point use (lint, build, render, format) is imported there,
# in this process, while the forked child imports and runs the model generator.
if TYPE_CHECKING:
    from codegen.ir.records import Api

__all__ = ["Result", "default_overrides", "generate"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The model files formatted where the models were made: the package they are named for, the
# files, and their formatted texts' cache pairs, as (key, path) when the text is that file's
# and (key, text) otherwise (see :func:`_formatted_models`).
Formatted = tuple[str, dict[str, str], list[tuple[str, str]], list[tuple[str, str]]]
# The model source and its cut into modules ("" and no modules when the model files come
# formatted: only the ``api.md`` entries are then needed), those entries (as plain tuples,
# :func:`~codegen.render.modelparts.plain_docs`), the formatted model files
# (None: formatted later, here), the cache entries made for them and the names of those read
# (all in the child when forked; :meth:`codegen.output.cache.Cache.carried`).
Docs = list[tuple[str, str, tuple[str, ...]]]
Finished = tuple[str, dict[str, str] | None, Docs, Formatted | None, dict[str, bytes], list[str]]
# The lint's warnings and the cache entries it read or made, when the model process linted.
Linted = tuple[list[Warning_], dict[str, bytes]]


@dataclass(frozen=True, slots=True)
class Result:
    api: Api
    files: dict[str, str]  # relative path -> text, the manifest included
    diagnostics: Diagnostics
    # The model stage's classes and fields (the changelog compares them); its ``source`` is ""
    # (the model module's text is in ``files``, as one module or cut into several).
    models: Models | None = None
    # The cache entries this run used or made (name -> bytes), for ``<out>/.codegen-cache/``.
    cache: dict[str, bytes] = field(default_factory=dict)


def _thawed_after(run: Callable[_P, _R]) -> Callable[_P, _R]:
    """``run``, after which (however it ends) the objects it froze
    (:func:`codegen.models.collector.freeze`) are the collector's again."""

    @functools.wraps(run)
    def thawing(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return run(*args, **kwargs)
        finally:
            thaw()

    return thawing


@_thawed_after
def generate(
    spec: Path,
    *,
    package: str | None = None,
    overrides_path: Path | None = None,
    include_excluded: bool = False,
    published_names: Mapping[str, str] | None = None,
    published_classes: Mapping[str, str] | None = None,
    inputs_sha256: str | None = None,
    strict: bool = False,
    cache_dir: Path | None = None,
    final: Callable[[Mapping[str, str]], None] | None = None,
) -> Result:
    """Generate in memory. ``published_names`` (from the previous output's manifest) keeps
    method names stable when operations are added, ``published_classes`` class names when
    schemas come and go. ``inputs_sha256`` (computed when None; ""
    leaves it out, as the golden trees do) lets an unchanged regeneration stop early.
    ``strict`` fails with every warning as an error (for CI), before anything is rendered.
    ``cache_dir`` (the previous output's ``.codegen-cache/``) supplies the results of
    unchanged steps (:mod:`codegen.output.cache`); the output is the same with or without it.
    ``final`` is given the files whose text is final while the rest is still being formatted
    (:meth:`codegen.output.write.Update.offer`: the write compares and stages them meanwhile)."""
    if inputs_sha256 is None:
        inputs_sha256 = fingerprint(spec, overrides_path, package, include_excluded)
    diags = Diagnostics()
    cache = Cache(cache_dir)
    # The model stage's process starts now, importing the model generator while this one loads,
    # validates and bundles the spec; step 4 hands it its task (:mod:`codegen.models.background`),
    # which it starts at once, the rest of the imports left to the first batch that needs them.
    worker = background.Worker([functools.partial(preload, name) for name in PRELOAD])
    # Until the worker has its task, Python's cycle collector is off: loading, validating and
    # bundling build the document (no cycles to collect), and each collection would walk all
    # of it; that time is on the path to the model generator's start (GitHub: 0.15 s of 0.7 s).
    collector = contextlib.ExitStack()
    collector.enter_context(paused())
    try:
        # 1. Load the spec (JSON or YAML) and the overrides file.
        loaded = load(spec)
        overrides, overrides_text = load_overrides(overrides_path)
        templates = template_folder(overrides, overrides_path)
        if templates is not None and overrides_path is not None:
            from codegen.render.package import check_template_folder

            check_template_folder(templates, overrides_path.name)
        # 2. Validate: OpenAPI 3.0/3.1/3.2, operations well formed; harmless deviations normalised.
        #    Problems inside operations are collected and those operations left out, so the
        #    build reports its own problems in the same run; it fails with all of them.
        checked = validate(
            loaded.document,
            diags,
            base_dir=spec.parent,
            root_file=spec,
            keep_going=True,
            cache=cache,
        )
        spec_sha256 = loaded.sha256
        del loaded  # the parsed file, copied by validate: dropped before the models' peak
    except BaseException:
        worker.close()
        collector.close()
        raise
    pending: background.Pending[Drafted, tuple[Finished, Linted | None]] | None = None
    try:
        # 3. Resolve every $ref: relative files are bundled in, so the rest sees one document;
        #    schemas no operation can reach are left out.
        #    Operations marked x-excluded are not generated, so schemas only they use are not
        #    either (unless --include-excluded).
        document = reachable(
            bundle(checked, Resolver(checked, spec.parent, root_file=spec), cache=cache),
            skip_excluded=not include_excluded,
            cache=cache,
        )
        del checked  # bundled into ``document``
        # Paths and schemas in a canonical order: reordering the spec does not reorder the SDK.
        document = canonical(document)
        # Once the document is final, its objects (millions on GitHub) leave the collector's
        # generations, so no later collection walks them (the imports after the fork, lint and
        # the model process's results ran several that did: 0.3 s of an incremental run). The
        # collector has been off since the worker was forked: nothing is collected first.
        freeze()
        # 4. Models: datamodel-code-generator, and the map from schema pointers to classes;
        #    schemas whose names differ only in case or punctuation get their own classes.
        #    They are made in a forked child (where the machine allows) while this process
        #    lints; the warnings are recorded in the order of a sequential run.
        schema_names = {p: r.name for p, r in overrides.schemas.items() if r.name}
        field_names = {p: r.fields for p, r in overrides.schemas.items() if r.fields}
        class_names, class_clashes = classnames.components(document, schema_names)
        layout = overrides.client.models
        naming_package = (
            document.get("info"),
            package,
            overrides.client.package,
            overrides_path.name if overrides_path else "overrides.toml",
        )

        digest = document_digest(document, cache)  # here, where the units' digests are known
        # When the model draft is cached (an operation edit), the model process answers at once
        # and is idle after the model files: it lints then, beside this process's build and
        # render (GitHub: 0.06 s off this process's path). Otherwise this process lints, while
        # the model process works (step 5). Either way the warnings are in a sequential order.
        lint_there = (
            not strict
            and digest is not None
            and cache.exists(drafts.name(digest, schema_names, class_names, field_names))
        )

        def models_task(
            into: Diagnostics,
        ) -> tuple[Drafted, Callable[[], tuple[Finished, Linted | None]]]:
            asked = len(cache.asked)
            draft, source = draft_models(
                document,
                schema_names,
                into,
                rekey=class_names,
                field_names=field_names,
                locked=published_classes,
                cache=cache,
                digest=digest,
            )
            # The rewritten source and its modules follow from the engine's results (their
            # keys cover its whole input) and the renames decided after it (noted).
            decided = [n for n in cache.asked[asked:] if n.startswith(("models-", "rewrite-"))]
            name = ""
            if decided and decided[-1].startswith("rewrite-"):
                name = cache_key("finished", *decided, layout)

            spent: list[object] = []  # the parsed module, freed with this closure

            def finish() -> Finished:
                found = unpack_parts(cache.get(name)) if name else None
                if found is None:
                    text = source()
                    found = text, model_parts(text, layout, cache, spent)
                    if name:
                        cache.put(name, pack_parts(*found))
                else:  # the per-statement facts of the previous run, kept for the next
                    for table in (REWRITE_FACTS, STATEMENTS):
                        cache.get(table)
                formatted = _formatted_models(*found, naming_package, cache)
                made, read = cache.carried(n for n in (name, REWRITE_FACTS, STATEMENTS) if n)
                text, (split, docs) = found
                plain = plain_docs(docs)
                if formatted is not None:  # the text and its modules are in the files
                    return "", None, plain, formatted, made, read
                return text, split, plain, formatted, made, read

            return (draft, cache.entries), lambda: (
                finish(),
                _linted(document, cache) if lint_there else None,
            )

        pending = worker.start(models_task, codec=(plain_drafted, drafted_from_plain))
        collector.close()
        # This process's own later steps, imported while the child runs the model generator.
        from codegen.build.builder import Settings, build
        from codegen.render.format import start_format
        from codegen.render.package import render_models, render_parts, runtime_paths

        # 5. Lint: mistakes the later steps would paper over (an unknown type, `required`
        #    naming no property, a default or example its schema rejects) become warnings.
        at = len(diags.warnings)
        if not lint_there:
            _lint(document, diags, cache)
        else:  # the units' facts this process found, saved where the lint would save them
            units.index(cache).save()
        for c in class_clashes:
            diags.warn(
                f"schemas {c.loser} and {c.holder} both want the class name {c.wanted!r}",
                c.loser,
                f"{c.holder} keeps {c.wanted!r} and {c.loser} is {c.given!r}; to pick other "
                f'names add [schemas."{c.loser}"] name = "..." and/or [schemas."{c.holder}"] '
                'name = "..." (each with a `reason`)',
            )
        # The draft (classes and fields): replayed here when cached, not awaited (GitHub: 0.066 s).
        replayed = lint_there and pending.forked
        if replayed:  # (a task sent whole: its closure holds no function, see background)
            draft = models_task(diags)[0][0]
        else:
            draft, entries = pending.result(diags)
            cache.merge(entries)
        # 6. Build the IR: names, resources, operations, parameters, bodies, responses, errors.
        settings = Settings(
            package=package,
            include_excluded=include_excluded,
            overrides_source=overrides_path.name if overrides_path else "overrides.toml",
            published_names=dict(published_names or {}),
        )
        api = build(document, draft, overrides, settings, diags, cache)
        if overrides_path is None:
            diags.warn(*defaults_used(document))
        if strict:
            diags.raise_warnings()
    except BaseException as exc:
        worker.close()  # (a no-op once it has its task)
        collector.close()
        if pending is not None:
            pending.close()
        if isinstance(exc, CodegenError):  # with the problems validation left for this point
            diags.error(exc)
            diags.raise_errors()
        raise
    # 7. Render the templates (a user's folder first) and 8. format with ruff, all in memory;
    #    the copied runtime is left byte for byte as it is. The resources are rendered while
    #    the model source is written (in the child), and go to ruff (a thread waiting on its
    #    subprocess) while the child finishes the model files; only api.md, which lists the
    #    models, waits for them (it is Markdown: ruff never reads it).
    try:
        rest, api_doc = render_parts(api, templates, cache)
        formatted_rest = start_format(rest, verbatim=runtime_paths(api.package), cache=cache)
        if replayed:
            pending.skip()
        (source, split, plain, formatted, made, read), linted = pending.rest()
        cache.merge(made)
        cache.adopt(read)
        if linted is not None:  # (linted in the model process: see ``lint_there``)
            diags.insert(at, linted[0])
            cache.merge(linted[1])
    finally:
        pending.close()  # (a no-op once the child has sent everything)
    docs = tuple(ModelDoc(*d) for d in plain)
    if formatted is not None and formatted[0] == api.package:
        formatted_models, by_path, kept = formatted[1], formatted[2], formatted[3]
        cache.keep_texts([*((k, formatted_models[rel]) for k, rel in by_path), *kept])
        early: dict[str, str] = formatted_models

        def formatting() -> dict[str, str]:
            return formatted_models

    else:  # (a package name the build rejected raised above; this is a safety net)
        model_files, _ = render_models(api, replace(draft, source=source), (split, docs))
        formatting = start_format(model_files, cache=cache, packages=[api.package])
        early = {}
    if final is not None and early:  # while ruff formats the rest
        final(early)
    api_md = start_format(api_doc(docs), cache=cache)  # (no Python in it: read back as is)
    files = dict(sorted({**formatted_rest(), **api_md(), **formatting()}.items()))
    # 9. The manifest records what the output owns, what it was made from and the names it
    #    published (so the next run keeps them).
    files[MANIFEST] = manifest_text(
        files,
        {
            "generator": f"codegen {__version__}",
            "spec_sha256": spec_sha256,
            "overrides_sha256": hashlib.sha256(overrides_text.encode()).hexdigest(),
            "names": dict(api.names),
            "classes": dict(sorted(draft.classes.items())),
            "inputs_sha256": inputs_sha256,
        },
    )
    return Result(api=api, files=files, diagnostics=diags, models=draft, cache=cache.collected())


def _lint(document: dict[str, Any], diags: Diagnostics, cache: Cache) -> None:
    from codegen.spec.lint import lint  # (imported by the process that lints)

    lint(document, diags, cache)


def _linted(document: dict[str, Any], cache: Cache) -> Linted:
    """Step 5 in the model process: its warnings and the cache entries it read or made, but
    the units' facts (``spec-units``): the main process's index holds them (validation asked
    for every unit) and saves them in the order a sequential run does."""
    into = Diagnostics()
    before = dict(cache.entries)
    _lint(document, into, cache)
    made = {n: b for n, b in cache.entries.items() if before.get(n) is not b}
    made.pop(units.TABLE, None)
    return into.warnings, made


def _formatted_models(
    source: str, parts: ModelParts, naming_package: tuple[Any, ...], cache: Cache
) -> Formatted | None:
    """The model files through ruff, in the process that made them: forked, that is while this
    one builds the IR and renders the resources, so only the rest is formatted after (GitHub:
    1,396 of 2,136 files). The package's name is the build's (:func:`naming.package_name`);
    None when it is not a valid name, which the build reports."""
    from codegen.render.format import format_files
    from codegen.render.modelparts import model_files

    try:
        pkg = naming.package_name(*naming_package)
    except CodegenError:
        return None
    files = format_files(model_files(pkg, source, parts[0]), cache=cache, packages=[pkg])
    where = {id(text): rel for rel, text in files.items()}
    by_path: list[tuple[str, str]] = []  # (the texts repeat the files': 1.8 MB on GitHub)
    kept: list[tuple[str, str]] = []
    for k, text in cache.kept_texts():
        rel = where.get(id(text))
        if rel is not None and files[rel] is text:
            by_path.append((k, rel))
        else:
            kept.append((k, text))
    return pkg, files, by_path, kept

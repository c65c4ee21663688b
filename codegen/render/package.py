"""Stage 6 — views → file texts through Jinja templates (StrictUndefined), plus the static runtime.

Returns ``{relative path: text}``; nothing is written here. Templates only lay out values that
:mod:`codegen.render.views` computed. A user's template folder (``[templates] folder`` in the
overrides file) is searched first, so a template there replaces the built-in one of that name.
The runtime modules are copied as they are, under :data:`RUNTIME_HEADER`, and not formatted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2

from codegen.errors import CodegenError
from codegen.ir.records import Api
from codegen.models.generate import Models
from codegen.output.cache import Cache
from codegen.render.apidoc import ModelDoc
from codegen.render.modelparts import HEADER, ModelParts, model_files, model_parts
from codegen.render.reuse import (
    Entries,
    ResourceParts,
    Reuse,
    api_md_key,
    entry_json,
    find_resource,
    keep_resource,
    package_key,
    resource_key,
)
from codegen.render.views import (
    ApiView,
    ResourceView,
    api_view,
    child_input,
    resource_entry,
    resource_view,
)
from codegen.render.views.params import ParamsView, params_view
from codegen.render.views.records import ResourceEntry

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
RUNTIME = TEMPLATES / "runtime"
RUNTIME_HEADER = (
    "# Copied from the codegen runtime (templates/runtime/), not generated from the spec;"
    " do not edit.\n"
)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (compiling them took 0.1-0.4 s a run). Jinja's own
    per-user cache folder in the temporary directory; an entry is used only while its template's
    source checksum matches, so an edited template is compiled again, and the file names carry
    the environment's options (which the compiled code depends on). None when unavailable."""
    if not _BYTECODE:
        options = hashlib.sha256(f"{_OPTIONS!r} {jinja2.__version__}".encode()).hexdigest()[:16]
        try:
            _BYTECODE.append(jinja2.FileSystemBytecodeCache(pattern=f"codegen-{options}-%s.cache"))
        except (OSError, RuntimeError):
            _BYTECODE.append(None)
    return _BYTECODE[0]


_BYTECODE: list[jinja2.BytecodeCache | None] = []
_OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "autoescape": False,  # the output is Python, escaped per context by codegen.render.text
    "keep_trailing_newline": True,
    # Templates do not change during a run: no file is looked at again for each render
    # (GitHub's 1,258 renders and imports each checked a template's mtime).
    "auto_reload": False,
}


def _environment(custom: Path | None) -> jinja2.Environment:
    builtin = jinja2.FileSystemLoader(str(TEMPLATES))
    loader: jinja2.BaseLoader = builtin
    if custom is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(custom)), builtin])
    return jinja2.Environment(loader=loader, bytecode_cache=_bytecode_cache(), **_OPTIONS)


def builtin_templates() -> frozenset[str]:
    """The names (relative to ``templates/``) a user's template folder may override."""
    return frozenset(
        p.relative_to(TEMPLATES).as_posix()
        for p in TEMPLATES.rglob("*.jinja")
        if RUNTIME not in p.parents
    )


def check_template_folder(folder: Path, source: str) -> None:
    """Every template in a user's folder must replace a built-in one: a typo is an error."""
    known = builtin_templates()
    for path in sorted(folder.rglob("*.jinja")):
        name = path.relative_to(folder).as_posix()
        if name not in known:
            raise CodegenError(
                f"template {path} replaces no built-in template",
                pointer="#/templates/folder",
                source=source,
                hint="Name it like one of: " + ", ".join(sorted(known)),
            )


def _render_one(env: jinja2.Environment, name: str, **values: object) -> str:
    """Render one template; a broken (user) template is a CodegenError naming its file."""
    try:
        template = env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        raise CodegenError(
            f"template {exc.filename or name} line {exc.lineno}: {exc.message}",
            hint="Fix the template's Jinja syntax.",
        ) from None
    try:
        return template.render(**values)
    except Exception as exc:  # a user's template may fail in any way; name the file
        raise CodegenError(
            f"template {template.filename or name} failed to render: {exc}",
            hint="Templates get `api` (a resource's `res`, api.md's `models`); check the names it uses.",
        ) from None


def runtime_paths(package: str) -> frozenset[str]:
    """Where the runtime modules land in a package: copied, never reformatted."""
    return frozenset(f"{package}/{name}" for name in runtime_files())


def runtime_files() -> dict[str, str]:
    """The hand-written runtime modules, by file name, in a stable order."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.glob("_*.py"))
        if path.name != "__init__.py"
    }


def render_models(
    api: Api, models: Models, parts: ModelParts | None = None
) -> tuple[dict[str, str], tuple[ModelDoc, ...]]:
    """The model files of the package and the models for ``api.md``; ``parts`` from
    :func:`model_parts` when computed elsewhere."""
    split, docs = parts if parts is not None else model_parts(models.source, api.models_layout)
    return model_files(api.package, models.source, split), docs


def render(api: Api, models: Models, templates: Path | None = None) -> dict[str, str]:
    """Every file of the package."""
    files, api_doc = render_parts(api, templates)
    model_files, docs = render_models(api, models)
    return dict(sorted({**files, **model_files, **api_doc(docs)}.items()))


def render_parts(
    api: Api, templates: Path | None = None, cache: Cache | None = None
) -> tuple[dict[str, str], Callable[[tuple[ModelDoc, ...]], dict[str, str]]]:
    """Every file but the models and ``api.md``, and the function that renders ``api.md``
    once the models are known (with the same templates and views).

    With ``cache`` (and no user template folder, whose templates no key covers) a resource's
    files are reused from the previous run when its view would be made of the same input,
    and the package-wide files when the API but its resources and every resource's entry are
    the same (:mod:`codegen.render.reuse`); what is reused is never built."""
    env = _environment(templates)
    reuse = Reuse(cache if templates is None else None)
    pkg = api.package
    by_name = {r.name: r for r in api.resources}
    parts: list[ResourceParts] = []
    entries: list[ResourceEntry | str] = []  # a made entry, or a found one's JSON
    missed: list[tuple[int, str, ResourceView]] = []  # (index, key or "", view)
    for res in api.resources:  # one module each (views.client.resource_layout)
        children = tuple(child_input(by_name[n]) for n in res.children)
        name = resource_key(pkg, res, children) if reuse.cache is not None else ""
        found = find_resource(reuse, name) if name else None
        if found is None:
            view = resource_view(res, children)
            missed.append((len(parts), name, view))
            entry = resource_entry(view)
            found = ResourceParts({}, "", entry_json(entry))
            entries.append(entry)
        else:
            entries.append(found.entry)
        parts.append(found)
    bare = replace(api, resources=())  # what the package-wide files read of the API
    api_v = api_view(bare, Entries(entries))
    # A user's resource templates may read `api` too (never cached: see the docstring).
    more: dict[str, object] = {"api": api_v} if templates is not None else {}
    for at, name, view in missed:
        parts[at] = _render_resource(env, pkg, view, parts[at].entry, more)
        if name:
            keep_resource(reuse, name, parts[at])
    params = params_view(bare)
    package_name = package_key(bare, [p.entry for p in parts]) if reuse.cache is not None else ""
    package = reuse.find(package_name) if package_name else None
    if package is None:
        package = _render_package(env, api_v, params)
        if package_name:
            reuse.keep(package_name, package)
    files = dict(package)
    for part in parts:
        files.update(part.files)
    files[f"{pkg}/py.typed"] = ""
    for file_name, text in runtime_files().items():
        files[f"{pkg}/{file_name}"] = RUNTIME_HEADER + text
    sections = tuple(p.section for p in parts)

    def api_doc(docs: tuple[ModelDoc, ...]) -> dict[str, str]:
        """``api.md``, reused when the package-wide files, the sections and the models are the
        same; then the render cache is stored (so a caller that never asks keeps none)."""
        doc_key = api_md_key(package_name, sections, docs) if package_name else ""
        found = reuse.find(doc_key) if doc_key else None
        if found is None:
            text = _render_one(
                env,
                "package/api.md.jinja",
                api=api_v,
                models=docs,
                params=params,
                sections=sections,
            )
            found = {f"{pkg}/api.md": _MARKDOWN_HEAD + text}
            if doc_key:
                reuse.keep(doc_key, found)
        reuse.close()
        return found

    return files, api_doc


_MARKDOWN_HEAD = "<!-- Generated from the OpenAPI document by codegen; do not edit. -->\n"


def _render_package(
    env: jinja2.Environment, view: ApiView, params: ParamsView | None
) -> dict[str, str]:
    """The package-wide files but ``api.md``: they get ``api`` (and ``params``) alone."""
    pkg = view.package
    files = {
        "pyproject.toml": _render_one(env, "pyproject.toml.jinja", api=view),
        "README.md": _MARKDOWN_HEAD + _render_one(env, "package/README.md.jinja", api=view),
    }
    for module in ("__init__", "_client", "_version", "errors", "resources/__init__"):
        files[f"{pkg}/{module}.py"] = HEADER + _render_one(
            env, f"package/{module}.py.jinja", api=view
        )
    if params is not None:
        files[f"{pkg}/params.py"] = HEADER + _render_one(
            env, "package/params.py.jinja", api=view, params=params
        )
    return files


def _render_resource(
    env: jinja2.Environment, pkg: str, res: ResourceView, entry: str, more: dict[str, object]
) -> ResourceParts:
    """A resource's files and ``api.md`` section (``entry``: its entry's JSON). The templates
    get ``res`` (and ``more``): what the render cache's key covers, so a template reading
    anything else fails."""
    files = {
        f"{pkg}/{res.file}": HEADER
        + _render_one(env, "package/resources/resource.py.jinja", res=res, **more)
    }
    if res.package_file:
        files[f"{pkg}/{res.package_file}"] = HEADER + _render_one(
            env, "package/resources/package.py.jinja", res=res, **more
        )
    section = _render_one(env, "package/api.md.resource.jinja", res=res, **more)
    return ResourceParts(files, section, entry)

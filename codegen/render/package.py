"""Stage 6 — views → file texts through Jinja templates (StrictUndefined), plus the static runtime.

Returns ``{relative path: text}``; nothing is written here. Templates only lay out values that
:mod:`codegen.render.views` computed. A user's template folder (``[templates] folder`` in the
overrides file) is searched first, so a template there replaces the built-in one of that name.
The runtime modules are copied as they are, under :data:`RUNTIME_HEADER`, and not formatted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from codegen.errors import CodegenError
from codegen.ir.records import Api
from codegen.models.generate import Models
from codegen.render.apidoc import ModelDoc
from codegen.render.modelparts import HEADER, ModelParts, model_files, model_parts
from codegen.render.views import api_view
from codegen.render.views.params import params_view

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
            hint="Templates get `api` (and `res` or `models`); check the names it uses.",
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
    api: Api, templates: Path | None = None
) -> tuple[dict[str, str], Callable[[tuple[ModelDoc, ...]], dict[str, str]]]:
    """Every file but the models and ``api.md``, and the function that renders ``api.md``
    once the models are known (with the same templates and views)."""
    env = _environment(templates)
    view = api_view(api)
    pkg = api.package
    files: dict[str, str] = {}

    def put(rel: str, template: str, **values: object) -> None:
        files[rel] = HEADER + _render_one(env, template, api=view, **values)

    files["pyproject.toml"] = _render_one(env, "pyproject.toml.jinja", api=view)
    files["README.md"] = (
        "<!-- Generated from the OpenAPI document by codegen; do not edit. -->\n"
        + _render_one(env, "package/README.md.jinja", api=view)
    )
    put(f"{pkg}/__init__.py", "package/__init__.py.jinja")
    put(f"{pkg}/_client.py", "package/_client.py.jinja")
    put(f"{pkg}/_version.py", "package/_version.py.jinja")
    put(f"{pkg}/errors.py", "package/errors.py.jinja")
    put(f"{pkg}/resources/__init__.py", "package/resources/__init__.py.jinja")
    params = params_view(api)
    if params is not None:
        put(f"{pkg}/params.py", "package/params.py.jinja", params=params)
    for res in view.resources:  # one module each (views.client.resource_layout)
        put(f"{pkg}/{res.file}", "package/resources/resource.py.jinja", res=res)
        if res.package_file:
            put(f"{pkg}/{res.package_file}", "package/resources/package.py.jinja", res=res)
    files[f"{pkg}/py.typed"] = ""
    for name, text in runtime_files().items():
        files[f"{pkg}/{name}"] = RUNTIME_HEADER + text

    def api_doc(docs: tuple[ModelDoc, ...]) -> dict[str, str]:
        text = _render_one(env, "package/api.md.jinja", api=view, models=docs, params=params)
        head = "<!-- Generated from the OpenAPI document by codegen; do not edit. -->\n"
        return {f"{pkg}/api.md": head + text}

    return files, api_doc

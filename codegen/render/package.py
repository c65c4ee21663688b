"""Stage 6 — views → file texts through Jinja templates (StrictUndefined), plus the static runtime.

Returns ``{relative path: text}``; nothing is written here. Templates only lay out values that
:mod:`codegen.render.views` computed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jinja2

from codegen.ir.records import Api
from codegen.models.generate import Models
from codegen.models.split import SPLIT_ABOVE, class_count, split_models
from codegen.render.apidoc import model_docs
from codegen.render.views import api_view

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
RUNTIME = TEMPLATES / "runtime"
HEADER = (
    "# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.\n"
)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Python, escaped per context by codegen.render.text
        keep_trailing_newline=True,
    )


def runtime_files() -> dict[str, str]:
    """The hand-written runtime modules, by file name, in a stable order."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.glob("_*.py"))
        if path.name != "__init__.py"
    }


def render(api: Api, models: Models) -> dict[str, str]:
    env = _environment()
    view = api_view(api)
    pkg = api.package
    files: dict[str, str] = {}

    def put(rel: str, template: str, **values: object) -> None:
        files[rel] = HEADER + env.get_template(template).render(api=view, **values)

    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(api=view)
    files["README.md"] = (
        "<!-- Generated from the OpenAPI document by codegen; do not edit. -->\n"
        + env.get_template("package/README.md.jinja").render(api=view)
    )
    put(f"{pkg}/__init__.py", "package/__init__.py.jinja")
    put(f"{pkg}/_client.py", "package/_client.py.jinja")
    put(f"{pkg}/_version.py", "package/_version.py.jinja")
    put(f"{pkg}/errors.py", "package/errors.py.jinja")
    put(f"{pkg}/resources/__init__.py", "package/resources/__init__.py.jinja")
    for module, module_view in view.modules:  # a top-level resource and those nested in it
        put(f"{pkg}/resources/{module}.py", "package/resources/resource.py.jinja", mod=module_view)
    tree = ast.parse(models.source)  # once: the models module is 12 MB for GitHub
    layout = api.models_layout
    if layout == "package" or (layout == "auto" and class_count(tree) > SPLIT_ABOVE):
        for name, text in split_models(models.source, tree).items():
            files[f"{pkg}/models/{name}"] = HEADER + text
    else:
        files[f"{pkg}/models.py"] = HEADER + models.source
    files[f"{pkg}/api.md"] = (
        "<!-- Generated from the OpenAPI document by codegen; do not edit. -->\n"
        + env.get_template("package/api.md.jinja").render(api=view, models=model_docs(tree))
    )
    files[f"{pkg}/py.typed"] = ""
    for name, text in runtime_files().items():
        files[f"{pkg}/{name}"] = HEADER + text
    return dict(sorted(files.items()))

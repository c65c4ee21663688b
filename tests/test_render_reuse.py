"""The render cache (:mod:`codegen.render.reuse`): a resource's files come back only for the
same input, and every input its templates read is in the key.

The HeyGen API is built once; each case changes one value a resource's files (or the
package-wide files) print, renders with the first render's cache and compares with a render
without any cache: equal, and the file that shows the value has changed.
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from codegen.ir import naming
from codegen.ir.records import Api, ModelRef, Resource
from codegen.output.cache import Cache
from codegen.pipeline import default_overrides, generate
from codegen.render.apidoc import ModelDoc
from codegen.render.package import render_parts
from codegen.render.reuse import Reuse, resource_key
from codegen.render.views import child_input
from tests.conftest import SPEC


@pytest.fixture(scope="module")
def api() -> Api:
    return generate(SPEC, overrides_path=default_overrides(SPEC), inputs_sha256="").api


def _render(api: Api, cache: Cache | None) -> dict[str, str]:
    files, api_doc = render_parts(api, cache=cache)
    return {**files, **api_doc(())}


def _previous(api: Api) -> Cache:
    """A cache holding what rendering ``api`` stored, as the next run finds it."""
    first = Cache(None)
    _render(api, first)
    again = Cache(None)
    again.entries = dict(first.collected())
    return again


def _with_resource(api: Api, name: str, change: Callable[[Resource], Resource]) -> Api:
    return replace(api, resources=tuple(change(r) if r.name == name else r for r in api.resources))


def _first_op_with(api: Api, found: Callable[[Resource], bool]) -> str:
    return next(r.name for r in api.resources if r.operations and found(r))


def _rename_error(api: Api) -> Api:
    """The first error class an operation raises is renamed (its docstring's Raises)."""
    name = _first_op_with(api, lambda r: bool(r.operations[0].errors))

    def change(r: Resource) -> Resource:
        op = r.operations[0]
        error = replace(op.errors[0], class_name=naming.Identifier("RenamedError"))
        return replace(
            r, operations=(replace(op, errors=(error, *op.errors[1:])), *r.operations[1:])
        )

    return _with_resource(api, name, change)


def _rename_response_model(api: Api) -> Api:
    """The model a method returns is renamed (its signature and import)."""
    name = _first_op_with(api, lambda r: isinstance(r.operations[0].response.type, ModelRef))

    def change(r: Resource) -> Resource:
        op = r.operations[0]
        renamed = ModelRef(naming.Identifier("RenamedModel"))
        response = replace(op.response, type=renamed)
        return replace(r, operations=(replace(op, response=response), *r.operations[1:]))

    return _with_resource(api, name, change)


def _rename_child(api: Api) -> Api:
    """A nested resource's class is renamed: its parent's module imports it by name."""
    parent = next(r for r in api.resources if r.children)
    return _with_resource(
        api, parent.children[0], lambda r: replace(r, class_name=naming.Identifier("Renamed"))
    )


def _rename_client(api: Api) -> Api:
    return replace(api, client_name=naming.Identifier("RenamedClient"))


@pytest.mark.parametrize(
    ("edit", "shows"),
    [
        (_rename_error, "RenamedError"),
        (_rename_response_model, "RenamedModel"),
        (_rename_child, "Renamed"),
        (_rename_client, "RenamedClient"),
    ],
)
def test_a_changed_input_renders_like_a_run_without_cache(
    api: Api, edit: Callable[[Api], Api], shows: str
) -> None:
    before = _render(api, None)
    edited = edit(api)
    full = _render(edited, None)
    reused = _render(edited, _previous(api))
    assert reused == full
    changed = [p for p in full if full[p] != before[p]]
    assert changed, edit.__name__
    assert all(shows in full[p] for p in changed if p.endswith(".py")), changed


def test_an_unchanged_api_reuses_every_resource(api: Api) -> None:
    reuse = Reuse(_previous(api))
    by_name = {r.name: r for r in api.resources}
    for res in api.resources:
        children = tuple(child_input(by_name[n]) for n in res.children)
        assert reuse.find(resource_key(api.package, res, children)) is not None, res.name
    assert _render(api, _previous(api)) == _render(api, None)


def test_a_users_template_folder_is_never_served_from_the_cache(api: Api, tmp_path: Path) -> None:
    """The key covers the built-in templates only (through the generator's digest)."""
    folder = tmp_path
    (folder / "package" / "resources").mkdir(parents=True)
    (folder / "package" / "resources" / "package.py.jinja").write_text("# {{ res.name }} own\n")
    cache = _previous(api)
    files, _ = render_parts(api, folder, cache)
    parents = [r for r in api.resources if r.children]
    assert parents
    assert all(any(text.endswith(f"# {r.name} own\n") for text in files.values()) for r in parents)


def _ir_records() -> list[type]:
    found = []
    for module in (
        "codegen.ir.records",
        "codegen.ir.types",
        "codegen.ir.examples",
        "codegen.render.apidoc",
    ):
        importlib.import_module(module)
        for value in vars(sys.modules[module]).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value):
                found.append(value)
    return found


def test_the_key_spells_every_field_of_the_ir() -> None:
    """The key is the IR's ``repr``: a field left out of it, or a hand-written ``__repr__``,
    could make two different inputs one key."""
    records = _ir_records()
    assert len(records) > 20
    for record in records:
        assert all(f.repr for f in dataclasses.fields(record)), record.__name__
        made = getattr(record.__repr__, "__wrapped__", record.__repr__)
        assert made.__qualname__ == "__create_fn__.<locals>.__repr__", record.__name__


def test_api_md_follows_the_models_with_the_cache(api: Api) -> None:
    one = (ModelDoc("Pet", "BaseModel", ("name: str",)),)
    other = (ModelDoc("Pet", "BaseModel", ("name: str", "age: int")),)
    first = Cache(None)
    _, api_doc = render_parts(api, cache=first)
    assert "- `age: int`" not in api_doc(one)[f"{api.package}/api.md"]
    again = Cache(None)
    again.entries = dict(first.collected())
    _, api_doc = render_parts(api, cache=again)
    assert "- `age: int`" in api_doc(other)[f"{api.package}/api.md"]


def _retitle_first_example(api: Api) -> Api:
    """A required body field of a resource's first operation gets another name: the README's
    example call shows it (through the resource's entry)."""

    def required_field(r: Resource) -> bool:
        body = r.operations[0].body
        return body is not None and any(f.required for f in body.fields)

    name = _first_op_with(api, required_field)

    def change(r: Resource) -> Resource:
        op = r.operations[0]
        assert op.body is not None
        fields = tuple(
            replace(f, name=naming.Identifier("renamed_arg")) if f.required else f
            for f in op.body.fields
        )
        body = replace(op.body, fields=fields)
        return replace(r, operations=(replace(op, body=body), *r.operations[1:]))

    return _with_resource(api, name, change)


def test_the_readme_follows_an_entry(api: Api) -> None:
    edited = _retitle_first_example(api)
    full = _render(edited, None)
    assert _render(edited, _previous(api)) == full
    assert "renamed_arg" in full["README.md"]


def test_a_renamed_package_gets_its_files_under_its_own_name(api: Api) -> None:
    """The files' paths start with the package: the same resources rendered into another
    package are not the previous package's files (``--package`` changed between runs)."""
    renamed = replace(api, package=naming.Identifier("other_pkg"))
    reused = _render(renamed, _previous(api))
    assert reused == _render(renamed, None)
    assert all(p.startswith("other_pkg/") for p in reused if p.endswith(".py")), sorted(reused)[:5]

"""Views: decisions come from the IR type tree, and no view carries sync/async twins."""

from __future__ import annotations

import dataclasses

from codegen.ir import naming
from codegen.ir.records import (
    DictOf,
    FileInput,
    ListOf,
    LiteralOf,
    ModelRef,
    Nullable,
    Primitive,
    UnionOf,
)
from codegen.render import views
from codegen.render.views.operations import at_call, is_file
from tests.unit.test_build import make_api, spec_of


def test_file_parts_are_found_in_the_type_tree() -> None:
    assert is_file(FileInput())
    assert is_file(Nullable(ListOf(FileInput())))
    assert is_file(UnionOf((Primitive("str"), FileInput())))
    assert not is_file(ListOf(Primitive("bytes")))
    assert not is_file(ModelRef(naming.pascal("FileTypes")))  # decided by kind, not by name


def test_types_in_code_that_runs_read_models_off_the_models_package() -> None:
    repo = ModelRef(naming.pascal("Repository"))
    assert at_call(repo) == "_models.Repository"
    assert at_call(Nullable(ListOf(repo))) == "list[_models.Repository] | None"
    assert at_call(DictOf(repo), frozenset({"dict"})) == "builtins.dict[str, _models.Repository]"
    assert at_call(UnionOf((repo, Primitive("str")))) == "_models.Repository | str"
    # a model's name inside a literal is a value, not a model
    assert at_call(LiteralOf(("Repository",))) == "Literal['Repository']"


def test_multipart_files_and_fields_are_split_by_type() -> None:
    schema = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {"type": "string", "format": "binary"},
            "extras": {"type": "array", "items": {"type": "string", "format": "binary"}},
            "note": {"type": "string", "description": "FileTypes in prose is not a file"},
        },
    }
    op = {
        "operationId": "upload",
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": schema}}},
        "responses": {"204": {"description": "done"}},
    }
    api = make_api(spec_of({"/uploads": {"post": op}}))
    [res] = api.resources
    view = views.resource_view(res)
    [upload] = view.operations
    assert upload.body_kind == "multipart"
    assert [f.name for f in upload.file_fields] == ["file", "extras"]
    assert [f.name for f in upload.body_fields] == ["note"]
    assert view.needs_file_types
    assert upload.returns_none
    assert upload.cast_to == "type(None)"
    assert upload.endpoint_args == ("'POST'", "'/uploads'", "'upload'")
    assert [a.name for a in upload.args if a.required] == ["file"]


def test_views_hold_each_value_once() -> None:
    records = [
        getattr(views, name) for name in views.__all__ if isinstance(getattr(views, name), type)
    ]
    assert len(records) == 10
    for record in records:
        names = {f.name for f in dataclasses.fields(record)}
        twins = {n for n in names if "async" in n or n.startswith("method_")}
        assert not twins, (record.__name__, twins)

"""codegen.ir.classnames.denumber: each numbered class gets a descriptive name no other class
has, the ones given earlier in the same pass included."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.ir.classnames import denumber
from codegen.ir.naming import Identifier

S = "#/components/schemas/"


def _model(name: str, *path: str) -> dict[str, Any]:
    return {"class_name": name, "source_ref": S + "/".join(path[2:]), "source_path": list(path)}


def test_a_name_given_earlier_in_the_pass_is_taken() -> None:
    """Two inline schemas whose locations spell the same name: the second takes the next
    spelling, never the one the first was just given."""
    models = [
        _model("FooBar1", "components", "schemas", "Foo", "properties", "bar"),
        _model("FooBar2", "components", "schemas", "Foo", "properties", "bar", "items"),
    ]
    classes = {m["source_ref"]: Identifier(m["class_name"]) for m in models}
    renames, repeats = denumber(classes, models, {"components": {"schemas": {}}}, {})
    assert renames == {"FooBar1": "FooBar", "FooBar2": "FooBarValue"}
    assert repeats == set()
    assert classes[S + "Foo/properties/bar"] == "FooBar"
    # A third has no spelling left: an error at its pointer, not a class named twice.
    third = _model("FooBar3", "components", "schemas", "Foo", "properties", "bar", "items", "items")
    with pytest.raises(CodegenError) as caught:
        denumber({}, [*models, third], {"components": {"schemas": {}}}, {})
    assert caught.value.pointer == third["source_ref"]


def test_the_same_schema_again_shares_its_class() -> None:
    models = [
        _model("FooKind1", "components", "schemas", "Foo", "properties", "kind"),
        _model("FooKind2", "components", "schemas", "Foo", "properties", "kind"),
    ]
    classes = {m["source_ref"]: Identifier(m["class_name"]) for m in models}
    renames, repeats = denumber(classes, models, {"components": {"schemas": {}}}, {})
    assert renames == {"FooKind1": "FooKind", "FooKind2": "FooKind"}
    assert repeats == {"FooKind"}

"""codegen.ir.evolve: the IR records copied with some fields changed, as dataclasses.replace does."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from codegen.ir import records
from codegen.ir.evolve import evolve
from codegen.ir.records import ContentKind, Doc, HttpMethod, Operation, Primitive, Response

RECORDS = [
    cls
    for _, cls in inspect.getmembers(records, inspect.isclass)
    if dataclasses.is_dataclass(cls)
    and cls.__module__ in ("codegen.ir.records", "codegen.ir.types")
]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_records_have_nothing_init_would_do_beyond_setting_fields(cls: type) -> None:
    """evolve skips ``__init__``: sound only while it sets each field and nothing else."""
    assert not hasattr(cls, "__post_init__")
    assert all(not isinstance(f.type, dataclasses.InitVar) for f in dataclasses.fields(cls))
    assert "InitVar" not in str([f.type for f in dataclasses.fields(cls)])
    assert cls.__init__.__code__.co_filename == "<string>"  # the one dataclass wrote


def test_evolve_is_replace() -> None:
    op = Operation(
        name="a",
        func="a",
        method=HttpMethod.GET,
        path="/x",
        operation_id="getX",
        pointer="#/paths/~1x/get",
        doc=Doc("s"),
        params=(),
        body=None,
        response=Response(200, ContentKind.NONE, Primitive("None")),
        errors=(),
    )
    changed = evolve(op, name="get", func="get_x")
    assert changed == dataclasses.replace(op, name="get", func="get_x")
    assert type(changed) is Operation
    assert changed is not op
    assert op.name == "a"
    assert evolve(op.doc, link="https://x") == Doc("s", link="https://x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        changed.name = "b"  # type: ignore[misc]


def test_every_ir_record_repr_is_unguarded_and_spells_the_same() -> None:
    """The render cache keys on these reprs: each record module's dataclasses lost the recursion
    guard (a module that forgets ``unguarded_reprs`` fails), and the text is the guarded one's."""
    import dataclasses
    import reprlib

    from codegen.ir import examples, records, types

    for module in (records, types, examples):
        classes = [
            v
            for v in vars(module).values()
            if isinstance(v, type)
            and dataclasses.is_dataclass(v)
            and v.__module__ == module.__name__
        ]
        assert classes, module.__name__
        for cls in classes:
            assert not hasattr(cls.__dict__["__repr__"], "__wrapped__"), cls.__name__
    value = types.ListOf(types.UnionOf((types.Primitive("int"), types.NONE)))
    guarded = reprlib.recursive_repr()(type(value).__repr__)
    assert (
        repr(value)
        == guarded(value)
        == ("ListOf(item=UnionOf(items=(Primitive(name='int'), Primitive(name='None'))))")
    )

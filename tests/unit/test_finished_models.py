"""The model process's finished models on their way to the main process: their cache entry
(:func:`codegen.render.modelparts.pack_parts`) and the entries it names instead of sending
(:meth:`codegen.output.cache.Cache.carried`, :meth:`~codegen.output.cache.Cache.adopt`)."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from codegen.ir.naming import Identifier
from codegen.output.cache import Cache
from codegen.render.apidoc import ModelDoc
from codegen.render.modelparts import model_parts, pack_parts, unpack_parts

SOURCE = '''from __future__ import annotations

from pydantic import BaseModel


class Pet(BaseModel):
    """A pet."""

    name: str
    age: int | None = None


class Owner(BaseModel):
    pets: list[Pet]
'''


@pytest.mark.parametrize("layout", ["module", "package"])
def test_the_parts_come_back_as_they_were_packed(layout: str) -> None:
    parts = model_parts(SOURCE, layout)
    assert unpack_parts(pack_parts(SOURCE, parts)) == (SOURCE, parts)


def test_a_renamed_class_s_identifier_is_packed_as_its_text() -> None:
    docs = (ModelDoc(Identifier("Pet"), "BaseModel", ("name: str",)),)
    text, (split, found) = unpack_parts(pack_parts(SOURCE, (None, docs))) or ("", (None, ()))
    assert (text, split, found) == (SOURCE, None, docs)
    assert type(found[0].name) is str


@pytest.mark.parametrize(
    "payload",
    [
        None,
        b"",
        b"{}",
        b'{"text": "", "split": null, "docs": []}',  # the JSON entry this replaced
        marshal.dumps(("codegen parts 0", SOURCE, None, [])),  # another format
        marshal.dumps(("codegen parts 1", SOURCE, None)),
        marshal.dumps(("codegen parts 1", SOURCE, ["x"], [])),
        marshal.dumps(("codegen parts 1", SOURCE, {"a.py": 1}, [])),
        marshal.dumps(("codegen parts 1", SOURCE, None, [("Pet", "BaseModel", "ab")])),
        marshal.dumps(("codegen parts 1", SOURCE, None, [("Pet", "BaseModel")])),
        marshal.dumps(("codegen parts 1", SOURCE, None, [("Pet", 1, ("a",))])),
        marshal.dumps(("codegen parts 1", 1, None, [])),
        marshal.dumps(("codegen parts 1", SOURCE, None, [])),
    ],
)
def test_anything_else_is_no_parts(payload: bytes | None) -> None:
    found = unpack_parts(payload)
    if payload is not None and payload == marshal.dumps(("codegen parts 1", SOURCE, None, [])):
        assert found == (SOURCE, (None, ()))  # the one well-formed payload of the list
    else:
        assert found is None


def test_entries_read_are_named_and_entries_made_are_given(tmp_path: Path) -> None:
    before = Cache(None)
    before.put("read-1", b"as it was")
    before.put("remade-1", b"old")
    for name, raw in before.entries.items():
        (tmp_path / name).write_bytes(raw)
    cache = Cache(tmp_path)
    assert cache.get("read-1") == b"as it was"
    assert cache.get("remade-1") == b"old"
    cache.put("remade-1", b"new")
    cache.put("made-1", b"fresh")
    made, read = cache.carried(["read-1", "remade-1", "made-1", "missing-1"])
    assert read == ["read-1"]
    assert made == {n: cache.entries[n] for n in ("remade-1", "made-1")}

    other = Cache(tmp_path)  # the main process: takes what was read from the folder itself
    other.merge(made)
    other.adopt([*read, "missing-1"])
    assert other.entries == cache.entries
    collected = other.collected()
    assert collected.as_read == {"read-1"}  # the write leaves it where it is
    assert other.get("read-1") == b"as it was"


def test_an_adopted_entry_is_still_checked_when_read(tmp_path: Path) -> None:
    sealed = Cache(None)
    sealed.put("read-1", b"as it was")
    (tmp_path / "read-1").write_bytes(sealed.entries["read-1"].replace(b"was", b"WAS"))
    cache = Cache(tmp_path)
    cache.adopt(["read-1"])
    assert cache.get("read-1") is None

"""codegen.spec.resolve: following `$ref`s (local and relative files, never URLs) and bundling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.spec.resolve import Resolver, Target, bundle, split_ref

ROOT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Alias": {"$ref": "#/components/schemas/Pet"},
            "Alias2": {"$ref": "#/components/schemas/Alias"},
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
            "Self": {"$ref": "#/components/schemas/Self"},
            "a/b": {"type": "integer"},
            "t~x": {"type": "boolean"},
        }
    },
    "list": [{"type": "string"}],
}
PET = ROOT["components"]["schemas"]["Pet"]


def _error(fn: Any, *args: Any) -> CodegenError:
    with pytest.raises(CodegenError) as info:
        fn(*args)
    return info.value


# ------------------------------------------------------------------ local


def test_deref_non_ref_returns_node() -> None:
    node = {"type": "string"}
    assert Resolver(ROOT).deref(node, "#/x") == (node, "#/x")


def test_deref_local() -> None:
    assert Resolver(ROOT).deref({"$ref": "#/components/schemas/Pet"}, "#/at") == (
        PET,
        "#/components/schemas/Pet",
    )


def test_deref_chain() -> None:
    node, at = Resolver(ROOT).deref({"$ref": "#/components/schemas/Alias2"}, "#/at")
    assert node is PET
    assert at == "#/components/schemas/Pet"


def test_deref_escaped_tokens_and_list_index() -> None:
    r = Resolver(ROOT)
    assert r.deref({"$ref": "#/components/schemas/a~1b"}, "#")[0] == {"type": "integer"}
    assert r.deref({"$ref": "#/components/schemas/t~0x"}, "#")[0] == {"type": "boolean"}
    assert r.deref({"$ref": "#/list/0"}, "#")[0] == {"type": "string"}
    # Percent-encoded pointers (as in URI fragments) are decoded.
    assert r.deref({"$ref": "#/components/schemas/a%7E1b"}, "#")[0] == {"type": "integer"}


def test_deref_cycle() -> None:
    err = _error(Resolver(ROOT).deref, {"$ref": "#/components/schemas/A"}, "#/paths/x")
    assert err.message == (
        "`$ref` cycle that never reaches a definition: #/components/schemas/A -> "
        "#/components/schemas/B -> #/components/schemas/A"
    )


def test_deref_self_cycle() -> None:
    err = _error(Resolver(ROOT).deref, {"$ref": "#/components/schemas/Self"}, "#/here")
    assert "cycle" in err.message


def test_deref_missing_target() -> None:
    err = _error(Resolver(ROOT).deref, {"$ref": "#/components/schemas/Nope"}, "#/paths/~1x/get")
    assert err.message == "`$ref` target #/components/schemas/Nope does not exist"
    assert err.pointer == "#/paths/~1x/get"


def test_deref_missing_target_in_chain_points_at_last_hop() -> None:
    root = {"a": {"$ref": "#/b"}}
    err = _error(Resolver(root).deref, {"$ref": "#/a"}, "#/start")
    assert err.pointer == "#/a"


def test_list_index_out_of_range() -> None:
    err = _error(Resolver(ROOT).deref, {"$ref": "#/list/5"}, "#/x")
    assert "#/list/5 does not exist" in err.message


@pytest.mark.parametrize(
    "ref",
    [
        "https://example.com/spec.yaml#/Pet",
        "http://example.com/x",
        "file:///etc/passwd",
        "//host/x",
        "urn:uuid:1234",
    ],
)
def test_url_refs_refused(ref: str) -> None:
    err = _error(split_ref, ref, "#/components/schemas/X")
    assert err.message == f"`$ref` to a URL is not followed: {ref!r}"
    assert err.pointer == "#/components/schemas/X"


def test_split_ref() -> None:
    assert split_ref("#/a/b", "#") == ("", "#/a/b")
    assert split_ref("other.yaml#/Pet", "#") == ("other.yaml", "#/Pet")
    assert split_ref("other.yaml", "#") == ("other.yaml", "#")
    assert "not a JSON pointer" in _error(split_ref, "#Pet", "#/x").message
    assert "must be a string" in _error(split_ref, 3, "#/x").message


def test_file_ref_without_folder() -> None:
    err = _error(Resolver(ROOT).target, "other.yaml#/Pet", "#/x")
    assert "no folder" in err.message


# ------------------------------------------------------------------ files


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "other.yaml").write_text(
        "Pet:\n"
        "  type: object\n"
        "  properties:\n"
        "    tag: {$ref: '#/Tag'}\n"
        "    owner: {$ref: 'sub/owner.yaml'}\n"
        "Tag:\n"
        "  type: string\n"
        "TagAlias:\n"
        "  $ref: '#/Tag'\n",
        encoding="utf-8",
    )
    (tmp_path / "sub" / "owner.yaml").write_text(
        "type: object\nproperties:\n  name: {type: string}\n  pet: {$ref: '../other.yaml#/Pet'}\n",
        encoding="utf-8",
    )
    (tmp_path / "third.json").write_text('{"Pet": {"type": "integer"}}', encoding="utf-8")
    return tmp_path


def test_target_of_relative_file(spec_dir: Path) -> None:
    r = Resolver({}, spec_dir)
    assert r.target("other.yaml#/Pet", "#/x") == Target(
        (spec_dir / "other.yaml").resolve(), "#/Pet"
    )
    # Relative to the file the ref is in, not the spec's folder.
    inner = r.target("../other.yaml#/Tag", "#/y", current=(spec_dir / "sub" / "owner.yaml"))
    assert inner == Target((spec_dir / "other.yaml").resolve(), "#/Tag")


def test_deref_into_other_file(spec_dir: Path) -> None:
    node, at = Resolver({}, spec_dir).deref({"$ref": "other.yaml#/Tag"}, "#/x")
    assert node == {"type": "string"}
    assert at == "#/Tag"


def test_deref_whole_file(spec_dir: Path) -> None:
    node, _ = Resolver({}, spec_dir).deref({"$ref": "sub/owner.yaml"}, "#/x")
    assert node["properties"]["name"] == {"type": "string"}


def test_deref_chain_continues_inside_other_file(spec_dir: Path) -> None:
    node, _ = Resolver({}, spec_dir).deref({"$ref": "other.yaml#/TagAlias"}, "#/x")
    assert node == {"type": "string"}


@pytest.mark.parametrize("ref", ["../outside.yaml#/X", "sub/../../outside.yaml"])
def test_refs_escaping_the_folder_refused(spec_dir: Path, ref: str) -> None:
    (spec_dir.parent / "outside.yaml").write_text("X: {type: string}\n", encoding="utf-8")
    err = _error(Resolver({}, spec_dir).target, ref, "#/components/schemas/X")
    assert err.message == f"`$ref` {ref!r} reaches outside the spec's folder"
    assert err.pointer == "#/components/schemas/X"


def test_symlink_escaping_the_folder_refused(spec_dir: Path, tmp_path_factory: Any) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "x.yaml"
    elsewhere.write_text("X: {}\n", encoding="utf-8")
    (spec_dir / "link.yaml").symlink_to(elsewhere)
    err = _error(Resolver({}, spec_dir).target, "link.yaml#/X", "#/a")
    assert "reaches outside" in err.message


def test_missing_file(spec_dir: Path) -> None:
    err = _error(Resolver({}, spec_dir).target, "nope.yaml#/X", "#/a")
    assert err.message == "`$ref` 'nope.yaml#/X': file 'nope.yaml' does not exist"


def test_missing_target_in_other_file(spec_dir: Path) -> None:
    err = _error(Resolver({}, spec_dir).deref, {"$ref": "other.yaml#/Nope"}, "#/a")
    assert err.message == "`$ref` target other.yaml#/Nope does not exist"
    assert err.pointer == "#/a"


# ------------------------------------------------------------------ bundle


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_bundle_makes_every_ref_local(spec_dir: Path) -> None:
    root = {
        "openapi": "3.1.0",
        "paths": {
            "/pets": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {"application/json": {"schema": {"$ref": "other.yaml#/Pet"}}}
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Local": {"type": "string"},
                "UsesLocal": {"$ref": "#/components/schemas/Local"},
                "SamePet": {"$ref": "other.yaml#/Pet"},
            }
        },
    }
    out = bundle(root, Resolver(root, spec_dir))
    assert all(ref.startswith("#/components/schemas/") for ref in _refs(out))
    schemas = out["components"]["schemas"]
    assert set(schemas) == {"Local", "UsesLocal", "SamePet", "Pet", "Tag", "owner"}
    # The same target always gets the same name.
    assert schemas["SamePet"] == {"$ref": "#/components/schemas/Pet"}
    ok = out["paths"]["/pets"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Pet"}
    assert schemas["Pet"]["properties"] == {
        "tag": {"$ref": "#/components/schemas/Tag"},  # local ref inside other.yaml
        "owner": {"$ref": "#/components/schemas/owner"},  # whole file: named after its stem
    }
    assert schemas["Tag"] == {"type": "string"}
    # The cycle other.yaml#/Pet -> sub/owner.yaml -> ../other.yaml#/Pet closes on the one name.
    assert schemas["owner"]["properties"]["pet"] == {"$ref": "#/components/schemas/Pet"}
    assert root["components"]["schemas"]["SamePet"] == {"$ref": "other.yaml#/Pet"}  # unchanged


def test_bundle_all_local_document_is_unchanged(spec_dir: Path) -> None:
    root = {"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {}}}}
    assert bundle(root, Resolver(root, spec_dir)) == root


def test_bundle_name_clash_between_files(spec_dir: Path) -> None:
    root = {
        "components": {
            "schemas": {"X": {"$ref": "other.yaml#/Pet"}, "Y": {"$ref": "third.json#/Pet"}}
        }
    }
    err = _error(bundle, root, Resolver(root, spec_dir))
    assert err.message == (
        "the schema from third.json#/Pet would be named 'Pet', which another schema already uses"
    )
    assert err.pointer == "#/components/schemas/Y"


def test_bundle_name_clash_with_own_component(spec_dir: Path) -> None:
    root = {
        "components": {"schemas": {"Tag": {"type": "integer"}, "X": {"$ref": "other.yaml#/Tag"}}}
    }
    err = _error(bundle, root, Resolver(root, spec_dir))
    assert "would be named 'Tag'" in err.message


def test_bundle_ref_back_into_the_root_file(tmp_path: Path) -> None:
    root = {
        "components": {
            "schemas": {"Owner": {"type": "object"}, "Wrap": {"$ref": "back.yaml#/Thing"}}
        }
    }
    (tmp_path / "spec.json").write_text(__import__("json").dumps(root), encoding="utf-8")
    (tmp_path / "back.yaml").write_text(
        "Thing:\n  properties:\n    owner: {$ref: 'spec.json#/components/schemas/Owner'}\n",
        encoding="utf-8",
    )
    out = bundle(root, Resolver(root, tmp_path))
    thing = out["components"]["schemas"]["Thing"]
    assert thing["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}


def test_same_pointer_in_another_file_is_not_a_cycle(tmp_path: Path) -> None:
    (tmp_path / "other.yaml").write_text("A:\n  type: integer\n", encoding="utf-8")
    root = {"A": {"$ref": "other.yaml#/A"}}
    node, _ = Resolver(root, tmp_path).deref({"$ref": "#/A"}, "#/x")
    assert node == {"type": "integer"}


def test_a_ref_spelling_the_root_file_is_the_root(tmp_path: Path) -> None:
    """However the root document is named in a `$ref` (``spec.json#``, ``./spec.json#``), the
    target is the root, and bundling leaves a local reference."""
    spec = tmp_path / "spec.json"
    root = {
        "components": {
            "schemas": {
                "Owner": {"type": "object"},
                "A": {"$ref": "spec.json#/components/schemas/Owner"},
                "B": {"$ref": "./spec.json#/components/schemas/Owner"},
            }
        }
    }
    spec.write_text(__import__("json").dumps(root), encoding="utf-8")
    r = Resolver(root, tmp_path, root_file=spec)
    assert r.target("./spec.json#/x", "#/at") == Target(None, "#/x")
    schemas = bundle(root, r)["components"]["schemas"]
    assert schemas["A"] == schemas["B"] == {"$ref": "#/components/schemas/Owner"}
    assert set(schemas) == {"Owner", "A", "B"}

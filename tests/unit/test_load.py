"""codegen.spec.load: JSON and YAML files into a plain document plus the sha256 of the bytes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.spec.load import load, parse_text


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_json(tmp_path: Path) -> None:
    text = json.dumps({"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}})
    path = _write(tmp_path, "spec.json", text)
    loaded = load(path)
    assert loaded.document == {"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}}
    assert loaded.path == path
    assert loaded.sha256 == hashlib.sha256(text.encode()).hexdigest()


def test_yaml(tmp_path: Path) -> None:
    text = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /x: {}\n"
    loaded = load(_write(tmp_path, "spec.yaml", text))
    assert loaded.document == {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {}},
    }


def test_sha256_is_of_the_bytes_on_disk(tmp_path: Path) -> None:
    data = b'\xef\xbb\xbf{\r\n  "a": 1\r\n}\r\n'  # BOM and CRLF are part of the hash
    path = tmp_path / "spec.json"
    path.write_bytes(data)
    loaded = load(path)
    assert loaded.document == {"a": 1}
    assert loaded.sha256 == hashlib.sha256(data).hexdigest()


def test_yaml_int_keys_become_strings(tmp_path: Path) -> None:
    text = "responses:\n  200:\n    description: ok\n  404:\n    description: no\n"
    doc = load(_write(tmp_path, "spec.yaml", text)).document
    assert list(doc["responses"]) == ["200", "404"]
    assert all(isinstance(k, str) for k in doc["responses"])


def test_yaml_nested_int_keys_in_lists(tmp_path: Path) -> None:
    doc = load(_write(tmp_path, "s.yaml", "a:\n  - 1: x\n    2: {3: y}\n")).document
    assert doc == {"a": [{"1": "x", "2": {"3": "y"}}]}


def test_yaml_keys_keep_their_spelling(tmp_path: Path) -> None:
    text = "properties:\n  on: {}\n  no: {}\n  null: {}\n  010: {}\n  1_0: {}\n"
    doc = load(_write(tmp_path, "s.yaml", text)).document
    assert list(doc["properties"]) == ["on", "no", "null", "010", "1_0"]


def test_yaml_dates_stay_strings(tmp_path: Path) -> None:
    text = "info:\n  version: 2024-01-15\n  when: 2024-01-15T10:00:00Z\n"
    doc = load(_write(tmp_path, "spec.yaml", text)).document
    assert doc["info"] == {"version": "2024-01-15", "when": "2024-01-15T10:00:00Z"}


def test_invalid_json_has_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "spec.json", '{\n  "a": 1,\n  "b": ,\n}\n')
    with pytest.raises(CodegenError) as info:
        load(path)
    err = info.value
    assert "invalid JSON at line 3, column 8" in err.message
    assert err.source == "spec.json"


def test_invalid_yaml_has_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "spec.yaml", "a: 1\nb:\n  - x\n  y: [\n")
    with pytest.raises(CodegenError) as info:
        load(path)
    err = info.value
    assert err.message.startswith("invalid YAML at line ")
    assert err.source == "spec.yaml"


def test_invalid_yaml_exact_position(tmp_path: Path) -> None:
    path = _write(tmp_path, "spec.yaml", "a: 1\nb: [1, 2\nc: 3\n")
    with pytest.raises(CodegenError) as info:
        load(path)
    # PyYAML reports the flow sequence that never closes where it notices: line 3, column 2.
    assert "line 3, column 2" in info.value.message


@pytest.mark.parametrize("text", ["", "   \n\n\t"])
@pytest.mark.parametrize("name", ["spec.json", "spec.yaml"])
def test_empty_file(tmp_path: Path, name: str, text: str) -> None:
    with pytest.raises(CodegenError) as info:
        load(_write(tmp_path, name, text))
    assert info.value.message == f"{name} is empty"


@pytest.mark.parametrize(("name", "text"), [("s.json", "[1, 2]"), ("s.yaml", "- a\n- b\n")])
def test_top_level_list(tmp_path: Path, name: str, text: str) -> None:
    with pytest.raises(CodegenError) as info:
        load(_write(tmp_path, name, text))
    assert "top level is a list" in info.value.message


def test_top_level_scalar(tmp_path: Path) -> None:
    with pytest.raises(CodegenError) as info:
        load(_write(tmp_path, "s.yaml", "just text\n"))
    assert "top level is a str" in info.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CodegenError) as info:
        load(tmp_path / "nope.json")
    assert "cannot read spec" in info.value.message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(CodegenError) as info:
        load(path)
    assert info.value.message == "s.json is not UTF-8 text (byte 7)"


def test_parse_text_json_detected_by_content() -> None:
    # A .yaml name holding JSON is parsed as JSON (so JSON errors get JSON positions).
    assert parse_text('{"a": [1]}', "x.yaml") == {"a": [1]}
    with pytest.raises(CodegenError, match="invalid JSON at line 1"):
        parse_text('{"a": }', "x.yaml")

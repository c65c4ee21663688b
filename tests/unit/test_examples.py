"""codegen.build.examples: docstring examples take the spec's own examples, one test per source,
fall back to type-shaped placeholders only where the spec has none or they do not fit, and
every example of a generated package type-checks."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from codegen.ir.records import Operation
from codegen.output.write import write
from codegen.pipeline import generate
from codegen.render.examples import render
from tests.unit.test_build import make_api, only_op, op, spec_of

ASSET = {
    "AssetUrl": {
        "type": "object",
        "required": ["type", "url"],
        "properties": {"type": {"const": "url"}, "url": {"type": "string"}},
    },
    "AssetId": {
        "type": "object",
        "required": ["type", "asset_id"],
        "properties": {"type": {"const": "asset_id"}, "asset_id": {"type": "string"}},
    },
    "Mode": {"type": "string", "enum": ["speed", "precision"]},
    "Job": {
        "type": "object",
        "required": ["video", "title", "mode", "languages"],
        "properties": {
            "video": {
                "oneOf": [
                    {"$ref": "#/components/schemas/AssetUrl"},
                    {"$ref": "#/components/schemas/AssetId"},
                ],
                "discriminator": {"propertyName": "type"},
            },
            "title": {"type": "string"},
            "mode": {"$ref": "#/components/schemas/Mode"},
            "languages": {"type": "array", "items": {"type": "string"}},
            "speakers": {"type": "integer"},
        },
    },
}


def _body_op(media: dict[str, Any], schemas: dict[str, Any] | None = None) -> Operation:
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}, **media}}
    spec = spec_of(
        {"/jobs": {"post": op("createJob", requestBody={"required": True, "content": content})}},
        components={"schemas": schemas or ASSET},
    )
    return only_op(make_api(spec))


def _body_examples(operation: Operation) -> dict[str, str]:
    assert operation.body is not None
    return {f.name: render(f.example) for f in operation.body.fields if f.example is not None}


def _param_example(param: dict[str, Any], schemas: dict[str, Any] | None = None) -> str:
    spec = spec_of(
        {"/jobs/{job_id}": {"get": op("getJob", parameters=[param])}},
        components={"schemas": schemas or {}},
    )
    (p,) = only_op(make_api(spec)).params
    assert p.example is not None
    return render(p.example)


PATH_PARAM = {"name": "job_id", "in": "path", "required": True}


def test_parameter_example() -> None:
    param = {**PATH_PARAM, "schema": {"type": "string"}, "example": "job_123"}
    assert _param_example(param) == "'job_123'"


def test_parameter_examples_map_of_example_objects() -> None:
    examples = {"first": {"summary": "a job", "value": "job_abc"}, "other": {"value": "job_x"}}
    param = {**PATH_PARAM, "schema": {"type": "string"}, "examples": examples}
    assert _param_example(param) == "'job_abc'"


def test_parameter_schema_examples_and_media_type_example() -> None:
    in_schema = {**PATH_PARAM, "schema": {"type": "string", "examples": ["job_3_1"]}}
    assert _param_example(in_schema) == "'job_3_1'"
    in_content = {
        **PATH_PARAM,
        "content": {"application/json": {"schema": {"type": "integer"}, "example": 42}},
    }
    assert _param_example(in_content) == "42"


def test_an_example_that_does_not_fit_the_type_falls_back() -> None:
    assert _param_example({**PATH_PARAM, "schema": {"type": "string"}, "example": 7}) == "'string'"
    flag = {**PATH_PARAM, "schema": {"type": "integer"}, "example": True}
    assert _param_example(flag) == "1"  # True is no int example
    assert _param_example({**PATH_PARAM, "schema": {"type": "string"}}) == "'string'"


def test_an_argument_borrows_the_example_of_a_same_named_property() -> None:
    schemas = {
        "Job": {
            "type": "object",
            "properties": {"job_id": {"type": "string", "examples": ["job_from_response"]}},
        }
    }
    spec = spec_of(
        {
            "/jobs/{job_id}": {
                "get": op(
                    "getJob",
                    parameters=[{**PATH_PARAM, "schema": {"type": "string"}}],
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Job"}}
                            },
                        }
                    },
                )
            }
        },
        components={"schemas": schemas},
    )
    (p,) = only_op(make_api(spec)).params
    assert p.example is not None
    assert render(p.example) == "'job_from_response'"


def test_property_examples_build_the_model_argument() -> None:
    schemas = json.loads(json.dumps(ASSET))
    schemas["AssetUrl"]["properties"]["url"]["example"] = "https://cdn.example.com/v.mp4"
    schemas["Job"]["properties"]["title"]["examples"] = ["Demo"]
    shown = _body_examples(_body_op({}, schemas))
    assert shown["video"] == "AssetUrl(url='https://cdn.example.com/v.mp4')"
    assert shown["title"] == "'Demo'"
    assert shown["mode"] == "Mode('speed')"  # an enum without an example: its first member
    assert shown["languages"] == "['string']"  # no example anywhere: the placeholder


def test_request_body_media_type_example_fills_every_argument() -> None:
    example = {
        "video": {"type": "asset_id", "asset_id": "as_123"},
        "title": "Launch",
        "mode": "precision",
        "languages": ["es", "fr"],
    }
    shown = _body_examples(_body_op({"example": example}))
    # the union member whose tag and required fields the object matches
    assert shown["video"] == "AssetId(asset_id='as_123')"
    assert shown["title"] == "'Launch'"
    assert shown["mode"] == "Mode('precision')"  # a real member
    assert shown["languages"] == "['es', 'fr']"


def test_request_body_examples_map_and_non_members_fall_back() -> None:
    value = {"video": {"type": "url"}, "title": 5, "mode": "turbo", "languages": []}
    shown = _body_examples(_body_op({"examples": {"one": {"value": value}}}))
    assert shown["video"] == "AssetUrl(url='string')"  # the example lacks url: not this member
    assert shown["title"] == "'string'"
    assert shown["mode"] == "Mode('speed')"  # "turbo" is no member
    assert shown["languages"] == "['string']"


def test_a_model_example_shows_the_optional_fields_it_has() -> None:
    schemas = json.loads(json.dumps(ASSET))
    schemas["Wrapper"] = {
        "type": "object",
        "required": ["job"],
        "properties": {"job": {"$ref": "#/components/schemas/Job"}},
    }
    schemas["Job"]["example"] = {
        "video": {"type": "url", "url": "https://x.test/a.mp4"},
        "title": "T",
        "mode": "speed",
        "languages": ["de"],
        "speakers": 2,
    }
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Wrapper"}}}
    spec = spec_of(
        {"/w": {"post": op("wrap", requestBody={"required": True, "content": content})}},
        components={"schemas": schemas},
    )
    shown = _body_examples(only_op(make_api(spec)))
    assert shown["job"] == (
        "Job(video=AssetUrl(url='https://x.test/a.mp4'), title='T', mode=Mode('speed'), "
        "languages=['de'], speakers=2)"
    )


def _docstring_examples(package_dir: Path) -> list[str]:
    found = []
    for path in sorted((package_dir / "resources").rglob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(fn, ast.FunctionDef):  # the sync methods (async ones only add await)
                doc = ast.get_docstring(fn) or ""
                if "\nExample:\n" in doc:
                    block = doc.split("\nExample:\n", 1)[1]
                    body = re.sub(r"(?m)^    ", "", block.strip("\n"))
                    found.append(body)
    return [
        "\n".join([f"def example_{i}() -> None:"] + ["    " + line for line in body.splitlines()])
        for i, body in enumerate(found)
    ]


def test_every_docstring_example_of_a_generated_package_type_checks(tmp_path: Path) -> None:
    example = {
        "video": {"type": "asset_id", "asset_id": "as_1"},
        "title": "x",
        "mode": "precision",
        "languages": ["es"],
    }
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}}
    spec = spec_of(
        {
            "/jobs": {
                "post": op(
                    "createJob",
                    requestBody={
                        "required": True,
                        "content": {
                            "application/json": {**content["application/json"], "example": example}
                        },
                    },
                )
            },
            "/jobs/{job_id}": {
                "get": op(
                    "getJob",
                    parameters=[
                        {**PATH_PARAM, "schema": {"type": "string"}, "example": 3},
                        {
                            "name": "mode",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "enum": ["a", "b"]},
                            "example": "b",
                        },
                    ],
                )
            },
        },
        components={"schemas": ASSET},
    )
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    result = generate(spec_path, package="examples_pkg")
    out = tmp_path / "out"
    write(result.files, out)
    examples = _docstring_examples(out / "examples_pkg")
    assert len(examples) == 2  # one per operation
    module = "\n\n\n".join(
        [
            "\n".join(
                [
                    f"from examples_pkg import {result.api.client_name}",
                    "from examples_pkg.models import *  # noqa: F403",
                    f"client = {result.api.client_name}()",
                ]
            ),
            *examples,
        ]
    )
    assert "mode='b'" in module
    assert "AssetId(asset_id='as_1')" in module
    check = tmp_path / "check.py"
    check.write_text(module + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(check)],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(out), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stdout + "\n" + module

"""The expected outcome of every case in ``cases/``: an exact error (message, pointer, hint), a
warning, or generated code and what to check about it.

``xfail`` names a generator bug: the test is marked ``xfail(strict=True)`` with that reason, so it
fails loudly (XPASS) once the bug is fixed and the marker must go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .support import CANARY


@dataclass(frozen=True)
class Error:
    """Exit code 1 and exactly these stderr lines. ``message=None``: the message is not pinned
    (the generator has none yet); then ``contains`` must appear in it."""

    message: str | None
    at: str
    hint: str | None = None
    contains: tuple[str, ...] = ()
    xfail: str | None = None


@dataclass(frozen=True)
class Warns:
    """Generation succeeds and prints these warning lines."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Generates:
    """Generation succeeds; the package is imported and exercised.

    ``roundtrip``: model class -> payloads that must survive validate + dump by alias unchanged.
    ``enums``: enum class -> the spec's values, which the members' values must equal exactly.
    """

    roundtrip: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    enums: dict[str, list[str]] = field(default_factory=dict)
    xfail: str | None = None


_SYNTAX = "Fix the syntax there (a JSON linter shows the context)."
_REF_HINT = "Generation never touches the network; download the document next to the spec and reference it by relative path."
_RENAME = "Rename the parameter or field in the spec (the wire names are kept as aliases)."

ERRORS: dict[str, Error] = {
    "err_invalid_json.json": Error(
        "invalid JSON at line 4, column 13: Expecting property name enclosed in double quotes",
        "err_invalid_json.json#",
        _SYNTAX,
    ),
    "err_invalid_yaml.yaml": Error(
        "invalid YAML at line 7, column 1: expected ',' or ']', but got '<stream end>'",
        "err_invalid_yaml.yaml#",
        "Fix the syntax there (a YAML linter shows the context).",
    ),
    "err_yaml_python_tag.yaml": Error(
        "invalid YAML at line 2, column 7: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'",
        "err_yaml_python_tag.yaml#",
        "Fix the syntax there (a YAML linter shows the context).",
    ),
    "err_not_utf8.json": Error(
        "err_not_utf8.json is not UTF-8 text (byte 0)",
        "err_not_utf8.json#",
        "Save the spec as UTF-8.",
    ),
    "err_empty.json": Error(
        "err_empty.json is empty",
        "err_empty.json#",
        "Point --spec at an OpenAPI 3.0 or 3.1 document (JSON or YAML).",
    ),
    "err_empty.yaml": Error(
        "err_empty.yaml is empty",
        "err_empty.yaml#",
        "Point --spec at an OpenAPI 3.0 or 3.1 document (JSON or YAML).",
    ),
    "err_top_level_list.json": Error(
        "err_top_level_list.json is not an OpenAPI document: its top level is a list, not an object",
        "err_top_level_list.json#",
        "An OpenAPI document is an object with `openapi`, `info` and `paths`.",
    ),
    "err_not_openapi.json": Error(
        "not an OpenAPI document: there is no `openapi` field",
        "#",
        'An OpenAPI document starts with "openapi": "3.1.0" (or 3.0.x), `info` and `paths`.',
    ),
    "err_swagger2.json": Error(
        "this is a Swagger 2.0 document; only OpenAPI 3.0, 3.1 and 3.2 are supported",
        "#/swagger",
        "Convert it to OpenAPI 3 first (for example with the swagger2openapi tool), "
        "then generate from the converted file.",
    ),
    "err_openapi_version.json": Error(
        "unsupported OpenAPI version '4.0.0'", "#/openapi", "Supported: 3.0.x, 3.1.x and 3.2.x."
    ),
    "err_openapi_version_float.yaml": Error(
        "unsupported OpenAPI version 3.1", "#/openapi", "Supported: 3.0.x, 3.1.x and 3.2.x."
    ),
    "err_no_paths.json": Error(
        "the document has no `paths` object, so there is nothing to generate",
        "#/paths",
        "Add the API's paths (OpenAPI 3.1 also allows `webhooks` alone).",
    ),
    "err_missing_ref.json": Error(
        "`$ref` target #/components/schemas/Pet does not exist",
        "#/paths/~1pets/get/responses/200/content/application~1json/schema",
        "Define it, or point the $ref at an existing component.",
    ),
    "err_missing_ref_file.json": Error(
        "`$ref` 'no-such-file.json#/Other': file 'no-such-file.json' does not exist",
        "#/components/schemas/Other",
        "Fix the path, or add the file next to the spec.",
    ),
    "err_url_ref.json": Error(
        "`$ref` to a URL is not followed: 'https://evil.example/pet.json#/Pet'",
        "#/paths/~1pets/get/responses/200/content/application~1json/schema",
        _REF_HINT,
    ),
    "err_file_url_ref.json": Error(
        "`$ref` to a URL is not followed: 'file:///etc/passwd'",
        "#/components/schemas/Passwd",
        _REF_HINT,
    ),
    "err_protocol_relative_ref.json": Error(
        "`$ref` to a URL is not followed: '//evil.example/schemas.json#/Remote'",
        "#/components/schemas/Remote",
        _REF_HINT,
    ),
    "err_ref_outside_folder.json": Error(
        "`$ref` '../../../../../../etc/passwd#/x' reaches outside the spec's folder",
        "#/components/schemas/Outside",
        "Keep every referenced file in the spec's folder or below it.",
    ),
    "err_ref_cycle.json": Error(
        "`$ref` cycle that never reaches a definition: #/components/parameters/A -> "
        "#/components/parameters/B -> #/components/parameters/A",
        "#/components/parameters/B",
        "One of these references must point at a real object.",
    ),
    "err_discriminator_missing.json": Error(
        None,
        "#/components/schemas/Pet/discriminator/mapping/dog",
        contains=("#/components/schemas/Dog",),
    ),
    "err_duplicate_operation_id.json": Error(
        "duplicate operationId 'getThing' (also at #/paths/~1pets/get)",
        "#/paths/~1toys/get/operationId",
        "operationIds must be unique; rename one of them.",
    ),
    "err_path_param_undeclared.json": Error(
        "path parameter {petId} is used in the path but not declared",
        "#/paths/~1pets~1{petId}/get",
        'Declare it: {"name": "petId", "in": "path", "required": true, '
        '"schema": {"type": "string"}}.',
    ),
    "err_path_param_absent.json": Error(
        "path parameter 'petId' is declared but the path has no {petId}",
        "#/paths/~1pets/get/parameters/0",
        "Remove the parameter or add the placeholder to the path.",
    ),
    "err_responses_not_object.json": Error(
        None, "#/paths/~1a/get/responses", contains=("responses",)
    ),
    "inj_title_stdlib_name.json": Error(
        "the package would be named 'json', which shadows a module it needs",
        "#/info/title",
        "Name the package with --package or [client] package in the overrides file.",
    ),
    "inj_security.json": Error(
        None,
        '#/components/securitySchemes/key"); os.system("touch HOSTILE_CANARY") #/name',
        "Use letters, digits and - (for example x-api-key).",
        contains=("is not a valid HTTP header name",),
    ),
}

WARNINGS: dict[str, Warns] = {
    # Issue 12: name collisions are resolved by the documented rule (codegen.ir.collisions.resolve).
    "err_param_name_collision.json": Warns(
        (
            "warning: in GET /users, query parameter 'user-id' and query parameter 'user_id' both "
            "want the Python name 'user_id' (the other is at #/paths/~1users/get/parameters/1)",
            "  at: #/paths/~1users/get/parameters/0",
        )
    ),
    "err_unicode_param_collision.json": Warns(
        (
            "warning: in GET /files, query parameter '\ufb01le' and query parameter 'file' both "
            "want the Python name 'file' (the other is at #/paths/~1files/get/parameters/0)",
            "  at: #/paths/~1files/get/parameters/1",
        )
    ),
    "warn_operation_name_collision.json": Warns(
        (
            "warning: in resource 'users', operations 'get_user' (GET /users/{id}/{rev}) and "
            "'getUser' (GET /users/{id}) both want the method name 'get' (the other is at "
            "#/paths/~1users~1{id}/get)",
            "  at: #/paths/~1users~1{id}~1{rev}/get",
            "  did: GET /users/{id} keeps 'get' and GET /users/{id}/{rev} is 'get_by_rev'; to pick "
            'other names add [operations."GET /users/{id}/{rev}"] name = "..." and/or '
            '[operations."GET /users/{id}"] name = "..." (each with a `reason`)',
        )
    ),
    "warn_schema_name_collision.json": Warns(
        (
            "warning: schemas #/components/schemas/café and #/components/schemas/cafe both want "
            "the class name 'Cafe'",
            "  at: #/components/schemas/café",
            "  did: #/components/schemas/cafe keeps 'Cafe' and #/components/schemas/café is "
            "'CafEAcute'; to pick other names add [schemas.\"#/components/schemas/café\"] name = "
            '"..." and/or [schemas."#/components/schemas/cafe"] name = "..." (each with a `reason`)',
        )
    ),
    "warn_unsupported_security.json": Warns(
        (
            "warning: security scheme 'digest' (http digest) is not supported",
            "  at: #/components/securitySchemes/digest",
            "  did: left it out; pass its credential with default_headers (or http_client)",
        )
    ),
}

ENUM_VALUES = [
    f'"); import os; os.system("touch {CANARY}") #',
    f"'); import os; os.system('touch {CANARY}') #",
    '"""',
    "'''",
    "\\",
    "",
    "None",
    "class",
    "1",
    "a",
    "A",
    "a-b",
    "a_b",
    "{{ 7*7 }}",
    "{% raw %}",
    "# comment",
    "line\nbreak",
    "tab\there",
    "\ufb01le",
    "file",
    "日本語",
]
_THING = [{"name": 'a "quoted" \\ name', "note": '"""'}, {"name": "x"}]
_PROSE = Generates(roundtrip={"Thing": _THING})

GENERATES: dict[str, Generates] = {
    "inj_names_nfkc_collision.json": Generates(
        roundtrip={"FileInfo": [{"file": "a", "\ufb01le": 1}]}
    ),
    **{
        f"inj_prose_{k}.json": _PROSE
        for k in ("tdq", "tsq", "bsq", "nl", "tbs", "tq", "jinja", "hash")
    },
    "inj_enum_values.json": Generates(
        roundtrip={"Palette": [{"color": v} for v in ENUM_VALUES] + [{"colors": ENUM_VALUES}]},
        enums={"Color": ENUM_VALUES, "PaletteInline": ENUM_VALUES[:6]},
    ),
    "inj_enum_line_separator.json": Generates(
        roundtrip={"Sep": [{"kind": "x\u2028y"}, {"kind": "n\x85l"}, {"inline": "one"}]},
        enums={"Kind": ["x\u2028y", "p\u2029q", "v\x0bw", "f\x0cg", "n\x85l", "plain"]},
    ),
    "inj_enum_varnames.json": Generates(enums={"Level": ["low", "high", "mid"]}),
    "inj_defaults_examples.json": Generates(
        roundtrip={"Query": [{"text": 'say "hi" \\ """', "choice": 'a"b'}, {"text": "t"}]}
    ),
    "inj_names_keywords.json": Generates(
        roundtrip={
            "Keywords": [
                {
                    k: f"v-{k}"
                    for k in [
                        "class",
                        "import",
                        "def",
                        "None",
                        "True",
                        "False",
                        "lambda",
                        "async",
                        "await",
                        "match",
                        "case",
                        "type",
                        "_",
                        "self",
                        "client",
                        "timeout",
                        "extra_body",
                        "max_retries",
                    ]
                }
            ]
        }
    ),
    "inj_names_builtins.json": Generates(
        roundtrip={
            "Builtins": [
                {
                    k: f"v-{k}"
                    for k in [
                        "list",
                        "dict",
                        "id",
                        "print",
                        "str",
                        "open",
                        "exec",
                        "eval",
                        "__import__",
                        "__class__",
                        "__init__",
                        "model_config",
                        "model_fields",
                        "model_dump",
                        "schema",
                        "json",
                        "copy",
                        "validate",
                        "fields",
                        "construct",
                    ]
                }
            ]
        }
    ),
    "inj_names_digits_punct.json": Generates(
        roundtrip={
            "Odd": [
                {
                    k: f"v{i}"
                    for i, k in enumerate(
                        [
                            "1st",
                            "2fa",
                            "123",
                            "0",
                            "-1",
                            "",
                            " ",
                            "a b",
                            "a.b",
                            "@type",
                            "$ref",
                            "a/b",
                            "~tilde",
                            "__dunder__",
                            "_private",
                            "x-y-z",
                            "CONSTANT_NAME",
                            "camelCase",
                            "PascalCase",
                        ]
                    )
                }
            ]
        }
    ),
    "inj_names_unicode.json": Generates(
        roundtrip={
            "Ünicode": [
                {
                    k: f"v{i}"
                    for i, k in enumerate(
                        [
                            "naïve",
                            "日本語",
                            "Ωmega",
                            "\u03a9hm",
                            "ｆｕｌｌ",
                            "émoji😀",
                            "ǅ",
                            "straße",
                        ]
                    )
                }
            ]
        }
    ),
    "inj_names_case_punct.json": Generates(
        roundtrip={
            "User": [
                {
                    "user-id": "a",
                    "user_id": 1,
                    "userId": True,
                    "UserId": 1.5,
                    "USER_ID": "b",
                    "user.id": "c",
                }
            ]
        }
    ),
    "inj_schema_names.json": Generates(
        roundtrip={"Class": [{"import": {"x": "1"}}], "FooBar": [{"q": '"'}], "Any": [{"e": "e"}]}
    ),
    "inj_tags_operation_ids.json": Generates(),
    "inj_paths.json": Generates(),
    "inj_servers.json": Generates(),
    "inj_extensions.json": Generates(roundtrip={"Ext": [{"a": "{{ 7*7 }}"}]}),
    "inj_info.json": Generates(),
    # Dots are legal in component names; the class is OsSystem, not a module path.
    "err_schema_name_with_dot.json": Generates(),
    "inj_media_and_patterns.json": Generates(roundtrip={"Pat": [{"code": "'''\\"}]}),
    "inj_discriminator.json": Generates(
        roundtrip={"Cat": [{"pet-type": 'c"at', "meow": "m"}], "Dog": [{"pet-type": "class"}]}
    ),
    "inj_recursive.json": Generates(
        roundtrip={
            "Node": [
                {
                    "class": "root",
                    "child-nodes": [{"class": "leaf", "child-nodes": []}],
                    "parent": None,
                    "meta": {"k": {"class": "m"}},
                }
            ]
        }
    ),
}

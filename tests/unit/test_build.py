"""codegen.build.builder (+ models, typemap): the IR built from small inline specs by the real pipeline."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from codegen.build.builder import Settings, build, error_class_name
from codegen.build.context import Context
from codegen.errors import CodegenError, Diagnostics
from codegen.ir.records import (
    Api,
    ApiKeyScheme,
    BasicScheme,
    BearerScheme,
    ContentKind,
    ErrorClass,
    HttpMethod,
    Operation,
    ParamLocation,
    Primitive,
)
from codegen.models.generate import generate_models
from codegen.overrides import (
    ClientSettings,
    DefaultTimeouts,
    EnvelopeSettings,
    OperationOverride,
    Overrides,
    PollOverride,
)
from codegen.spec.resolve import Resolver, bundle
from codegen.spec.validate import validate

OK = {"200": {"description": "ok"}}


def make_api(
    spec: dict[str, Any],
    overrides: Overrides | None = None,
    settings: Settings | None = None,
    diags: Diagnostics | None = None,
) -> Api:
    diags = diags if diags is not None else Diagnostics()
    doc = validate(spec, diags)
    doc = bundle(doc, Resolver(doc))
    models = generate_models(doc)
    return build(doc, models, overrides or Overrides(), settings or Settings(package="demo"), diags)


def spec_of(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    components = extra.pop("components", {})
    schemas = dict(components.get("schemas", {}))
    return {
        "openapi": "3.1.0",
        "info": {"title": "Demo API", "version": "2.1"},
        "paths": paths,
        "components": {**components, "schemas": schemas},
        **extra,
    }


def op(op_id: str | None = None, **fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"responses": OK, **fields}
    if op_id is not None:
        out["operationId"] = op_id
    return out


def path_param(name: str) -> dict[str, object]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def ops(api: Api) -> dict[str, Operation]:
    return {o.key: o for r in api.resources for o in r.operations}


def only_op(api: Api) -> Operation:
    [operation] = ops(api).values()
    return operation


def grouping(api: Api) -> dict[str, list[str]]:
    return {r.name: [o.name for o in r.operations] for r in api.resources}


def _error(spec: dict[str, Any], **kwargs: Any) -> CodegenError:
    with pytest.raises(CodegenError) as info:
        make_api(spec, **kwargs)
    return info.value


# ------------------------------------------------------------------ identity and grouping


def test_identity() -> None:
    api = make_api(spec_of({"/x": {"get": op("getX")}}), settings=Settings(package="demo"))
    assert (api.package, api.client_name, api.env_prefix, api.version) == (
        "demo",
        "DemoApi",
        "DEMO",
        "2.1",
    )
    assert api.title == "Demo API"


def test_identity_from_title_and_overrides() -> None:
    spec = spec_of({"/x": {"get": op("getX")}})
    assert make_api(spec, settings=Settings()).package == "demo_api"
    api = make_api(
        spec,
        overrides=Overrides(client=ClientSettings(name="Heygen", env_prefix="HEYGEN", version="9")),
    )
    assert (api.client_name, api.env_prefix, api.version) == ("Heygen", "HEYGEN", "9")


def test_bad_env_prefix() -> None:
    err = _error(
        spec_of({"/x": {"get": op("getX")}}),
        overrides=Overrides(client=ClientSettings(env_prefix="hey-gen")),
    )
    assert err.pointer == "#/client/env_prefix"


def test_bad_package_from_command_line() -> None:
    err = _error(spec_of({"/x": {"get": op("getX")}}), settings=Settings(package="my-pkg"))
    assert err.pointer == "--package"


def test_grouping_follows_the_path_not_the_tags() -> None:
    spec = spec_of(
        {
            "/v2/video_translate": {"post": op("translateVideo", tags=["Video Translate", "x"])},
            "/v2/videos/{video_id}": {
                "get": op(
                    "getVideo",
                    parameters=[{"name": "video_id", "in": "path", "required": True, "schema": {}}],
                ),
            },
            "/v1/videos": {"get": op("listVideosV1")},
            "/assets": {"get": op("listAssets")},
            "/v3": {"get": op("root")},
        }
    )
    api = make_api(spec)
    assert grouping(api) == {
        # plain verbs from the HTTP method; tags and operationIds do not move an operation
        "assets": ["list"],
        "root": ["get"],
        "video_translate": ["create"],
        "videos": ["get", "list"],
    }
    assert {r.name: r.class_name for r in api.resources}["video_translate"] == "VideoTranslate"


def test_tag_docs_attach_to_resource() -> None:
    spec = spec_of(
        {"/x": {"get": op("getX", tags=["Things"])}},
        tags=[{"name": "Things", "description": "All the things."}],
    )
    [res] = make_api(spec).resources
    assert res.doc.description == "All the things."


def test_operation_names() -> None:
    spec = spec_of(
        {
            "/a": {"post": op("createProofreadV3"), "get": op("listHTTPThings")},
            "/b": {"delete": op()},
        }
    )
    found = ops(make_api(spec))
    assert found["POST /a"].name == "create"
    assert found["POST /a"].operation_id == "createProofreadV3"
    assert found["GET /a"].name == "get"  # a singular collection: a singleton
    assert found["DELETE /b"].name == "delete"  # no operationId: method and path, in resource b
    assert found["DELETE /b"].func == "delete_b"  # module-level functions keep the long name
    assert found["POST /a"].method is HttpMethod.POST
    assert found["POST /a"].pointer == "#/paths/~1a/post"


def test_operation_name_and_resource_override() -> None:
    spec = spec_of({"/x": {"post": op("createThingV2")}})
    api = make_api(
        spec,
        overrides=Overrides(
            operations={
                "POST /x": OperationOverride(reason="clearer name", name="make", resource="things")
            }
        ),
    )
    assert grouping(api) == {"things": ["make"]}


def test_override_of_missing_operation() -> None:
    err = _error(
        spec_of({"/x": {"post": op("a")}}),
        overrides=Overrides(operations={"POST /nope": OperationOverride(reason="stale entry")}),
        settings=Settings(package="demo", overrides_source="overrides.toml"),
    )
    assert "'POST /nope'" in err.message
    assert err.pointer == "#/operations/POST ~1nope"
    assert err.source == "overrides.toml"


def test_polling_entry_for_missing_operation() -> None:
    rule = PollOverride(reason="jobs finish later", success=["done"])
    err = _error(
        spec_of({"/x": {"post": op("a")}}),
        overrides=Overrides(polling={"GET /jobs/{id}": rule}),
        settings=Settings(package="demo", overrides_source="overrides.toml"),
    )
    assert "[polling]" in err.message
    assert "'GET /jobs/{id}'" in err.message
    assert err.pointer == "#/polling/GET ~1jobs~1{id}"
    assert err.source == "overrides.toml"


def test_override_name_not_an_identifier() -> None:
    err = _error(
        spec_of({"/x": {"post": op("a")}}),
        overrides=Overrides(operations={"POST /x": OperationOverride(reason="r" * 3, name="1x")}),
        settings=Settings(package="demo", overrides_source="o.toml"),
    )
    assert err.pointer == "#/operations/POST ~1x/name"
    assert err.source == "o.toml"


def test_override_resource_not_an_identifier_names_the_file() -> None:
    err = _error(
        spec_of({"/x": {"post": op("a")}}),
        overrides=Overrides(
            operations={"POST /x": OperationOverride(reason="rrr", resource="a-b")}
        ),
        settings=Settings(package="demo", overrides_source="o.toml"),
    )
    assert err.pointer == "#/operations/POST ~1x/resource"
    assert err.source == "o.toml"


def test_two_operations_one_name_in_a_resource() -> None:
    # Issue 12: the shorter path keeps the name, the other adds the segment only it has, and
    # neither falls back to its operationId, which repeats the resource (`get_thing`).
    spec = spec_of(
        {
            "/things/{id}": {"get": op("getThing", parameters=[path_param("id")])},
            "/things/{id}/{rev}": {
                "get": op("get_thing", parameters=[path_param("id"), path_param("rev")])
            },
        }
    )
    diags = Diagnostics()
    api = make_api(spec, diags=diags)
    assert grouping(api) == {"things": ["get", "get_by_rev"]}
    [warning] = [w for w in diags.warnings if "both want" in w.message]
    assert warning.pointer == "#/paths/~1things~1{id}~1{rev}/get"
    assert "#/paths/~1things~1{id}/get" in warning.message
    assert '[operations."GET /things/{id}/{rev}"] name = "..."' in warning.did


def test_resources_whose_paths_join_alike_get_distinct_names() -> None:
    # A real spec (bunq) has /user/{id}/company/{cid} and /user-company: both would be
    # `user_company`. The shorter path keeps it; the other reads its path backwards.
    spec = spec_of(
        {
            "/user/{id}/company/{cid}": {
                "get": op("getUserCompany", parameters=[path_param("id"), path_param("cid")])
            },
            "/user-company": {"get": op("listCompanies")},
        }
    )
    diags = Diagnostics()
    api = make_api(spec, diags=diags)
    by_path = {".".join(r.path): r for r in api.resources}
    assert by_path["user_company"].name == "user_company"
    assert by_path["user.company"].name == "company_of_user"
    assert len({r.class_name for r in api.resources}) == len(api.resources)
    [warning] = [w for w in diags.warnings if "would share the name" in w.message]
    assert warning.pointer == "#/paths/~1user~1{id}~1company~1{cid}/get"
    assert "#/paths/~1user-company/get" in warning.message
    assert "resource = " in warning.did


def test_a_method_never_takes_the_name_of_a_nested_resource() -> None:
    # GET /resources is `list`, but /resources/list/{id} makes `resources.list` a resource.
    spec = spec_of(
        {
            "/resources": {"get": op("getResourceInfo")},
            "/resources/list/{id}": {"get": op("getListItem", parameters=[path_param("id")])},
        }
    )
    diags = Diagnostics()
    api = make_api(spec, diags=diags)
    top = next(r for r in api.resources if r.path == ("resources",))
    assert [o.name for o in top.operations] != ["list"]
    assert top.children == ("resources_list",)
    [warning] = [w for w in diags.warnings if "nested resource" in w.message]
    assert warning.pointer == "#/paths/~1resources/get"


def test_a_resource_class_never_takes_the_client_class_name() -> None:
    spec = spec_of({"/customer-support/tickets": {"get": op("listTickets")}})
    spec["info"]["title"] = "Customer Support"
    api = make_api(spec)
    assert api.client_name == "CustomerSupport"
    classes = {r.class_name for r in api.resources}
    assert "CustomerSupport" not in classes
    assert "CustomerSupportResource" in classes


def test_a_resource_class_skips_every_name_models_already_have() -> None:
    # Apideck's connector API has models `Connector` and `ConnectorResource`.
    def returns(ref: str) -> dict[str, Any]:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}
        return {"200": {"description": "ok", "content": content}}

    obj = {"type": "object", "properties": {"id": {"type": "string"}}}
    spec = spec_of(
        {
            "/connector/items": {"get": op("listConnectors", responses=returns("Connector"))},
            "/connector/resources": {
                "get": op("listResources", responses=returns("ConnectorResource"))
            },
        },
        components={"schemas": {"Connector": obj, "ConnectorResource": obj}},
    )
    api = make_api(spec)
    top = next(r for r in api.resources if r.path == ("connector",))
    assert top.class_name == "ConnectorNamespace"


def test_excluded_operations() -> None:
    spec = spec_of({"/a": {"get": op("getA")}, "/b": {"get": op("getB", **{"x-excluded": True})}})
    assert set(ops(make_api(spec))) == {"GET /a"}
    included = make_api(spec, settings=Settings(package="demo", include_excluded=True))
    assert set(ops(included)) == {"GET /a", "GET /b"}


def test_override_of_excluded_operation_is_not_stale() -> None:
    spec = spec_of({"/a": {"get": op("getA")}, "/b": {"get": op("getB", **{"x-excluded": True})}})
    api = make_api(
        spec, overrides=Overrides(operations={"GET /b": OperationOverride(reason="kept")})
    )
    assert set(ops(api)) == {"GET /a"}


# ------------------------------------------------------------------ params and bodies

PATH_PARAM = {"name": "video_id", "in": "path", "required": True, "schema": {"type": "string"}}


def test_params_merged_operation_wins() -> None:
    spec = spec_of(
        {
            "/videos/{video_id}": {
                "parameters": [
                    PATH_PARAM,
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                ],
                "get": op(
                    "getVideo",
                    parameters=[
                        {
                            "name": "q",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                ),
            }
        }
    )
    params = {(p.location, p.wire_name): p for p in only_op(make_api(spec)).params}
    assert set(params) == {
        (ParamLocation.PATH, "video_id"),
        (ParamLocation.QUERY, "q"),
        (ParamLocation.HEADER, "X-Trace"),
    }
    q = params[(ParamLocation.QUERY, "q")]
    assert (q.type, q.required) == (Primitive("int"), True)
    assert params[(ParamLocation.PATH, "video_id")].required is True
    header = params[(ParamLocation.HEADER, "X-Trace")]
    assert (header.name, header.required) == ("x_trace", False)


def test_an_operation_header_overrides_a_path_header_of_another_case() -> None:
    # Header names ignore case (RFC 9110): the operation's x-trace replaces the path's X-Trace.
    spec = spec_of(
        {
            "/videos": {
                "parameters": [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}],
                "get": op(
                    "listVideos",
                    parameters=[
                        {"name": "x-trace", "in": "header", "required": True, "schema": {}}
                    ],
                ),
            }
        }
    )
    [header] = only_op(make_api(spec)).params
    assert (header.wire_name, header.name, header.required) == ("x-trace", "x_trace", True)


def test_param_ref_and_reserved_names() -> None:
    spec = spec_of(
        {
            "/x": {
                "get": op(
                    "getX",
                    parameters=[
                        {"$ref": "#/components/parameters/Timeout"},
                        {"name": "type", "in": "query", "schema": {"type": "string"}},
                    ],
                )
            }
        },
        components={
            "parameters": {
                "Timeout": {"name": "timeout", "in": "query", "schema": {"type": "number"}}
            }
        },
    )
    names = {p.wire_name: p.name for p in only_op(make_api(spec)).params}
    assert names == {"timeout": "timeout_", "type": "type_"}


def test_cookie_params_become_cookie_params() -> None:
    spec = spec_of(
        {"/x": {"get": op("getX", parameters=[{"name": "sid", "in": "cookie", "schema": {}}])}}
    )
    diags = Diagnostics()
    (param,) = only_op(make_api(spec, diags=diags)).params
    assert (param.name, param.wire_name, param.location) == ("sid", "sid", ParamLocation.COOKIE)
    assert not [w for w in diags.warnings if "cookie" in w.message]


def test_idempotency_header() -> None:
    key = {
        "name": "Idempotency-Key",
        "in": "header",
        "schema": {"type": "string", "pattern": "^[A-Za-z0-9-]{8,64}$"},
    }
    spec = spec_of({"/x": {"post": op("makeX", parameters=[key])}, "/y": {"post": op("makeY")}})
    found = ops(make_api(spec))
    idem = found["POST /x"].idempotency
    assert idem is not None
    assert (idem.name, idem.wire_name, idem.location) == (
        "idempotency_key",
        "Idempotency-Key",
        ParamLocation.HEADER,
    )
    assert idem.pattern == "^[A-Za-z0-9-]{8,64}$"
    assert found["POST /y"].idempotency is None


NEW_VIDEO = {
    "type": "object",
    "required": ["title", "callbackURL"],
    "properties": {
        "title": {"type": "string", "description": "The title."},
        "id": {"type": "string", "readOnly": True},
        "callbackURL": {"type": "string"},
        "class": {"type": "integer"},
        "created": {"$ref": "#/components/schemas/Stamp"},
    },
}


def _body_spec(schema: dict[str, Any], params: list[Any] | None = None) -> dict[str, Any]:
    return spec_of(
        {
            "/videos": {
                "post": op(
                    "createVideo",
                    parameters=params or [],
                    requestBody={
                        "required": True,
                        "content": {"application/json": {"schema": schema}},
                    },
                )
            }
        },
        components={
            "schemas": {
                "NewVideo": NEW_VIDEO,
                "Stamp": {"type": "string", "format": "date-time", "readOnly": True},
            }
        },
    )


def test_body_fields_flattened_from_ref() -> None:
    body = only_op(make_api(_body_spec({"$ref": "#/components/schemas/NewVideo"}))).body
    assert body is not None
    assert (body.kind, body.media_type, body.required) == (
        ContentKind.JSON,
        "application/json",
        True,
    )
    assert body.model is not None
    assert body.model.name == "NewVideo"
    fields = [(f.name, f.wire_name, f.required) for f in body.fields]
    # readOnly properties (inline, or through a $ref) are not sent and not offered.
    assert fields == [
        ("title", "title", True),
        ("callback_url", "callbackURL", True),
        ("class_", "class", False),
    ]
    assert body.fields[0].doc.description == "The title."
    assert body.fields[2].type == Primitive("int")


def test_body_field_and_query_param_collide() -> None:
    # The body field keeps its name, the parameter takes its location (see codegen.ir.naming).
    query = {"name": "callback_url", "in": "query", "schema": {"type": "string"}}
    operation = only_op(make_api(_body_spec({"$ref": "#/components/schemas/NewVideo"}, [query])))
    assert [p.name for p in operation.params] == ["callback_url_query"]
    assert operation.body is not None
    assert "callback_url" in [f.name for f in operation.body.fields]


def test_non_json_bodies() -> None:
    spec = spec_of(
        {
            "/text": {"post": op("t", requestBody={"content": {"text/plain": {}}})},
            "/bin": {"post": op("b", requestBody={"content": {"application/octet-stream": {}}})},
            "/up": {
                "post": op(
                    "u",
                    requestBody={
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["file"],
                                    "properties": {
                                        "file": {"type": "string", "format": "binary"},
                                        "name": {"type": "string"},
                                    },
                                }
                            }
                        }
                    },
                )
            },
        }
    )
    found = ops(make_api(spec))
    assert found["POST /text"].body is not None
    assert found["POST /text"].body.kind is ContentKind.TEXT
    assert found["POST /bin"].body is not None
    assert found["POST /bin"].body.type == Primitive("bytes")
    upload = found["POST /up"].body
    assert upload is not None
    assert upload.kind is ContentKind.MULTIPART
    assert [(f.name, f.type.annotation(), f.required) for f in upload.fields] == [
        ("file", "FileTypes", True),
        ("name", "str", False),
    ]


# ------------------------------------------------------------------ responses and errors


def _response_spec(schema: dict[str, Any], errors: dict[str, Any] | None = None) -> dict[str, Any]:
    responses = {
        "200": {"description": "ok", "content": {"application/json": {"schema": schema}}},
        **(errors or {}),
    }
    return spec_of(
        {"/videos": {"get": {"operationId": "getVideo", "responses": responses}}},
        components={
            "schemas": {
                "Video": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Wrapped": {
                    "type": "object",
                    "properties": {
                        "data": {"$ref": "#/components/schemas/Video"},
                        "error": {"type": "string", "nullable": True},
                    },
                },
                "ErrorBody": {
                    "type": "object",
                    "properties": {"error": {"$ref": "#/components/schemas/ErrorDetail"}},
                },
                "ErrorDetail": {"type": "object", "properties": {"code": {"type": "string"}}},
            }
        },
    )


def test_envelope_unwrapped() -> None:
    spec = _response_spec({"$ref": "#/components/schemas/Wrapped"})
    response = only_op(
        make_api(spec, overrides=Overrides(envelope=EnvelopeSettings(success="data")))
    ).response
    assert response.envelope == "data"
    assert response.kind is ContentKind.JSON
    assert response.type.annotation() == "Video"


def test_no_envelope_setting_keeps_the_wrapper() -> None:
    response = only_op(make_api(_response_spec({"$ref": "#/components/schemas/Wrapped"}))).response
    assert response.envelope is None
    assert response.type.annotation() == "Wrapped"


def test_envelope_key_absent_keeps_the_type() -> None:
    spec = _response_spec({"$ref": "#/components/schemas/Video"})
    response = only_op(
        make_api(spec, overrides=Overrides(envelope=EnvelopeSettings(success="data")))
    ).response
    assert response.envelope is None
    assert response.type.annotation() == "Video"


def test_error_statuses_and_classes() -> None:
    errors = {
        code: {"description": f"status {code}"}
        for code in ("400", "401", "409", "429", "418", "503", "default")
    }
    api = make_api(_response_spec({"type": "string"}, errors))
    operation = only_op(api)
    assert [(e.status, e.class_name) for e in operation.errors] == [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (409, "ConflictError"),
        (418, "ImaTeapotError"),
        (429, "RateLimitError"),
        (503, "InternalServerError"),
    ]
    assert operation.errors[0].doc.description == "status 400"
    assert ErrorClass(418, "ImaTeapotError", False) in api.error_classes
    assert ErrorClass(400, "BadRequestError", True) in api.error_classes


@pytest.mark.parametrize(
    ("status", "name", "builtin"),
    [
        (403, "PermissionDeniedError", True),
        (404, "NotFoundError", True),
        (422, "UnprocessableEntityError", True),
        (500, "InternalServerError", True),
        (402, "PaymentRequiredError", False),
        (413, "RequestEntityTooLargeError", False),
        (499, "Status499Error", False),
    ],
)
def test_error_class_name(status: int, name: str, builtin: bool) -> None:
    assert error_class_name(status) == (name, builtin)


def test_error_model_from_envelope() -> None:
    errors = {
        "400": {
            "description": "bad",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
        }
    }
    api = make_api(
        _response_spec({"type": "string"}, errors),
        overrides=Overrides(envelope=EnvelopeSettings(error="error")),
    )
    assert api.error_model is not None
    assert api.error_model.name == "ErrorDetail"
    assert api.error_envelope == "error"


def test_responses_without_content() -> None:
    spec = spec_of(
        {
            "/a": {"delete": {"operationId": "del", "responses": {"204": {"description": "x"}}}},
            "/b": {"get": {"operationId": "nothing", "responses": {"404": {"description": "x"}}}},
            "/c": {
                "get": {
                    "operationId": "text",
                    "responses": {"200": {"description": "x", "content": {"text/csv": {}}}},
                }
            },
        }
    )
    found = ops(make_api(spec))
    assert (found["DELETE /a"].response.status, found["DELETE /a"].response.kind) == (
        204,
        ContentKind.NONE,
    )
    assert found["GET /b"].response.type == Primitive("None")
    assert found["GET /c"].response.kind is ContentKind.TEXT


# ------------------------------------------------------------------ auth, servers, timeouts


def test_auth_schemes() -> None:
    spec = spec_of(
        {"/x": {"get": op("getX")}},
        components={
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
                "bearer": {"type": "http", "scheme": "Bearer"},
                "basic": {"type": "http", "scheme": "basic"},
            }
        },
    )
    diags = Diagnostics()
    api = make_api(
        spec, overrides=Overrides(client=ClientSettings(env_prefix="HEYGEN")), diags=diags
    )
    assert api.auth[0] == ApiKeyScheme(
        param="api_key",
        wire_name="X-Api-Key",
        env="HEYGEN_API_KEY",
        doc=api.auth[0].doc,
        key="key",
    )
    assert isinstance(api.auth[1], BearerScheme)
    assert (api.auth[1].param, api.auth[1].env) == ("bearer_token", "HEYGEN_BEARER_TOKEN")
    assert api.auth[2] == BasicScheme(
        "username", "password", "HEYGEN_USERNAME", "HEYGEN_PASSWORD", api.auth[2].doc, "basic"
    )
    assert len(api.auth) == 3
    # schemes but no `security` anywhere: each credential optional, with a warning
    assert api.security == (("api_key",), ("bearer_token",), ("username",), ())
    assert any("no `security` requirement" in w.message for w in diags.warnings)


def test_two_api_keys_named_after_their_schemes() -> None:
    spec = spec_of(
        {"/x": {"get": op("getX")}},
        components={
            "securitySchemes": {
                "userKey": {"type": "apiKey", "in": "header", "name": "X-User"},
                "appKey": {"type": "apiKey", "in": "header", "name": "X-App"},
            }
        },
    )
    api = make_api(spec)
    assert [(a.param, a.env) for a in api.auth if isinstance(a, ApiKeyScheme)] == [
        ("user_key", "DEMO_USER_KEY"),
        ("app_key", "DEMO_APP_KEY"),
    ]


def test_base_url_and_server_variables() -> None:
    spec = spec_of(
        {"/x": {"get": op("getX")}},
        servers=[
            {"url": "https://{region}.example.com/v1/", "variables": {"region": {"default": "eu"}}}
        ],
    )
    assert make_api(spec).base_url == "https://eu.example.com/v1"
    diags = Diagnostics()
    assert make_api(spec_of({"/x": {"get": op("getX")}}), diags=diags).base_url == ""
    assert [w.pointer for w in diags.warnings] == ["#/servers"]


def test_timeouts() -> None:
    spec = spec_of({"/x": {"get": op("getX"), "post": op("makeX"), "put": op("putX")}})
    api = make_api(
        spec,
        overrides=Overrides(
            default_timeouts=DefaultTimeouts(read=10.0, write=60.0),
            operations={"PUT /x": OperationOverride(reason="slow", timeout=300.0)},
        ),
    )
    found = ops(api)
    assert found["GET /x"].timeout == 10
    assert found["POST /x"].timeout == 60
    assert found["PUT /x"].timeout == 300


def test_unsupported_request_media_type_warns_and_takes_bytes() -> None:
    body = {"requestBody": {"content": {"application/xml": {"schema": {"type": "string"}}}}}
    spec = spec_of({"/x": {"post": op("sendX", **body)}})
    diags = Diagnostics()
    operation = only_op(make_api(spec, diags=diags))
    assert operation.body is not None
    assert operation.body.kind == ContentKind.BINARY
    (warning,) = [w for w in diags.warnings if "media type" in w.message]
    assert warning.pointer == "#/paths/~1x/post/requestBody/content/application~1xml"
    assert "bytes" in warning.did


def test_examples_follow_escaped_property_pointers_and_show_any_as_a_value() -> None:
    from codegen.render.examples import render

    spec = spec_of(
        {
            "/things": {
                "post": op(
                    "createThing",
                    requestBody={
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                )
            }
        },
        components={
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["outer", "extra"],
                    "properties": {"outer": {"$ref": "#/components/schemas/Outer"}, "extra": {}},
                },
                "Outer": {
                    "type": "object",
                    "required": ["a/b"],
                    "properties": {
                        "a/b": {
                            "type": "object",
                            "required": ["n"],
                            "properties": {"n": {"type": "integer"}},
                        }
                    },
                },
            }
        },
    )
    body = only_op(make_api(spec)).body
    assert body is not None
    examples = {f.name: f.example for f in body.fields}
    assert examples["outer"] is not None
    outer = render(examples["outer"])
    # "a/b" is escaped as a~1b in the schema pointer: the nested class is found, not a dict.
    assert outer.startswith("Outer(a_b="), outer
    assert "(n=1)" in outer, outer
    assert examples["extra"] is not None
    assert render(examples["extra"]) == "'value'"


def test_a_nullable_envelope_member_is_the_result_type_and_can_be_polled() -> None:
    job = {
        "type": "object",
        "required": ["id", "status"],
        "properties": {"id": {"type": "string"}, "status": {"type": "string"}},
    }
    envelope = {
        "type": "object",
        "properties": {"data": {"anyOf": [{"$ref": "#/components/schemas/Job"}, {"type": "null"}]}},
    }
    spec = spec_of(
        {
            "/jobs/{id}": {
                "get": op(
                    "getJob",
                    parameters=[{"name": "id", "in": "path", "required": True, "schema": {}}],
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": envelope}},
                        }
                    },
                )
            }
        },
        components={"schemas": {"Job": job}},
    )
    overrides = Overrides(
        envelope=EnvelopeSettings(success="data"),
        polling={"GET /jobs/{id}": PollOverride(reason="jobs finish later", success=["done"])},
    )
    api = make_api(spec, overrides=overrides)
    [resource] = api.resources
    [operation] = resource.operations
    assert operation.response.type.annotation() == "Job"
    assert [p.name for p in resource.polls] == ["poll"]


def test_published_dotted_names_are_locked_when_an_operation_is_added() -> None:
    # The manifest publishes `webhooks.endpoints.rotate_secret`; a newer version of the action
    # arrives, which by the rules alone would take the plain name (the newest version wins).
    def rotate(op_id: str) -> dict[str, Any]:
        param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        return {"post": op(op_id, parameters=[param])}

    v3 = "/v3/webhooks/endpoints/{id}/rotate-secret"
    v4 = "/v4/webhooks/endpoints/{id}/rotate-secret"
    before = make_api(spec_of({v3: rotate("rotateWebhookEndpointSecret")}))
    published = dict(before.names)
    assert published == {f"POST {v3}": "webhooks.endpoints.rotate_secret"}
    grown = spec_of({v3: rotate("rotateWebhookEndpointSecret"), v4: rotate("rotateSecretV4")})
    fresh = dict(make_api(grown).names)
    assert fresh[f"POST {v4}"] == "webhooks.endpoints.rotate_secret"  # what locking prevents
    after = dict(
        make_api(grown, settings=Settings(package="demo", published_names=published)).names
    )
    assert after == {
        f"POST {v3}": "webhooks.endpoints.rotate_secret",
        f"POST {v4}": "webhooks.endpoints.rotate_secret_v4",
    }


def test_a_shared_parameter_is_built_once_and_named_per_operation() -> None:
    """A parameter from ``components/parameters`` used by several operations is one Param
    (built once per run), renamed by each operation on its own, its warning recorded once; a
    parameter of the same name elsewhere is its own."""
    shared = {"$ref": "#/components/parameters/Q"}
    body = {"type": "object", "properties": {"q": {"type": "string"}}}
    spec = spec_of(
        {
            "/a": {
                "post": op(
                    "createA",
                    parameters=[shared],
                    requestBody={
                        "content": {"application/x-www-form-urlencoded": {"schema": body}}
                    },
                )
            },
            "/b": {"get": op("listB", parameters=[shared])},
            "/c": {
                "get": op(
                    "listC",
                    parameters=[{"name": "q", "in": "header", "schema": {"type": "integer"}}],
                )
            },
        },
        components={
            "parameters": {
                "Q": {
                    "name": "q",
                    "in": "query",
                    "content": {"application/xml": {"schema": {"type": "string"}}},
                }
            }
        },
    )
    diags = Diagnostics()
    found = ops(make_api(spec, diags=diags))
    [in_a], [in_b], [in_c] = (found[k].params for k in ("POST /a", "GET /b", "GET /c"))
    assert (in_a.name, in_b.name) == ("q_query", "q")  # the body field keeps `q` in createA
    assert in_a == replace(in_b, name=in_a.name)
    assert (in_c.location, in_c.type) == (ParamLocation.HEADER, Primitive("int"))
    media = [w.pointer for w in diags.warnings if "application/xml" in w.message]
    assert media == ["#/components/parameters/Q/content"]


def test_deref_child_is_deref_at_the_child_pointer() -> None:
    """Context.deref_child makes the pointer only for a node that needs it: the result is the
    one deref gives at the full pointer, for a `$ref` (followed first or again) and for a node
    that is none."""
    spec = spec_of(
        {"/x": {"get": op("getX", responses=OK)}},
        components={"responses": {"gone": {"description": "gone"}}},
    )
    doc = bundle(validate(spec, Diagnostics()), Resolver(spec))
    ctx = Context(doc, generate_models(doc), Overrides(), Settings(), Diagnostics())
    ref = {"$ref": "#/components/responses/gone"}
    inline = {"description": "inline"}
    for node in (ref, ref, inline):
        expected = Context(doc, ctx.models, Overrides(), Settings(), Diagnostics()).deref(
            node, "#/paths/~1x/get/responses/410"
        )
        assert ctx.deref_child(node, "#/paths/~1x/get", "responses", 410) == expected
    assert ctx.deref_child(inline, "#/a", "b/c", 0)[1] == "#/a/b~1c/0"

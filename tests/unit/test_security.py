"""Credentials and security requirements in the IR (``codegen.build.security``, naming by
``codegen.ir.naming.credential_names``), on small inline specs."""

from __future__ import annotations

from typing import Any

from codegen.errors import Diagnostics
from codegen.ir.naming import credential_names
from codegen.ir.records import ApiKeyScheme, BearerScheme, ParamLocation
from tests.unit.test_build import make_api, only_op, op, ops, spec_of


def _names(*schemes: tuple[str, str]) -> list[Any]:
    return [tuple(map(str, n)) if n else None for n in credential_names(schemes)]


def test_credential_names_plain_when_alone_else_from_the_scheme() -> None:
    assert _names(("ApiKeyAuth", "api_key"), ("BearerAuth", "token")) == [
        ("api_key",),
        ("bearer_token",),
    ]
    assert _names(("apiKey", "api_key"), ("consumerId", "api_key"), ("oauth", "token")) == [
        ("api_key",),
        ("consumer_id",),
        ("bearer_token",),
    ]
    assert _names(("petstore_auth", "token"), ("jwt", "token"), ("basic", "basic")) == [
        ("petstore_auth",),
        ("jwt",),
        ("username", "password"),
    ]
    assert _names(("admin", "basic"), ("user", "basic")) == [
        ("admin_username", "admin_password"),
        ("user_username", "user_password"),
    ]


def test_credential_name_collisions_fall_back_deterministically() -> None:
    # two spellings of one name, and a constructor keyword
    assert _names(("api-key", "api_key"), ("apiKey", "api_key"), ("timeout", "api_key")) == [
        ("api_key",),
        ("api_key_key",),
        ("timeout_key",),
    ]


def _spec(document: Any = None, **op_fields: Any) -> dict[str, Any]:
    extra = {} if document is None else {"security": document}
    return spec_of(
        {"/x": {"get": op("getX", **op_fields)}},
        components={
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "query", "name": "api_key"},
                "tenant": {"type": "apiKey", "in": "header", "name": "X-Tenant"},
                "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://id.example"},
                "mtls": {"type": "mutualTLS"},
            }
        },
        **extra,
    )


def test_schemes_and_the_document_requirements() -> None:
    diags = Diagnostics()
    api = make_api(_spec([{"key": [], "tenant": []}, {"oidc": []}]), diags=diags)
    assert api.auth[0] == ApiKeyScheme(
        "key", "api_key", "DEMO_KEY", api.auth[0].doc, ParamLocation.QUERY, "key"
    )
    assert isinstance(api.auth[2], BearerScheme)
    assert api.auth[2].param == "bearer_token"  # OpenID Connect: a bearer token
    assert api.security == (("key", "tenant"), ("bearer_token",))
    assert only_op(api).security is None  # inherits
    assert any("'mtls'" in w.message for w in diags.warnings)


def test_operation_security_none_optional_and_unsendable_schemes() -> None:
    assert only_op(make_api(_spec([{"key": []}], security=[]))).security == ()
    assert only_op(make_api(_spec([{"key": []}], security=[{"oidc": []}, {}]))).security == (
        ("bearer_token",),
        (),
    )
    diags = Diagnostics()
    found = only_op(
        make_api(
            _spec([{"key": []}], security=[{"mtls": [], "key": []}, {"nope": []}]), diags=diags
        )
    )
    # mutualTLS cannot be sent by the client: left out (the caller's http_client does it)
    assert found.security == (("key",), ())
    nope = [w for w in diags.warnings if "'nope'" in w.message]
    assert nope[0].pointer == "#/paths/~1x/get/security/1/nope"


def test_a_header_parameter_of_an_api_key_scheme_joins_the_requirements() -> None:
    tenant = {"name": "x-tenant", "in": "header", "schema": {"type": "string"}}
    diags = Diagnostics()
    required = make_api(
        _spec([{"key": []}, {"oidc": []}], parameters=[{**tenant, "required": True}]), diags=diags
    )
    found = only_op(required)
    assert [p.wire_name for p in found.params] == []
    assert found.security == (("key", "tenant"), ("tenant", "bearer_token"))
    # the wire is what the spec asks for: no warning
    assert [w for w in diags.warnings if "also the API key" in w.message] == []
    optional = only_op(make_api(_spec([{"key": []}], parameters=[tenant])))
    assert optional.security == (("key", "tenant"), ("key",))  # sent when configured


def test_schemes_without_any_requirement_are_optional_with_a_warning() -> None:
    diags = Diagnostics()
    api = make_api(_spec(), diags=diags)
    assert api.security == (("key",), ("tenant",), ("bearer_token",), ())
    assert any("no `security` requirement" in w.message for w in diags.warnings)
    # one operation naming its requirement: the others need nothing
    spec = _spec()
    spec["paths"]["/y"] = {"get": op("getY", security=[{"key": []}])}
    api = make_api(spec)
    assert (api.security, ops(api)["GET /y"].security) == ((), (("key",),))


def test_hostile_scheme_names_stay_data(tmp_path: Any) -> None:
    """Spec strings in schemes never become code: names through naming, wire names literals."""
    import ast
    import json

    from codegen.pipeline import generate

    evil = '"); import os; os.system("touch CANARY") #'
    spec = spec_of(
        {"/x": {"get": op("getX")}},
        servers=[{"url": "https://api.example"}],
        security=[{evil: []}],
        components={"securitySchemes": {evil: {"type": "apiKey", "in": "query", "name": evil}}},
    )
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    result = generate(path, package="evil_pkg")
    client = result.files["evil_pkg/_client.py"]
    tree = ast.parse(client)
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    assert evil in strings  # the query parameter's name, as a string literal
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "os" not in imported
    assert "api_key: str | None = None" in client

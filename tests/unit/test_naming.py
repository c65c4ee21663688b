"""codegen.ir.naming: every identifier the generator emits is made (and checked) here."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen.errors import CodegenError
from codegen.ir import naming
from codegen.ir.classnames import components
from codegen.ir.collisions import Named, resolve
from codegen.ir.naming import Identifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("userId", "user_id"),
        ("createProofread", "create_proofread"),
        ("HTTPServer", "http_server"),
        ("getHTTPResponseCode", "get_http_response_code"),
        ("UserIDs", "user_ids"),
        ("URLs", "urls"),
        ("X-Request-ID", "x_request_id"),
        ("video translate", "video_translate"),
        ("already_snake", "already_snake"),
        ("a__b", "a_b"),
        ("createProofreadV3", "create_proofread_v3"),
        ("class", "class_"),
        ("def", "def_"),
        ("type", "type_"),
        ("match", "match_"),
        ("id", "id_"),
        ("ID", "id_"),
        ("list", "list_"),
        ("123abc", "n_123abc"),
        ("9", "n_9"),
        ("ﬁle", "file"),
        ("café", "cafe"),
        ("ÄÖ", "ao"),
        ("", "n"),
        ("!!!", "n"),
        ("日本", "n"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert naming.snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("createProofreadV3", "create_proofread"),
        ("listVideosV2", "list_videos"),
        ("create_video_v10", "create_video"),
        ("v2", "v2"),  # a lone version word is the whole name and stays
        ("createV3Video", "create_v3_video"),  # only a trailing version word is dropped
    ],
)
def test_snake_drop_version(text: str, expected: str) -> None:
    assert naming.snake(text, drop_version=True) == expected


def test_version_suffix_kept_without_drop_version() -> None:
    assert naming.snake("createProofreadV3") == "create_proofread_v3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("video translate", "VideoTranslate"),
        ("HTTPServer", "HttpServer"),
        ("UserIDs", "UserIds"),
        ("user_profile", "UserProfile"),
        ("None", "None_"),
        ("True", "True_"),
        ("1st", "N1st"),
        ("", "N"),
        ("café au lait", "CafeAuLait"),
    ],
)
def test_pascal(text: str, expected: str) -> None:
    assert naming.pascal(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("create_proofread", "CREATE_PROOFREAD"),
        ("heygen", "HEYGEN"),
        ("apiKey", "API_KEY"),
        ("HTTPServer", "HTTP_SERVER"),
        ("9lives", "N9LIVES"),
        ("", "N"),
    ],
)
def test_constant(text: str, expected: str) -> None:
    assert naming.constant(text) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("timeout", "timeout_"),
        ("max_retries", "max_retries_"),
        ("maxRetries", "max_retries_"),
        ("extra_headers", "extra_headers_"),
        ("self", "self_"),
        ("client", "client_"),
        ("type", "type_"),
        ("class", "class_"),
        ("videoId", "video_id"),
        ("Idempotency-Key", "idempotency_key"),
    ],
)
def test_param_name(wire: str, expected: str) -> None:
    assert naming.param_name(wire) == expected


def test_outputs_are_identifiers_type() -> None:
    for make in (naming.snake, naming.pascal, naming.constant, naming.param_name):
        assert isinstance(make("someName"), Identifier)


def test_suffixed() -> None:
    assert naming.suffixed(Identifier("name"), "query") == "name_query"
    # A keyword suffix is stripped before a word is appended.
    assert naming.suffixed(Identifier("type_"), "header") == "type_header"


# ------------------------------------------------------------------ overrides


@pytest.mark.parametrize("good", ["make", "_private", "Make2", "type"])
def test_from_override_accepts_identifiers(good: str) -> None:
    assert naming.from_override(good, "#/operations/x/name") == good


@pytest.mark.parametrize("bad", ["", "2fast", "with-dash", "with space", "class", "None", "café"])
def test_from_override_rejects(bad: str) -> None:
    with pytest.raises(CodegenError) as info:
        naming.from_override(bad, "#/operations/POST ~1x/name", "overrides.toml")
    err = info.value
    assert err.pointer == "#/operations/POST ~1x/name"
    assert err.source == "overrides.toml"
    assert repr(bad) in err.message
    assert "overrides.toml#/operations/POST ~1x/name" in err.render()


# ------------------------------------------------------------------ collisions


def test_ensure_unique_passes_distinct_and_same_wire() -> None:
    naming.ensure_unique(
        [
            ("userId", Identifier("user_id"), "#/a"),
            ("name", Identifier("name"), "#/b"),
            ("userId", Identifier("user_id"), "#/c"),  # the same wire name twice is no clash
        ],
        "fields",
    )


def test_ensure_unique_names_both_wire_names_and_pointer() -> None:
    with pytest.raises(CodegenError) as info:
        naming.ensure_unique(
            [
                ("userId", naming.snake("userId"), "#/components/schemas/A/properties/userId"),
                ("user_id", naming.snake("user_id"), "#/components/schemas/A/properties/user_id"),
            ],
            "fields",
            source="spec.json",
        )
    err = info.value
    assert "'userId'" in err.message
    assert "'user_id'" in err.message
    assert "#/components/schemas/A/properties/userId" in err.message  # where the first one is
    assert err.pointer == "#/components/schemas/A/properties/user_id"  # the second one
    assert err.source == "spec.json"
    assert err.hint  # a default hint says what to do


def test_ensure_unique_custom_hint() -> None:
    with pytest.raises(CodegenError) as info:
        naming.ensure_unique(
            [("a-b", Identifier("a_b"), "#/1"), ("a_b", Identifier("a_b"), "#/2")],
            "names",
            hint="do this",
        )
    assert info.value.hint == "do this"


def _usable(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)


@given(st.text(max_size=40))
def test_every_output_is_a_usable_identifier(text: str) -> None:
    for name in (
        naming.snake(text),
        naming.snake(text, drop_version=True),
        naming.pascal(text),
        naming.constant(text),
        naming.param_name(text),
    ):
        assert _usable(name), (text, name)
        assert not keyword.issoftkeyword(name), (text, name)
        assert not name[0].isdigit()
    assert naming.param_name(text) not in naming.RESERVED_PARAMS


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=30))
def test_snake_is_idempotent_on_its_output(text: str) -> None:
    once = naming.snake(text)
    # Re-snaking a snake name keeps it, except that a keyword suffix is already present.
    assert naming.snake(once.rstrip("_")) == once or once.endswith("_")


@given(st.text(max_size=20), st.sampled_from(["query", "path", "header", "body"]))
def test_suffixed_is_usable(text: str, suffix: str) -> None:
    assert _usable(naming.suffixed(naming.snake(text), suffix))


def test_every_parameter_location_has_a_collision_rank() -> None:
    from codegen.build.params import _RANK
    from codegen.ir.records import ParamLocation

    assert {loc.value for loc in ParamLocation} | {"body"} == set(_RANK)


# ------------------------------------------------------------------ collisions.resolve, step by step


def _n(key: str, wire: str, where: str, rank: int = 0, fixed: str | None = None) -> Named:
    return Named(key, wire, where, f"#/{key}", rank, Identifier(fixed) if fixed else None)


def test_resolve_leaves_names_that_do_not_collide() -> None:
    names, clashes = resolve([_n("query.pageSize", "pageSize", "query"), _n("body.x", "x", "body")])
    assert names == {"query.pageSize": "page_size", "body.x": "x"}
    assert clashes == []


def test_resolve_location_suffix_for_the_lower_ranked() -> None:
    path, query = _n("path.id", "id", "path", 1), _n("query.id", "id", "query", 2)
    names, [clash] = resolve([query, path])
    assert names == {"path.id": "id_", "query.id": "id_query"}
    assert (clash.loser, clash.holder, clash.wanted, clash.given) == (
        query,
        path,
        "id_",
        "id_query",
    )


def test_resolve_verbatim_wire_name_when_same_location() -> None:
    names, _ = resolve([_n("body.user_id", "user_id", "body"), _n("body.userId", "userId", "body")])
    assert names == {"body.user_id": "user_id", "body.userId": "userId"}


def test_resolve_spelled_out_punctuation() -> None:
    items = [_n("body.a", "StartTime", "body"), _n("body.b", "StartTime<", "body")]
    assert resolve(items)[0] == {"body.a": "start_time", "body.b": "start_time_lt"}
    items = [_n("body.a", "user_id", "body"), _n("body.b", "user-id", "body")]
    assert resolve(items)[0] == {"body.a": "user_id", "body.b": "user_dash_id"}


def test_resolve_nfkc_and_accents() -> None:
    items = [_n("body.a", "café", "body"), _n("body.b", "cafe", "body"),
             _n("body.c", "\ufb01", "body"), _n("body.d", "fi", "body")]  # fmt: skip
    names, clashes = resolve(items)
    assert names == {
        "body.a": "caf_e_acute",
        "body.b": "cafe",
        "body.c": "ligature_fi",
        "body.d": "fi",
    }
    assert {c.loser.key for c in clashes} == {"body.a", "body.c"}  # the exact spelling keeps it


def test_resolve_empty_and_blank_names() -> None:
    items = [_n("body.a", "", "body"), _n("body.b", "  ", "body"), _n("body.c", "n", "body")]
    names, _ = resolve(items)
    assert names == {"body.c": "n", "body.a": "empty", "body.b": "space_space"}


def test_resolve_reserved_sdk_names_are_never_given() -> None:
    items = [_n("body.timeout", "timeout", "body"), _n("header.timeout", "timeout", "header", 3)]
    names, _ = resolve(items, taken=("body",))
    assert names == {"body.timeout": "timeout_", "header.timeout": "timeout_header"}
    assert "timeout" not in names.values()
    names, _ = resolve([_n("query.body", "body", "query")], taken=("body",))
    assert names == {"query.body": "body_query"}


def test_resolve_override_wins() -> None:
    items = [_n("path.id", "id", "path", 1), _n("query.id", "id", "query", 2, fixed="ident")]
    names, clashes = resolve(items)
    assert names == {"query.id": "ident", "path.id": "id_"}
    assert clashes == []


def test_resolve_override_naming_a_taken_name_is_an_error() -> None:
    items = [_n("path.a", "a", "path", 1, fixed="x"), _n("query.b", "b", "query", 2, fixed="x")]
    with pytest.raises(CodegenError, match=r"'query\.b' 'x', which 'path\.a' is called too"):
        resolve(items)


def test_resolve_every_candidate_taken_names_the_override() -> None:
    items = [_n("body.user_id", "user_id", "body"), _n("body.user-id", "user-id", "body")]
    with pytest.raises(CodegenError) as info:
        resolve(items, taken=("user_dash_id", "user_dash_id_body"))
    assert "'user-id' (body.user-id) has no free Python name" in info.value.message
    assert "user_dash_id, user_dash_id_body are all taken" in info.value.message
    assert info.value.hint == 'Name it in the overrides file: "body.user-id" = "..."'
    assert info.value.pointer == "#/body.user-id"


# ------------------------------------------------------------------ classnames.components


def _doc(*names: str) -> dict[str, object]:
    return {"components": {"schemas": {n: {"type": "object"} for n in names}}}


def test_class_names_differing_in_case_punctuation_accents() -> None:
    names, clashes = components(
        _doc("user", "User", "USER", "café", "cafe", "Foo-Bar", "FooBar"), {}
    )
    p = "#/components/schemas/"
    assert names == {p + "User": "User", p + "user": "UserLowerCase", p + "USER": "UserUpperCase",
                     p + "cafe": "Cafe", p + "café": "CafEAcute",
                     p + "FooBar": "FooBar", p + "Foo-Bar": "FooDashBar"}  # fmt: skip
    assert {(c.loser, c.holder) for c in clashes} == {
        (p + "user", p + "User"), (p + "USER", p + "User"),
        (p + "café", p + "cafe"), (p + "Foo-Bar", p + "FooBar"),
    }  # fmt: skip


def test_class_names_untouched_without_a_clash_and_override_wins() -> None:
    assert components(_doc("User", "Video"), {}) == ({}, [])
    p = "#/components/schemas/"
    names, clashes = components(_doc("User", "user"), {p + "user": "Account"})
    assert (names, clashes) == ({p + "user": "Account", p + "User": "User"}, [])
    # An override that takes the plain name: the others are spelled by what differs.
    names, [clash] = components(_doc("User", "user"), {p + "user": "User"})
    assert names == {p + "user": "User", p + "User": "UserTitleCase"}
    assert clash.holder == p + "user"
    # A name another schema has is never given: the next spelling is, or the override is asked.
    names, _ = components(_doc("Foo-Bar", "FooBar", "FooDashBar"), {})
    assert names[p + "Foo-Bar"] == "FooBarMixedCase"
    with pytest.raises(CodegenError) as info:
        components(_doc("User", "user", "UserLowerCase"), {})
    assert info.value.pointer == p + "user"
    assert "User, UserLowerCase are all taken" in info.value.message
    assert '[schemas."#/components/schemas/user"] name = "..."' in info.value.hint

"""Method names: short where unambiguous, the newest version wins a clash, published names stick."""

from __future__ import annotations

import pytest

from codegen.errors import CodegenError
from codegen.ir.naming import Identifier
from codegen.ir.opnames import Wanted, assign, candidates


def _w(key: str, op_id: str, resource: str = "videos") -> Wanted:
    return Wanted(key, Identifier(resource), op_id, f"#/{key}")


@pytest.mark.parametrize(
    ("op_id", "resource", "expected"),
    [
        ("listVideosV3", "videos", ("list", "list_videos", "list_videos_v3")),
        (
            "rotateWebhookEndpointSecret",
            "endpoints",
            ("rotate_webhook_secret", "rotate_webhook_endpoint_secret"),
        ),
        ("getVideo", "videos", ("get", "get_video")),
        ("listLipsyncsV3", "lipsync", ("list", "list_lipsyncs", "list_lipsyncs_v3")),
        ("createProofreadV3", "proofreads", ("create", "create_proofread", "create_proofread_v3")),
        ("getUserMe", "user", ("get_me", "get_user_me")),
    ],
)
def test_candidates(op_id: str, resource: str, expected: tuple[str, ...]) -> None:
    assert candidates(op_id, Identifier(resource)) == expected


def test_functions_never_take_the_bare_verb() -> None:
    assert candidates("listVideos", Identifier("videos"), short=False) == ("list_videos",)


def test_newest_version_keeps_the_short_name() -> None:
    names, _ = assign(
        [_w("GET /v2/videos/{id}", "getVideo"), _w("GET /v3/videos/{id}", "getVideoV3")], {}
    )
    assert names == {"GET /v3/videos/{id}": "get", "GET /v2/videos/{id}": "get_video"}


def test_one_with_no_other_choice_keeps_its_name() -> None:
    names, _ = assign(
        [_w("GET /v1/me", "getUserMe", "user"), _w("GET /v3/me", "getUserMeV3", "user")], {}
    )
    assert names == {"GET /v1/me": "get_user_me", "GET /v3/me": "get_me"}


def test_published_names_survive_a_new_operation() -> None:
    before, _ = assign([_w("GET /v3/videos/{id}", "getVideoV3")], {})
    assert before == {"GET /v3/videos/{id}": "get"}
    published = {k: f"videos.{v}" for k, v in before.items()}
    # A newer operation arrives that would otherwise take `get`: the published name stays.
    after, _ = assign(
        [_w("GET /v3/videos/{id}", "getVideoV3"), _w("GET /v4/videos/{id}", "getVideoV4")],
        published,
    )
    assert after["GET /v3/videos/{id}"] == "get"
    assert after["GET /v4/videos/{id}"] == "get_video"


def test_published_name_in_another_resource_is_not_reused() -> None:
    names, _ = assign([_w("GET /x", "getVideoV3")], {"GET /x": "assets.fetch"})
    assert names == {"GET /x": "get"}


def test_same_name_three_spellings_take_their_distinguishing_segment() -> None:
    # Issue 12: getUser / get_user / GetUser in one resource: the one spelled like the name keeps
    # it, the others add the path segment only they have; each clash is reported.
    wanted = [_w("GET /users/a", "getUser", "users"), _w("GET /users/b", "get_user", "users"),
              _w("GET /users/c", "GetUser", "users")]  # fmt: skip
    names, clashes = assign(wanted, {})
    assert names == {"GET /users/a": "get_user_a", "GET /users/b": "get_user",
                     "GET /users/c": "get_user_c"}  # fmt: skip
    assert [(c.loser.key, c.holder.key, c.wanted, c.given) for c in clashes] == [
        ("GET /users/a", "GET /users/b", "get_user", "get_user_a"),
        ("GET /users/c", "GET /users/b", "get_user", "get_user_c"),
    ]
    # Deterministic whatever the document order.
    assert assign(list(reversed(wanted)), {})[0] == names


def test_shorter_path_keeps_the_name_path_parameter_spelled_by() -> None:
    names, _ = assign(
        [
            _w("GET /things/{id}", "listThings", "things"),
            _w("GET /things", "list_things", "things"),
        ],
        {},
    )
    assert names == {"GET /things": "list_things", "GET /things/{id}": "list_things_by_id"}


def test_same_path_other_method_takes_the_method() -> None:
    names, _ = assign(
        [_w("GET /things", "listThings", "things"), _w("POST /things", "list_things", "things")],
        {},
    )
    assert names == {"POST /things": "list_things", "GET /things": "list_things_get"}


def test_published_name_keeps_winning_over_the_exact_spelling() -> None:
    wanted = [_w("GET /users/a", "getUser", "people"), _w("GET /users/b", "get_user", "people")]
    names, [clash] = assign(wanted, {"GET /users/a": "people.get_user"})
    assert names == {"GET /users/a": "get_user", "GET /users/b": "get_user_b"}
    assert clash.holder.key == "GET /users/a"


def test_no_clash_no_report() -> None:
    names, clashes = assign([_w("GET /a", "getA", "a"), _w("GET /b", "getB", "a")], {})
    assert clashes == []
    assert names == {"GET /a": "get", "GET /b": "get_b"}


def test_unresolvable_clash_names_the_override() -> None:
    # Every fallback of GET /a is taken by an operation the overrides file names.
    fixed = ["list_things_get", "list_things_a_get"]
    wanted = [_w("GET /a", "listThings", "things"), _w("GET /b", "list_things", "things")]
    wanted += [Wanted(f"PUT /{n}", Identifier("things"), n, f"#/{n}", Identifier(n)) for n in fixed]
    wanted.append(_w("POST /a", "x", "things"))
    with pytest.raises(CodegenError) as info:
        assign([*wanted[:1], *wanted[1:]], {"POST /a": "things.list_things_a"})
    assert "'listThings' (GET /a) has no free method name" in info.value.message
    assert info.value.hint.startswith('Add [operations."GET /a"] name = "..."')

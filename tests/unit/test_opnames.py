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
    names = assign(
        [_w("GET /v2/videos/{id}", "getVideo"), _w("GET /v3/videos/{id}", "getVideoV3")], {}
    )
    assert names == {"GET /v3/videos/{id}": "get", "GET /v2/videos/{id}": "get_video"}


def test_one_with_no_other_choice_keeps_its_name() -> None:
    names = assign(
        [_w("GET /v1/me", "getUserMe", "user"), _w("GET /v3/me", "getUserMeV3", "user")], {}
    )
    assert names == {"GET /v1/me": "get_user_me", "GET /v3/me": "get_me"}


def test_published_names_survive_a_new_operation() -> None:
    before = assign([_w("GET /v3/videos/{id}", "getVideoV3")], {})
    assert before == {"GET /v3/videos/{id}": "get"}
    published = {k: f"videos.{v}" for k, v in before.items()}
    # A newer operation arrives that would otherwise take `get`: the published name stays.
    after = assign(
        [_w("GET /v3/videos/{id}", "getVideoV3"), _w("GET /v4/videos/{id}", "getVideoV4")],
        published,
    )
    assert after["GET /v3/videos/{id}"] == "get"
    assert after["GET /v4/videos/{id}"] == "get_video"


def test_published_name_in_another_resource_is_not_reused() -> None:
    names = assign([_w("GET /x", "getVideoV3")], {"GET /x": "assets.fetch"})
    assert names == {"GET /x": "get"}


def test_unresolvable_clash_names_both_operations() -> None:
    with pytest.raises(CodegenError) as info:
        assign([_w("GET /a", "listThings", "things"), _w("GET /b", "list_things", "things")], {})
    assert (
        "'listThings' (GET /a)" in info.value.message
        or "'list_things' (GET /b)" in info.value.message
    )
    assert " by " in info.value.message
    assert "overrides file" in info.value.hint

"""Resources and methods read off the URL: nested plural resources, plain verbs, actions."""

from __future__ import annotations

import pytest

from codegen.ir.naming import Identifier
from codegen.ir.opnames import Wanted, assign, is_plural, route


@pytest.mark.parametrize(
    ("method", "path", "op_id", "expected"),
    [
        (
            "POST",
            "/v3/video-translations/proofreads",
            "createProofreadV3",
            "video_translations.proofreads.create",
        ),
        (
            "GET",
            "/v3/video-translations/proofreads/{proofread_id}",
            "getProofreadV3",
            "video_translations.proofreads.get",
        ),
        ("GET", "/v3/users/me", "getUserMeV3", "users.me"),
        (
            "POST",
            "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret",
            "rotateWebhookEndpointSecret",
            "webhooks.endpoints.rotate_secret",
        ),
        ("GET", "/v3/videos", "listVideosV3", "videos.list"),
        ("DELETE", "/v3/videos/{video_id}", "deleteVideoV3", "videos.delete"),
        ("PATCH", "/v3/lipsyncs/{lipsync_id}", "updateLipsyncV3", "lipsyncs.update"),
        (
            "PUT",
            "/v3/video-translations/proofreads/{proofread_id}/srt",
            "uploadProofreadSrtV3",
            "video_translations.proofreads.upload_srt",
        ),
        ("POST", "/v3/avatars/{group_id}/consent", "createAvatarConsent", "avatars.create_consent"),
        (
            "POST",
            "/v3/video-agents/sessions/{session_id}/messages",
            "continueVideoAgentSession",
            "video_agents.sessions.messages.create",
        ),
        ("POST", "/v3/assets", "uploadAsset", "assets.upload"),
        ("GET", "/user", "users/get-authenticated", "user.get"),
        (
            "GET",
            "/repos/{owner}/{repo}/pulls/{pull_number}/files",
            "pulls/list-files",
            "repos.pulls.files.list",
        ),
        (
            "PUT",
            "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
            "pulls/merge",
            "repos.pulls.merge",
        ),
        ("GET", "/", None, "root.get"),
        ("GET", "/status", None, "status.get"),
    ],
)
def test_route(method: str, path: str, op_id: str | None, expected: str) -> None:
    found = route(method, path, op_id)
    assert ".".join((*found.resource, found.name)) == expected


@pytest.mark.parametrize(
    ("segment", "plural"),
    [
        ("proofreads", True),
        ("event-types", True),
        ("me", False),
        ("status", False),
        ("address", False),
        ("srt", False),
    ],
)
def test_is_plural(segment: str, plural: bool) -> None:
    assert is_plural(segment) is plural


def _w(key: str, op_id: str, path: tuple[str, ...]) -> Wanted:
    method, _, url = key.partition(" ")
    found = route(method, url, op_id)
    ids = tuple(Identifier(p) for p in path)
    return Wanted(key, Identifier("_".join(path)), op_id, f"#/{key}", None, ids, found.name)


def test_the_newest_version_keeps_the_verb_the_older_one_gets_its_version() -> None:
    names, _ = assign(
        [
            _w("GET /v2/videos", "listVideos", ("videos",)),
            _w("GET /v3/videos", "listVideosV3", ("videos",)),
        ],
        {},
    )
    assert names == {"GET /v3/videos": "list", "GET /v2/videos": "list_v2"}


def test_the_operation_whose_id_agrees_with_the_rule_keeps_the_name() -> None:
    path = ("repos", "pulls")
    names, _ = assign(
        [
            _w("GET /repos/{o}/{r}/pulls/{n}/merge", "pulls/check-if-merged", path),
            _w("PUT /repos/{o}/{r}/pulls/{n}/merge", "pulls/merge", path),
        ],
        {},
    )
    assert names["PUT /repos/{o}/{r}/pulls/{n}/merge"] == "merge"
    assert names["GET /repos/{o}/{r}/pulls/{n}/merge"] == "check_if_merged"


def test_published_nested_names_are_kept() -> None:
    path = ("webhooks", "endpoints")
    key = "POST /v3/webhooks/endpoints/{id}/rotate-secret"
    published = {key: "webhooks.endpoints.cycle_secret"}
    assert assign([_w(key, "rotateWebhookEndpointSecret", path)], published)[0] == {
        key: "cycle_secret"
    }
    # moved to another resource: the published name no longer applies
    elsewhere = {key: "webhooks.cycle_secret"}
    assert assign([_w(key, "rotateWebhookEndpointSecret", path)], elsewhere)[0] == {
        key: "rotate_secret"
    }


def test_a_singular_segment_with_resources_below_it_is_a_resource() -> None:
    alone = route("GET", "/repos/{o}/{r}/readme", "repos/get-readme")
    assert (alone.resource, alone.name) == (("repos",), "readme")
    nested = frozenset({(Identifier("repos"), Identifier("readme"))})
    moved = route("GET", "/repos/{o}/{r}/readme", "repos/get-readme", nested)
    assert (moved.resource, moved.name) == (("repos", "readme"), "get")


def test_the_remembered_route_still_asks_nested_on_each_call() -> None:
    """The rules' work is remembered per (method, path, operationId); ``nested`` is not part of
    that key, so each call must still test it: asked with it first, then without, then with
    another API's resources, each answer is that call's own (and the method's case is not)."""
    path, op_id = "/repos/{o}/{r}/license", "repos/get-license-remembered"
    nested = frozenset({(Identifier("repos"), Identifier("license"))})
    moved = route("get", path, op_id, nested)
    assert (moved.resource, moved.name) == (("repos", "license"), "get")
    alone = route("GET", path, op_id)
    assert (alone.resource, alone.name) == (("repos",), "license")
    other = route("GET", path, op_id, frozenset({(Identifier("repos"),)}))
    assert (other.resource, other.name) == (("repos",), "license")
    assert route("GET", path, op_id, nested) == moved

"""The per-call fast paths (issue 7) give the same results as the general paths they shortcut:

- ``HeaderMap``: case-insensitive merging in plain dicts instead of ``httpx.Headers`` copies;
- a pool the client creates carries the base headers (User-Agent, Accept, credential), so requests
  add only the rest — the wire must be the same as with an injected ``http_client``, which is
  never modified;
- a ``model_body`` is sent as pydantic's JSON text with ``Content-Type: application/json``;
- responses are validated straight from the JSON bytes, falling back to ``json.loads`` +
  validation (and its precise errors) whenever that fails.
"""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, Field
from runtime._base_client import SyncAPIClient, model_body
from runtime._build import HeaderMap, build_body
from runtime._exceptions import APIResponseValidationError
from runtime._parse import (
    _NO_FAST_PATH,
    JsonBody,
    _validate_json_fast,
    parse_response,
    validate_value,
)
from runtime._types import NOT_GIVEN
from runtime_testkit import API_KEY, CREATE_VIDEO, GET_VIDEO, Video, VideoStatus, sync_client

from tests.support.fault_server import FaultServer, Reply


def test_header_map_merges_case_insensitively_keeping_the_last_spelling() -> None:
    merged = HeaderMap(
        {"User-Agent": "a", "X-Team": "one", "X-Gone": NOT_GIVEN},
        None,
        {"x-team": "two", "X-None": None, "X-Count": 3},  # type: ignore[dict-item]
    )
    assert merged.values == {"User-Agent": "a", "x-team": "two", "X-Count": "3"}
    assert merged.get("X-TEAM") == "two"
    assert merged.get("x-gone", "default") == "default"
    copy = merged.copy()
    copy["USER-AGENT"] = "b"
    copy.setdefault("user-agent", "ignored")
    copy.setdefault("Content-Type", "application/json")
    assert copy.values == {
        "x-team": "two",
        "X-Count": "3",
        "USER-AGENT": "b",
        "Content-Type": "application/json",
    }
    assert merged.values["User-Agent"] == "a"  # the copy is independent
    merged.update(copy)
    assert merged.get("user-agent") == "b"
    assert "User-Agent" not in merged.values


class Body(BaseModel):
    title: str
    note: str | None = None
    size: int = Field(default=1, alias="sizePx")


def _wire(server: FaultServer, client: SyncAPIClient, **kwargs: Any) -> Any:
    server.clear()
    client._request(CREATE_VIDEO, cast_to=dict, **kwargs)
    (request,) = server.requests
    return request


@pytest.mark.parametrize("pool", ["owned", "injected"])
def test_the_wire_is_the_same_with_an_owned_or_an_injected_pool(pool: str) -> None:
    with FaultServer(Reply(200, json={"ok": True})) as server:
        injected = httpx.Client() if pool == "injected" else None
        client = sync_client(server.url, http_client=injected, default_headers={"X-Team": "a"})
        body = model_body(Body, {"title": "Déjà vu", "note": None, "size": NOT_GIVEN})
        request = _wire(server, client, json=body, headers={"Idempotency-Key": "k-1"})
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["user-agent"] == "testsdk-python/1.2.3"
        assert request.headers["accept"] == "application/json"
        assert request.headers["x-team"] == "a"
        assert request.headers["idempotency-key"] == "k-1"
        assert request.headers["content-type"] == "application/json"
        assert request.json == {"title": "Déjà vu", "note": None}
        assert request.body == json.dumps(request.json, ensure_ascii=False).encode().replace(
            b", ", b","
        ).replace(b": ", b":")

        # Per-call headers override the defaults, whatever their case; a Content-Type the caller
        # sets (per call or as a client default) wins over the JSON one.
        request = _wire(
            server,
            client,
            json=body,
            options={"extra_headers": {"x-team": "b", "content-type": "application/x.v2+json"}},
        )
        assert request.headers.get_all("x-team") == ["b"]
        assert request.headers.get_all("content-type") == ["application/x.v2+json"]
        typed = client.with_options(default_headers={"Content-Type": "application/x.v3+json"})
        request = _wire(server, typed, json=body)
        assert request.headers.get_all("content-type") == ["application/x.v3+json"]

        # A copy with other default headers sends them, over the same pool.
        copy = client.with_options(default_headers={"X-Team": "c", "X-New": "n"})
        assert copy._client is client._client
        request = _wire(server, copy, json=body)
        assert (request.headers["x-team"], request.headers["x-new"]) == ("c", "n")
        assert request.headers["x-api-key"] == API_KEY
        request = _wire(server, client, json=body)
        assert request.headers["x-team"] == "a"
        assert "x-new" not in request.headers
        # ...or drop one of the original's (the shared pool must not bring it back).
        dropped = client.with_options(default_headers={"X-Team": NOT_GIVEN})
        request = _wire(server, dropped, json=body)
        assert "x-team" not in request.headers
        assert request.headers["x-api-key"] == API_KEY
        client.close()
        if injected is not None:
            # Ours is never written into a pool the caller brought.
            assert "x-api-key" not in injected.headers
            assert "x-team" not in injected.headers
            injected.close()
        else:
            assert API_KEY not in repr(client._client.headers)
            assert API_KEY not in repr(client.default_headers)


def test_model_body_json_text_matches_its_mapping() -> None:
    body = model_body(Body, {"title": "t", "note": None, "size": 5})
    assert isinstance(body, JsonBody)
    assert body == {"title": "t", "note": None, "sizePx": 5}
    assert json.loads(body.to_json()) == dict(body)
    assert build_body(body, None) == {"content": body.to_json()}
    # Merging extra_body, sending a form or multipart reads it as a mapping.
    assert build_body(body, {"extra": [1]}) == {
        "json": {"title": "t", "note": None, "sizePx": 5, "extra": [1]}
    }
    assert build_body(body, None, form=True) == {
        "data": {"title": "t", "note": "null", "sizePx": "5"}
    }
    assert build_body(body, None, files={}) == {
        "files": [("title", (None, "t")), ("note", (None, "null")), ("sizePx", (None, "5"))]
    }


class Page(BaseModel):
    items: list[Video]
    next: str | None = None


CASES: list[tuple[Any, str | None, bytes]] = [
    (Video, "data", b'{"data": {"id": "v", "status": "completed"}, "meta": 1}'),
    (Video, "data", b'{"data": {"id": "v", "status": "brand_new", "extra": [1, 2]}}'),
    (Video, None, b'{"id": "v", "status": "pending"}'),
    (Page, "data", b'{"data": {"items": [{"id": "a", "status": "pending"}], "next": null}}'),
    (list[Video], None, b'[{"id": "a", "status": "completed"}]'),
    (dict[str, int], "data", b'{"data": {"a": 1, "b": 2}}'),
    (int | str, None, b"7"),
    (Video, "data", '{"data": {"id": "é", "status": "pending"}}'.encode("utf-16")),
    (float, None, b"NaN"),
]


@pytest.mark.parametrize(("cast_to", "envelope", "content"), CASES)
def test_response_fast_path_equals_json_loads_then_validate(
    cast_to: Any, envelope: str | None, content: bytes
) -> None:
    response = httpx.Response(200, content=content)
    data = json.loads(content)
    expected = validate_value(data[envelope] if envelope else data, cast_to, strict=False)
    got = parse_response(response, cast_to, envelope=envelope)
    # The one-pass path is taken for UTF-8 bodies (pydantic reads only UTF-8 JSON).
    fast = _validate_json_fast(response, cast_to, envelope)
    assert (fast is not _NO_FAST_PATH) == (content[:1] != b"\xff")
    assert type(got) is type(expected)
    if expected == expected:  # NaN is not equal to itself
        assert got == expected
    else:
        assert math.isnan(got)
    if isinstance(got, Video) and got.status == "brand_new":
        assert isinstance(got.status, VideoStatus)
        assert not got.status.is_known


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "Response body is not valid JSON."),
        (b'{"other": {}}', "Response body has no 'data' member."),
        (b'["data"]', "Response body has no 'data' member."),
        (b'{"data": {"id": 1}}', "Response body does not match Video: 2 error(s): id: "),
    ],
)
def test_response_errors_are_those_of_the_general_path(content: bytes, message: str) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        parse_response(httpx.Response(200, content=content), Video, envelope="data")
    assert str(info.value).startswith(message)
    assert info.value.body == content.decode()


def test_get_without_body_sends_no_content_type() -> None:
    with FaultServer(Reply(200, json={"ok": True})) as server:
        client = sync_client(server.url)
        client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
        (request,) = server.requests
        assert "content-type" not in request.headers
        assert request.body == b""
        client.close()

"""The per-call shortcuts of issue 17 give what the general paths give:

- a call that brings no header values, options, files or raw content of its own is prepared from
  headers built once per client and endpoint (``BaseClient._prepare_plain``): the same headers,
  in the same order, URL, body, timeout and retry budget as the general ``_prepare``;
- its idempotency key is a version 4 UUID in the usual text form, fresh for every call;
- parsed URLs are kept per client, a bounded number, and follow ``base_url``;
- ``model_body`` marks the discriminator constants of every nested model as set (only the
  fields that may hold a model are looked into) and still refuses a stray key in a nested dict.
"""

from __future__ import annotations

import json
import uuid
from typing import Annotated, Any, Literal

import httpx
import pytest
from pydantic import BaseModel, ConfigDict, Field
from runtime._base_client import (
    ApiKeyAuth,
    BearerAuth,
    ClientConfig,
    Endpoint,
    SyncAPIClient,
    model_body,
)
from runtime._build import Call, new_idempotency_key
from runtime._client_base import _MAX_CACHED_URLS
from runtime._exceptions import InvalidArgumentError
from runtime._parse import JsonBody
from runtime._types import NOT_GIVEN
from runtime_testkit import API_KEY, CREATE_VIDEO, GET_VIDEO, POST_NO_KEY

CONFIG = ClientConfig(
    package="plainsdk",
    version="0.1",
    default_base_url="https://api.test",
    auth=(
        ApiKeyAuth(name="api_key", header="x-api-key"),
        ApiKeyAuth(name="query_key", query="key"),
        ApiKeyAuth(name="session", cookie="SID"),
        BearerAuth(name="bearer_token"),
    ),
    security=(("api_key",), ("bearer_token",)),
)
IN_QUERY = Endpoint("GET", "/v1/search", "search", security=(("query_key",),))
WITH_COOKIE = Endpoint(
    "POST",
    "/v1/carts/{cart_id}/items",
    "add_item",
    idempotency_header="idempotency-key",
    security=(("api_key", "session"),),
    timeout=12.5,
)
OPEN = Endpoint("GET", "/v1/health", "health", security=())
ELSEWHERE = Endpoint("POST", "/upload", "upload", base_url="https://files.test/", timeout=90.0)
ENDPOINTS = [CREATE_VIDEO, GET_VIDEO, POST_NO_KEY, IN_QUERY, WITH_COOKIE, OPEN, ELSEWHERE]
PATH_PARAMS = {"video_id": "v 1/2", "cart_id": "c9"}


class Item(BaseModel):
    title: str
    size: int | None = None


def _client(defaults: dict[str, Any] | None, pool: str, **kw: Any) -> SyncAPIClient:
    http = httpx.Client() if pool == "injected" else None
    return SyncAPIClient(
        config=CONFIG,
        credentials={"api_key": API_KEY, "query_key": "q-key", "session": "s 1"},
        base_url="https://api.test/base",
        default_headers=defaults,
        http_client=http,
        **kw,
    )


def _prepare(client: SyncAPIClient, endpoint: Endpoint, json_body: object, **kw: Any) -> Call:
    kw.setdefault("headers", None)
    kw.setdefault("options", {})
    return client._prepare(
        endpoint,
        path_params={n: v for n, v in PATH_PARAMS.items() if "{" + n + "}" in endpoint.path},
        query={"page": 2, "gone": None},
        json=json_body,
        files=None,
        content=None,
        cast_to=dict,
        envelope="data",
        **kw,
    )


def _summary(call: Call) -> dict[str, Any]:
    body = {k: v.to_json() if isinstance(v, JsonBody) else v for k, v in call.body.items()}
    return {
        "headers": list(call.headers.items()),  # order included
        "url": call.url,
        "body": body,
        "timeout": call.timeout.as_dict(),
        "max_retries": call.max_retries,
        "key": call.idempotency_key,
        "raw": call.raw,
        "cast_to": call.cast_to,
        "envelope": call.envelope,
    }


@pytest.mark.parametrize("pool", ["owned", "injected"])
@pytest.mark.parametrize(
    "defaults",
    [
        None,
        {"X-Team": "a"},
        # differently cased names the call's own headers replace or leave
        {"IDEMPOTENCY-KEY": "shared", "content-type": "application/x.v3+json", "X-Api-Key": "o"},
        {"Cookie": "theme=dark", "User-Agent": "mine/1", "X-Gone": NOT_GIVEN},
    ],
)
@pytest.mark.parametrize("body", ["model", "dict", "none"])
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.operation_id for e in ENDPOINTS])
def test_a_plain_call_is_prepared_as_the_general_path_prepares_it(
    endpoint: Endpoint, body: str, defaults: dict[str, Any] | None, pool: str
) -> None:
    client = _client(defaults, pool, max_retries=3)
    for _ in range(2):  # the second call is prepared from what the first kept
        json_body: object = {
            "model": model_body(Item, {"title": "t", "size": NOT_GIVEN}),
            "dict": {"title": "t", "size": NOT_GIVEN},
            "none": NOT_GIVEN,
        }[body]
        plain = _prepare(
            client, endpoint, json_body, headers={"Idempotency-Key": NOT_GIVEN}, options=None
        )
        # Options that change nothing send a call down the general path; the plain call's
        # key is passed along so that both carry the same.
        options: dict[str, Any] = {"max_retries": 3}
        if plain.idempotency_key is not None:
            options["idempotency_key"] = plain.idempotency_key
        general = _prepare(client, endpoint, json_body, headers=None, options=options)
        assert _summary(plain) == _summary(general)
    assert (plain.idempotency_key is None) == (endpoint.idempotency_header is None)


def test_plain_calls_each_get_a_fresh_key_and_their_own_headers() -> None:
    client = _client({"X-Team": "a"}, "owned")
    first = _prepare(client, CREATE_VIDEO, NOT_GIVEN)
    second = _prepare(client, CREATE_VIDEO, NOT_GIVEN)
    assert first.idempotency_key != second.idempotency_key
    assert first.headers["Idempotency-Key"] == first.idempotency_key
    first.headers["X-Team"] = "changed"
    assert _prepare(client, CREATE_VIDEO, NOT_GIVEN).headers["X-Team"] == "a"
    # a copy with other default headers prepares its own
    copy = client.with_options(default_headers={"X-Team": "b"})
    assert _prepare(copy, CREATE_VIDEO, NOT_GIVEN).headers["X-Team"] == "b"
    assert _prepare(client, CREATE_VIDEO, NOT_GIVEN).headers["X-Team"] == "a"


def test_settings_assigned_on_the_client_apply_to_plain_calls() -> None:
    client = _client(None, "owned")
    client.max_retries = 0
    client.base_url = "https://moved.test"
    call = _prepare(client, POST_NO_KEY, NOT_GIVEN)
    assert (call.max_retries, call.url) == (0, "https://moved.test/v1/echo?page=2")


def test_idempotency_keys_are_uuid4_text() -> None:
    keys = {new_idempotency_key() for _ in range(200)}
    assert len(keys) == 200
    for key in keys:
        parsed = uuid.UUID(key)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == key


def test_parsed_urls_are_kept_per_client_bounded_and_follow_base_url() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"data": {}})

    client = SyncAPIClient(
        config=CONFIG,
        credentials={"api_key": API_KEY},
        base_url="https://one.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    ids = [f"v{i}" for i in range(_MAX_CACHED_URLS + 20)] + ["v0", "v1"]
    for video_id in ids:
        client._request(GET_VIDEO, path_params={"video_id": video_id}, cast_to=dict)
    assert seen == [f"https://one.test/v1/videos/{i}" for i in ids]
    assert len(client.__dict__["_cache_urls"]) <= _MAX_CACHED_URLS
    client.base_url = "https://two.test"
    client._request(GET_VIDEO, path_params={"video_id": "v0"}, cast_to=dict)
    client.with_options(base_url="https://three.test")._request(
        GET_VIDEO, path_params={"video_id": "v0"}, cast_to=dict
    )
    assert seen[-2:] == ["https://two.test/v1/videos/v0", "https://three.test/v1/videos/v0"]


class Url(BaseModel):
    type: Literal["url"] = "url"
    url: str


class Asset(BaseModel):
    type: Literal["asset"] = "asset"
    asset_id: str


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: Literal["open"] = "open"


class Everything(BaseModel):
    title: str
    tags: list[str] = []
    one: Url | Asset | None = None
    tagged: Annotated[Url | Asset, Field(discriminator="type")] | None = None
    many: list[Url | Asset] = []
    nested: list[list[Url]] = []
    named: dict[str, Asset] = {}
    anything: Any = None
    thing: object = None
    opened: Open | None = None


def test_model_body_marks_the_constants_of_every_nested_model() -> None:
    body = model_body(
        Everything,
        {
            "title": "t",
            "tags": ["a", "b"],
            "one": {"url": "u1"},
            "tagged": Asset(asset_id="a1"),
            "many": [Url(url="u2"), {"asset_id": "a2"}],
            "nested": [[Url(url="u3")]],
            "named": {"x": Asset(asset_id="a3")},
            "anything": [Url(url="u4")],
            "thing": {"k": Asset(asset_id="a4")},
            "opened": Open.model_validate({"extra": Url(url="u5")}),
        },
    )
    assert json.loads(body.to_json()) == {
        "title": "t",
        "tags": ["a", "b"],
        "one": {"type": "url", "url": "u1"},
        "tagged": {"type": "asset", "asset_id": "a1"},
        "many": [{"type": "url", "url": "u2"}, {"type": "asset", "asset_id": "a2"}],
        "nested": [[{"type": "url", "url": "u3"}]],
        "named": {"x": {"type": "asset", "asset_id": "a3"}},
        "anything": [{"type": "url", "url": "u4"}],
        "thing": {"k": {"type": "asset", "asset_id": "a4"}},
        "opened": {"kind": "open", "extra": {"type": "url", "url": "u5"}},
    }
    assert dict(body) == json.loads(body.to_json())


def test_model_body_refuses_a_stray_key_in_a_nested_dict() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        model_body(Everything, {"title": "t", "many": [{"url": "u", "typo": 1}]})
    assert info.value.problems == (("many[0].typo", "unknown key: Url has no such field"),)
    with pytest.raises(InvalidArgumentError) as info:
        model_body(Everything, {"title": "t", "nested": [[{"url": "u", "typo": 1}]]})
    assert info.value.problems == (("nested[0][0].typo", "unknown key: Url has no such field"),)
    assert dict(model_body(Everything, {"title": "t", "tags": ["x"]})) == {
        "title": "t",
        "tags": ["x"],
    }

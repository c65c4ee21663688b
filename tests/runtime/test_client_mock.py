"""Request building and configuration, observed through ``httpx.MockTransport``."""

from __future__ import annotations

import json
from typing import Any, Literal

import httpx
import pytest
from pydantic import BaseModel, Field
from runtime._base_client import SyncAPIClient, model_body
from runtime._build import DEFAULT_TIMEOUT
from runtime._config import Endpoint
from runtime._exceptions import APIError, APIResponseValidationError, IdempotencyKeyError
from runtime._response import APIResponse, to_raw_response_wrapper
from runtime._types import NOT_GIVEN
from runtime_testkit import (
    API_KEY,
    CONFIG,
    CREATE_VIDEO,
    GET_VIDEO,
    POST_NO_KEY,
    Video,
    VideoStatus,
    mock_client,
)


class Recorder:
    def __init__(self, reply: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply if reply is not None else {"data": {"id": "v", "status": "pending"}}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.reply)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TESTSDK_API_KEY", "TESTSDK_TOKEN", "TESTSDK_BASE_URL", "TESTSDK_LOG"):
        monkeypatch.delenv(var, raising=False)


def make(credentials: dict[str, str | None], **kw: Any) -> SyncAPIClient:
    return SyncAPIClient(config=CONFIG, credentials=credentials, **kw)


def test_missing_credentials_names_arguments_and_env() -> None:
    with pytest.raises(APIError) as info:
        make({"api_key": None, "bearer_token": None})
    message = str(info.value)
    assert "api_key" in message
    assert "TESTSDK_API_KEY" in message
    assert "bearer_token" in message
    assert "TESTSDK_TOKEN" in message


def test_two_alternative_credentials_send_the_first_requirement() -> None:
    """OpenAPI alternatives: with both configured, the first listed requirement is used."""
    rec = Recorder()
    client = mock_client(rec, credentials={"api_key": "a", "bearer_token": "b"})
    client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    assert rec.last.headers["x-api-key"] == "a"
    assert "authorization" not in rec.last.headers


def test_env_fallback_order(monkeypatch: pytest.MonkeyPatch) -> None:
    rec = Recorder()
    monkeypatch.setenv("TESTSDK_TOKEN", "tok")
    client = mock_client(rec, credentials={"api_key": None, "bearer_token": None})
    client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    assert rec.last.headers["authorization"] == "Bearer tok"
    assert "x-api-key" not in rec.last.headers
    monkeypatch.setenv("TESTSDK_API_KEY", "envkey")
    client = mock_client(rec, credentials={"api_key": None, "bearer_token": None})
    client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    assert rec.last.headers["x-api-key"] == "envkey"
    client = mock_client(rec, credentials={"bearer_token": "explicit"})
    client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    assert rec.last.headers["authorization"] == "Bearer explicit"


def test_base_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert make({"api_key": "k"}).base_url == CONFIG.default_base_url
    monkeypatch.setenv("TESTSDK_BASE_URL", "https://env.example/")
    assert make({"api_key": "k"}).base_url == "https://env.example"
    assert make({"api_key": "k"}, base_url="https://arg.example/v2/").base_url == (
        "https://arg.example/v2"
    )


def test_user_agent_default_headers_extra_headers() -> None:
    rec = Recorder()
    client = mock_client(rec, default_headers={"X-Team": "a", "X-Drop": NOT_GIVEN})
    client._request(
        GET_VIDEO,
        path_params={"video_id": "1"},
        headers={"X-Op": "o", "X-Unset": NOT_GIVEN},
        cast_to=dict,
        options={"extra_headers": {"x-team": "b", "X-Extra": "e"}},
    )
    headers = rec.last.headers
    assert headers["user-agent"] == "testsdk-python/1.2.3"
    assert headers["x-team"] == "b"
    assert headers["x-op"] == "o"
    assert headers["x-extra"] == "e"
    assert "x-drop" not in headers
    assert "x-unset" not in headers
    assert headers["x-api-key"] == API_KEY


def test_path_query_and_extra_query() -> None:
    rec = Recorder()
    client = mock_client(rec)
    client._request(
        GET_VIDEO,
        path_params={"video_id": "a/b c"},
        query={
            "limit": 10,
            "token": None,
            "cursor": NOT_GIVEN,
            "flag": True,
            "s": VideoStatus.PENDING,
        },
        cast_to=dict,
        options={"extra_query": {"x": "1", "ids": ["a", "b"]}},
    )
    url = rec.last.url
    assert url.raw_path.startswith(b"/v1/videos/a%2Fb%20c?")
    assert dict(url.params) == {"limit": "10", "flag": "true", "s": "pending", "x": "1", "ids": "a"}
    assert url.params.get_list("ids") == ["a", "b"]
    with pytest.raises(ValueError, match="non-empty"):
        client._request(GET_VIDEO, path_params={"video_id": ""}, cast_to=dict)
    with pytest.raises(ValueError, match="Missing path parameter"):
        client._request(GET_VIDEO, cast_to=dict)


def test_json_body_not_given_none_and_extra_body() -> None:
    rec = Recorder()
    client = mock_client(rec)
    client._request(
        POST_NO_KEY,
        json={"a": 1, "b": None, "c": NOT_GIVEN, "nested": {"d": NOT_GIVEN, "e": 2}},
        cast_to=dict,
        options={"extra_body": {"z": True}},
    )
    assert json.loads(rec.last.content) == {"a": 1, "b": None, "nested": {"e": 2}, "z": True}
    client._request(POST_NO_KEY, cast_to=dict)
    assert rec.last.content == b""
    client._request(POST_NO_KEY, cast_to=dict, options={"extra_body": {"only": 1}})
    assert json.loads(rec.last.content) == {"only": 1}
    with pytest.raises(TypeError):
        client._request(POST_NO_KEY, json=[1], cast_to=dict, options={"extra_body": {"x": 1}})


def test_content_and_files() -> None:
    rec = Recorder()
    client = mock_client(rec)
    client._request(POST_NO_KEY, content=b"raw", cast_to=dict)
    assert rec.last.content == b"raw"
    client._request(
        POST_NO_KEY, json={"name": "n", "n": 3}, files={"file": ("a.txt", b"hello")}, cast_to=dict
    )
    body = rec.last.read()
    assert rec.last.headers["content-type"].startswith("multipart/form-data")
    assert b"hello" in body
    assert b'name="name"' in body
    assert b"\r\n3\r\n" in body


def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    result: dict[str, float | None] = request.extensions["timeout"]
    return result


def test_timeout_precedence() -> None:
    rec = Recorder()
    slow = Endpoint(method="GET", path="/slow", operation_id="slow", timeout=300.0)
    client = mock_client(rec)
    client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    assert timeout_of(rec.last) == DEFAULT_TIMEOUT.as_dict()
    client._request(slow, cast_to=dict)
    assert timeout_of(rec.last)["read"] == 300.0
    assert timeout_of(rec.last)["connect"] == 5.0
    client._request(slow, cast_to=dict, options={"timeout": 2.0})
    assert timeout_of(rec.last)["read"] == 2.0
    client._request(slow, cast_to=dict, options={"timeout": httpx.Timeout(9.0)})
    assert timeout_of(rec.last)["connect"] == 9.0
    client._request(slow, cast_to=dict, options={"timeout": None})
    assert timeout_of(rec.last)["read"] is None
    short = mock_client(rec, timeout=1.5)
    short._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    assert timeout_of(rec.last) == httpx.Timeout(1.5).as_dict()


def test_generated_key_and_option_key_on_non_idempotent_endpoint() -> None:
    rec = Recorder()
    client = mock_client(rec)
    raw = to_raw_response_wrapper(client._request)(
        CREATE_VIDEO, json={}, cast_to=Video, envelope="data"
    )
    assert isinstance(raw, APIResponse)
    key = rec.last.headers["idempotency-key"]
    assert raw.idempotency_key == key
    assert len(key) == 36
    with pytest.raises(IdempotencyKeyError, match="does not accept"):
        client._request(POST_NO_KEY, cast_to=dict, options={"idempotency_key": "k"})
    assert len(rec.requests) == 1


def test_raw_response_and_parse_kinds() -> None:
    rec = Recorder({"data": {"id": "v", "status": "brand_new"}})
    client = mock_client(rec)
    wrapped = to_raw_response_wrapper(client._request)
    raw = wrapped(GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data")
    assert raw.status_code == 200
    assert raw.retries_taken == 0
    video = raw.parse()
    assert raw.parse() is video
    assert video.status == "brand_new"
    assert not video.status.is_known
    assert client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=bytes).startswith(b"{")
    assert client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=str).startswith("{")
    assert client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=type(None)) is None
    listing = client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict[str, Any])
    assert "data" in listing
    # the flag does not leak into the next, unwrapped call
    assert isinstance(client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict), dict)


def test_strict_response_validation() -> None:
    rec = Recorder({"data": {"id": "v", "status": "pending", "extra": 1}})
    lenient = mock_client(rec)
    video = lenient._request(
        GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
    )
    assert isinstance(video, Video)
    assert video.model_dump() == {"id": "v", "status": "pending"}  # the unknown field is dropped
    assert video.status.is_known
    strict = lenient.with_options(strict_response_validation=True)
    with pytest.raises(APIResponseValidationError):
        strict._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data")
    rec.reply = {"data": [{"id": "v", "status": "unknown_value"}]}
    videos = lenient._request(
        GET_VIDEO, path_params={"video_id": "1"}, cast_to=list[Video], envelope="data"
    )
    assert len(videos) == 1
    assert videos[0].id == "v"
    assert videos[0].status == "unknown_value"  # the unknown enum value is kept, not rejected
    assert isinstance(videos[0].status, VideoStatus)
    assert not videos[0].status.is_known
    with pytest.raises(APIResponseValidationError):
        strict._request(
            GET_VIDEO, path_params={"video_id": "1"}, cast_to=list[Video], envelope="data"
        )


def test_with_options_shares_pool_and_close() -> None:
    rec = Recorder()
    client = mock_client(rec, max_retries=5)
    copy = client.with_options(max_retries=0, default_headers={"X-A": "1"}, timeout=3.0)
    assert copy._client is client._client
    assert (copy.max_retries, client.max_retries) == (0, 5)
    copy._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    assert rec.last.headers["x-a"] == "1"
    copy.close()
    assert not client._client.is_closed
    owned = make({"api_key": "k"})
    with owned:
        pass
    assert owned._client.is_closed


def test_injected_http_client_event_hooks() -> None:
    seen: list[str] = []
    http_client = httpx.Client(
        transport=httpx.MockTransport(Recorder()),
        event_hooks={"request": [lambda r: seen.append(r.method)]},
    )
    client = make({"api_key": "k"}, http_client=http_client)
    client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=dict)
    client.close()
    assert seen == ["GET"]
    assert not http_client.is_closed


class CreateBody(BaseModel):
    title: str
    caption: str | None = None
    dimension_w: int = Field(default=1280, alias="dimensionW")


def test_model_body() -> None:
    assert model_body(CreateBody, {"title": "t", "caption": NOT_GIVEN}) == {"title": "t"}
    assert model_body(CreateBody, {"title": "t", "caption": None, "dimension_w": 5}) == {
        "title": "t",
        "caption": None,
        "dimensionW": 5,
    }


class UrlSource(BaseModel):
    type: Literal["url"] = "url"
    url: str


class Upload(BaseModel):
    title: str
    caption: str | None = None
    source: UrlSource | None = None


def test_whole_model_bodies_send_only_what_was_set() -> None:
    """``json=`` given a model (an operation whose body is ``body: Model``): fields left out are not
    sent (a null could be refused for a non-nullable field), an explicit None is, and
    discriminator constants are, as with ``model_body``."""
    rec = Recorder()
    client = mock_client(rec)
    client._request(POST_NO_KEY, json=Upload(title="t"), cast_to=dict)
    assert json.loads(rec.last.content) == {"title": "t"}
    client._request(
        POST_NO_KEY,
        json=Upload(title="t", caption=None, source=UrlSource(url="u")),
        cast_to=dict,
    )
    assert json.loads(rec.last.content) == {
        "title": "t",
        "caption": None,
        "source": {"type": "url", "url": "u"},
    }
    client._request(POST_NO_KEY, json=[Upload(title="a"), {"k": NOT_GIVEN, "m": 1}], cast_to=dict)
    assert json.loads(rec.last.content) == [{"title": "a"}, {"m": 1}]

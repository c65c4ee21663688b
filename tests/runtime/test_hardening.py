"""Issue 15, part 1: bad arguments refused before anything is sent, and hostile responses (odd
``Retry-After``, corrupt gzip, deep nesting, looping cursors, cross-origin redirects) ending in the
package's ``APIError`` — against real servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import math
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from pydantic import BaseModel
from runtime._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    BadRequestError,
    RateLimitError,
)
from runtime._logging import Redactor
from runtime._pagination import Paging, get_page
from runtime._send import next_request
from runtime_testkit import (
    API_KEY,
    DELETE_VIDEO,
    GET_VIDEO,
    VIDEO_JSON,
    AsyncSleepRecorder,
    SleepRecorder,
    Video,
    async_client,
    sync_client,
)

from tests.support.fault_server import FaultServer, Reply

# -- 1. credentials with control characters ------------------------------------------------


@pytest.mark.parametrize("value", [API_KEY + "\n", API_KEY + "\r\nX-Evil: 1", " " + API_KEY])
def test_credential_with_control_characters_is_refused(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    with pytest.raises(ValueError, match="api_key") as info:
        sync_client(fault_server.url, credentials={"api_key": value})
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)
    monkeypatch.setenv("TESTSDK_API_KEY", value)
    with pytest.raises(ValueError, match="TESTSDK_API_KEY") as info:
        sync_client(fault_server.url, credentials={"api_key": None})
    assert API_KEY not in str(info.value)
    assert fault_server.requests == []


def test_redaction_covers_escaped_forms() -> None:
    secret = "sk+/=\\CANARY'\"é"
    redactor = Redactor([secret], ["x-api-key"])
    text = " ".join([secret, repr(secret), quote(secret, safe=""), json.dumps(secret)])
    text += " " + quote(secret) + " " + secret.encode("unicode_escape").decode()
    assert "CANARY" not in redactor.redact(text)


# -- 2. Retry-After values that are not finite or not representable ------------------------


def test_retry_after_nan_falls_back_to_backoff(fault_server: FaultServer) -> None:
    fault_server.script(
        Reply(503, headers={"Retry-After": "nan"}),
        Reply(503, headers={"retry-after-ms": "inf"}),
        Reply(200, json=VIDEO_JSON),
    )
    sleep = SleepRecorder()
    client = sync_client(fault_server.url, sleep=sleep)
    client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data")
    assert len(sleep.waits) == 2
    assert all(math.isfinite(w) and 0 < w <= 8 for w in sleep.waits)


def test_retry_after_nan_async(fault_server: FaultServer) -> None:
    fault_server.script(Reply(503, headers={"Retry-After": "nan"}), Reply(200, json=VIDEO_JSON))
    sleep = AsyncSleepRecorder()
    client = async_client(fault_server.url, sleep=sleep)
    asyncio.run(
        client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data")
    )
    assert len(sleep.waits) == 1
    assert math.isfinite(sleep.waits[0])
    assert sleep.waits[0] > 0


def test_retry_after_far_future_date(fault_server: FaultServer) -> None:
    fault_server.script(Reply(429, headers={"Retry-After": "Fri, 01 Jan 99999 00:00:00 GMT"}))
    client = sync_client(fault_server.url, max_retries=0)
    with pytest.raises(RateLimitError) as info:
        client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video)
    assert info.value.retry_after is None


# -- 3. errors while reading a response ----------------------------------------------------


def get_video(mode: str, url: str, **kwargs: Any) -> Any:
    """One GET through a sync or an async client."""
    call: dict[str, Any] = {"path_params": {"video_id": "1"}, "cast_to": Video}
    call["envelope"] = kwargs.pop("envelope", None)
    if mode == "sync":
        return sync_client(url, **kwargs)._request(GET_VIDEO, **call)
    return asyncio.run(async_client(url, **kwargs)._request(GET_VIDEO, **call))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_corrupt_gzip_is_a_package_error(fault_server: FaultServer, mode: str) -> None:
    fault_server.default = Reply(200, body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(APIConnectionError, match="DecodingError"):
        get_video(mode, fault_server.url)


# -- 4. deeply nested bodies ---------------------------------------------------------------

DEEP = "[" * 990 + "]" * 990


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_deeply_nested_body(fault_server: FaultServer, mode: str) -> None:
    fault_server.script(
        Reply(200, body=DEEP, headers={"Content-Type": "application/json"}),
        Reply(200, body='{"data": ' + DEEP + "}", headers={"Content-Type": "application/json"}),
        Reply(400, body=DEEP, headers={"Content-Type": "application/json"}),
    )

    for envelope in (None, "data"):
        with pytest.raises(APIResponseValidationError):
            get_video(mode, fault_server.url, envelope=envelope)
    with pytest.raises(BadRequestError) as info:
        get_video(mode, fault_server.url)
    assert info.value.body == DEEP


# -- 5. dot segments in path parameters ----------------------------------------------------


@pytest.mark.parametrize("value", ["..", ".", ""])
def test_dot_segment_path_parameter_is_refused(fault_server: FaultServer, value: str) -> None:
    client = sync_client(fault_server.url)
    with pytest.raises(ValueError, match="video_id"):
        client._request(DELETE_VIDEO, path_params={"video_id": value}, cast_to=type(None))
    assert fault_server.requests == []


# -- 6. cursors that repeat, has_more that is not true ------------------------------------


class Item(BaseModel):
    id: str


PAGING = Paging(
    items=("items",), cursor_param="token", next_cursor=("next",), has_more=("has_more",)
)
LIST = GET_VIDEO.replace(path="/v1/items", operation_id="list_items")


@pytest.mark.parametrize("cursors", [["c1", "c1"], ["c1", "c2", "c1"]])
def test_repeated_cursor_stops_iteration(fault_server: FaultServer, cursors: list[str]) -> None:
    fault_server.script(
        *[Reply(200, json={"items": [{"id": c}], "has_more": True, "next": c}) for c in cursors]
    )
    fault_server.default = Reply(200, json={"items": [{"id": "x"}], "has_more": True, "next": "c1"})
    page = get_page(sync_client(fault_server.url), LIST, PAGING, Item)
    with pytest.raises(APIError, match="cursor"):
        for _, _item in zip(range(50), page, strict=False):
            pass
    assert len(fault_server.requests) <= len(cursors) + 1


@pytest.mark.parametrize("has_more", ["false", 1, "true", None])
def test_has_more_must_be_json_true(fault_server: FaultServer, has_more: object) -> None:
    fault_server.default = Reply(
        200, json={"items": [{"id": "a"}], "has_more": has_more, "next": "n"}
    )
    page = get_page(sync_client(fault_server.url), LIST, PAGING, Item)
    assert [i.id for _, i in zip(range(10), page, strict=False)] == ["a"]
    assert len(fault_server.requests) == 1


# -- 7. credentials on redirects -----------------------------------------------------------


def test_cross_origin_redirect_drops_credentials() -> None:
    with FaultServer() as origin, FaultServer() as other:
        origin.script(
            Reply(302, headers={"Location": origin.url + "/v1/videos/2"}),
            Reply(307, headers={"Location": other.url + "/landing"}),
        )
        other.default = Reply(200, json=VIDEO_JSON)
        user_pool = httpx.Client(follow_redirects=True)
        client = sync_client(origin.url, http_client=user_pool)
        video = client._request(
            GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video, envelope="data"
        )
        user_pool.close()
    assert video.id == "v1"
    assert [r.path for r in origin.requests] == ["/v1/videos/1", "/v1/videos/2"]
    assert origin.requests[1].headers["x-api-key"] == API_KEY  # same origin keeps it
    assert [r.path for r in other.requests] == ["/landing"]
    landed = other.requests[0].headers
    assert "x-api-key" not in landed
    assert "authorization" not in landed


def test_redirect_loop_is_a_package_error(fault_server: FaultServer) -> None:
    fault_server.default = Reply(302, headers={"Location": "/v1/videos/1"})
    user_pool = httpx.Client(follow_redirects=True, max_redirects=3)
    client = sync_client(fault_server.url, http_client=user_pool, max_retries=0)
    with pytest.raises(APIError, match="TooManyRedirects"):
        client._request(GET_VIDEO, path_params={"video_id": "1"}, cast_to=Video)
    user_pool.close()
    assert len(fault_server.requests) == 4


# -- 8. userinfo in base URLs --------------------------------------------------------------


def test_base_url_with_userinfo_is_refused(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_password = fault_server.url.replace("http://", "http://user:hunter2@")
    with pytest.raises(ValueError, match="base_url") as info:
        sync_client(with_password)
    assert "hunter2" not in str(info.value)
    monkeypatch.setenv("TESTSDK_BASE_URL", with_password)
    with pytest.raises(ValueError, match="TESTSDK_BASE_URL") as info:
        sync_client(None)  # type: ignore[arg-type]
    assert "hunter2" not in str(info.value)
    with pytest.raises(ValueError, match="base_url"):
        sync_client(fault_server.url).with_options(base_url=with_password)
    assert fault_server.requests == []


def test_https_to_http_redirect_on_the_same_host_drops_credentials() -> None:
    previous = httpx.Request("GET", "https://api.test/v1/a", headers={"x-api-key": API_KEY})
    response = httpx.Response(302, headers={"Location": "http://api.test/v1/b"}, request=previous)
    # What httpx builds for a redirect it does not follow itself (it keeps x-api-key).
    response.next_request = httpx.Request("GET", "http://api.test/v1/b", headers=previous.headers)
    assert "x-api-key" not in next_request(previous, response, frozenset({"x-api-key"})).headers
    same = httpx.Request("GET", "https://api.test:443/v1/c", headers=previous.headers)
    response.next_request = same
    assert (
        next_request(previous, response, frozenset({"x-api-key"})).headers["x-api-key"] == API_KEY
    )

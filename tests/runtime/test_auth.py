"""Security requirements as OpenAPI writes them (``_auth``), through ``httpx.MockTransport``:
schemes of one requirement together, requirements as alternatives, API keys in header, query and
cookie, basic, bearer callables called per attempt (sync and async), an operation's own
``security`` (``()`` = none, ``((),)`` = optional), errors naming what is missing, redaction."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from runtime._auth import Auth
from runtime._base_client import AsyncAPIClient, SyncAPIClient
from runtime._config import ApiKeyAuth, BasicAuth, BearerAuth, ClientConfig, Endpoint
from runtime._exceptions import APIError

KEY = ApiKeyAuth(name="api_key", header="Authorization", env="T_API_KEY")
APP = ApiKeyAuth(name="application_id", header="x-app-id", env="T_APPLICATION_ID")
CONSUMER = ApiKeyAuth(name="consumer_id", header="x-consumer-id", env="T_CONSUMER_ID")
QUERY = ApiKeyAuth(name="query_key", query="api_key", env="T_QUERY_KEY")
COOKIE = ApiKeyAuth(name="session", cookie="SID", env="T_SESSION")
BASIC = BasicAuth(name="username", password="password", env="T_USERNAME", password_env="T_PASSWORD")
TOKEN = BearerAuth(name="bearer_token", env="T_BEARER_TOKEN")
ALL = (KEY, APP, CONSUMER, QUERY, COOKIE, BASIC, TOKEN)


def config(security: Any, auth: tuple[Any, ...] = ALL) -> ClientConfig:
    return ClientConfig(
        package="t", version="1", default_base_url="https://api.test", auth=auth, security=security
    )


def ep(security: Any = None) -> Endpoint:
    return Endpoint("GET", "/things", "list_things", security=security)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for scheme in ALL:
        monkeypatch.delenv(str(scheme.env), raising=False)
    monkeypatch.delenv("T_PASSWORD", raising=False)


def send(cfg: ClientConfig, credentials: dict[str, object], endpoint: Endpoint) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = SyncAPIClient(
        config=cfg,
        credentials=credentials,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._request(endpoint, cast_to=dict)
    return seen[-1]


def test_one_requirement_with_three_schemes_sends_all_three() -> None:
    cfg = config((("api_key", "application_id", "consumer_id"),))
    creds = {"api_key": "Bearer k", "application_id": "app", "consumer_id": "c1"}
    request = send(cfg, creds, ep())
    assert request.headers["authorization"] == "Bearer k"
    assert (request.headers["x-app-id"], request.headers["x-consumer-id"]) == ("app", "c1")


def test_a_missing_member_of_the_requirement_is_named_up_front() -> None:
    cfg = config((("api_key", "application_id", "consumer_id"),))
    with pytest.raises(APIError) as info:
        SyncAPIClient(config=cfg, credentials={"api_key": "k"})
    message = str(info.value)
    assert message == (
        "Missing credentials: pass `application_id=` (or set the T_APPLICATION_ID environment "
        "variable) and `consumer_id=` (or set the T_CONSUMER_ID environment variable)."
    )
    assert "`api_key=`" not in message


def test_alternatives_list_what_each_misses() -> None:
    cfg = config((("api_key", "consumer_id"), ("bearer_token",)))
    with pytest.raises(APIError) as info:
        SyncAPIClient(config=cfg, credentials={"api_key": "k"})
    assert str(info.value) == (
        "Missing credentials: pass either `consumer_id=` (or set the T_CONSUMER_ID environment "
        "variable); or `bearer_token=` (or set the T_BEARER_TOKEN environment variable)."
    )


def test_alternatives_first_satisfied_wins_and_explicit_beats_env(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cfg = config((("api_key",), ("bearer_token",)))
    request = send(cfg, {"bearer_token": "tok"}, ep())
    assert request.headers["authorization"] == "Bearer tok"
    monkeypatch.setenv("T_API_KEY", "from-env")
    request = send(cfg, {"bearer_token": "tok"}, ep())  # the argument, not the env var
    assert request.headers["authorization"] == "Bearer tok"
    request = send(cfg, {}, ep())
    assert request.headers["authorization"] == "from-env"


def test_key_in_query_and_cookie_and_basic() -> None:
    cfg = config((("query_key", "session", "username"),))
    creds = {"query_key": "q s", "session": "s;1", "username": "ann", "password": "pw:x"}
    request = send(cfg, creds, ep())
    assert request.url.params["api_key"] == "q s"
    assert request.headers["cookie"] == "SID=s%3B1"
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"ann:pw:x").decode()


def test_basic_needs_both_halves() -> None:
    with pytest.raises(APIError, match=r"`password=` \(or set the T_PASSWORD"):
        SyncAPIClient(config=config((("username",),)), credentials={"username": "ann"})


def test_cookie_credential_joins_cookie_parameters() -> None:
    seen: list[httpx.Request] = []
    client = SyncAPIClient(
        config=config((("session",),)),
        credentials={"session": "abc"},
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={}))
        ),
    )
    client._request(ep(), headers={"Cookie": "theme=dark"}, cast_to=dict)
    assert seen[0].headers["cookie"] == "theme=dark; SID=abc"


def test_operation_security_overrides_the_client_including_none_and_optional() -> None:
    cfg = config((("api_key",),))
    creds: dict[str, object] = {"api_key": "k", "session": "s"}
    assert "authorization" not in send(cfg, creds, ep(())).headers  # security: []
    request = send(cfg, creds, ep((("session",),)))
    assert (request.headers["cookie"], "authorization" in request.headers) == ("SID=s", False)
    # optional auth ({} in the list): sent when configured, nothing (and no error) otherwise
    assert send(cfg, creds, ep((("api_key",), ()))).headers["authorization"] == "k"
    assert "cookie" not in send(cfg, {"api_key": "k"}, ep((("session",), ()))).headers


def test_operation_requirement_missing_is_raised_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = SyncAPIClient(
        config=config((("api_key",),)),
        credentials={"api_key": "k"},
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))
        ),
    )
    with pytest.raises(APIError, match=r"^Missing credentials for GET /things: pass `session=`"):
        client._request(ep((("session",),)), cast_to=dict)
    assert sent == []


def test_env_vars_supply_every_credential(monkeypatch: pytest.MonkeyPatch) -> None:
    for var, value in (("T_API_KEY", "k"), ("T_APPLICATION_ID", "a"), ("T_CONSUMER_ID", "c")):
        monkeypatch.setenv(var, value)
    request = send(config((("api_key", "application_id", "consumer_id"),)), {}, ep())
    assert [request.headers[h] for h in ("authorization", "x-app-id", "x-consumer-id")] == [
        "k",
        "a",
        "c",
    ]


def test_bearer_callable_is_called_for_every_attempt() -> None:
    tokens = iter(["t1", "t2", "t3"])
    replies = iter([503, 200, 200])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(next(replies), json={})

    client = SyncAPIClient(
        config=config((("bearer_token",),)),
        credentials={"bearer_token": lambda: next(tokens)},
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        sleep=lambda s: None,
    )
    client._request(ep(), cast_to=dict)
    client._request(ep(), cast_to=dict)
    assert [r.headers["authorization"] for r in seen] == ["Bearer t1", "Bearer t2", "Bearer t3"]
    assert "t3" not in repr(seen[-1].headers)
    assert client._redactor.redact("token t2 and t3") == "token <redacted> and <redacted>"


def test_async_client_awaits_an_async_callable_and_calls_a_sync_one() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    async def fresh() -> str:
        return "async-tok"

    sources: list[Callable[[], str | Awaitable[str]]] = [fresh, lambda: "sync-tok"]

    async def main() -> None:
        for source in sources:
            client = AsyncAPIClient(
                config=config((("bearer_token",),)),
                credentials={"bearer_token": source},
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
            )
            await client._request(ep(), cast_to=dict)

    asyncio.run(main())
    assert [r.headers["authorization"] for r in seen] == ["Bearer async-tok", "Bearer sync-tok"]


def test_sync_client_refuses_an_async_callable() -> None:
    async def fresh() -> str:
        return "x"

    with pytest.raises(TypeError, match="async client"):
        send(config((("bearer_token",),)), {"bearer_token": fresh}, ep())


def test_only_bearer_tokens_may_be_callables() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        Auth(config((("api_key",),)), {"api_key": lambda: "k"}, environ={})


def test_query_and_header_credentials_are_redacted_in_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    cfg = config((("query_key", "consumer_id"),))
    client = SyncAPIClient(
        config=cfg,
        credentials={"query_key": "qsecret", "consumer_id": "csecret"},
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500))),
        max_retries=0,
    )
    client._log.setLevel(logging.DEBUG)
    with caplog.at_level(logging.DEBUG, logger="t"), pytest.raises(APIError) as info:
        client._request(ep(), cast_to=dict)
    text = caplog.text + str(info.value) + repr(info.value)
    assert "qsecret" not in text
    assert "csecret" not in text
    assert "api_key=<redacted>" in caplog.text
    assert client._redactor.redact("https://x/?a=1&api_key=other") == (
        "https://x/?a=1&api_key=<redacted>"
    )
    assert "x-consumer-id" in client._redactor.header_names


def test_legacy_config_without_security_takes_any_one_scheme() -> None:
    cfg = ClientConfig(package="t", version="1", default_base_url="https://x", auth=(KEY, TOKEN))
    with pytest.raises(APIError, match=r"either `api_key=`.*; or `bearer_token=`"):
        Auth(cfg, {}, environ={})
    assert Auth(cfg, {"bearer_token": "t"}, environ={}).client_headers() == {
        "Authorization": "Bearer t"
    }


def test_unknown_argument_and_scheme() -> None:
    with pytest.raises(APIError, match="Unknown credential argument"):
        Auth(config(()), {"nope": "x"}, environ={})
    with pytest.raises(APIError, match="`ghost` scheme"):
        Auth(config((("ghost",),)), {}, environ={})
    with pytest.raises(TypeError, match="exactly one"):
        ApiKeyAuth(name="k", header="a", query="b")

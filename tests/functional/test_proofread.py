"""Functional: the committed `heygen` package against a real HTTP server on 127.0.0.1.

Asserts what went over the wire (method, path, credentials, JSON body) and what came back, for
the sync and the async client, and that each documented error status raises its class with every
field filled from the body and headers.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from heygen import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncHeyGen,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HeyGen,
    InternalServerError,
    RateLimitError,
)
from heygen.models import (
    AssetId,
    AssetUrl,
    CreateProofreadResponse,
    ProofreadStatus,
    VideoTranslationMode,
)

from tests.support.fault_server import FaultServer, Reply, free_port

PATH = "/v3/video-translations/proofreads"
OK = Reply(200, json={"data": {"proofread_ids": ["pr_1", "pr_2"], "status": "processing"}})
KEY = "hg-test-key-123"


def _client(server: FaultServer, **kwargs: Any) -> HeyGen:
    return HeyGen(api_key=KEY, base_url=server.url, **kwargs)


def test_create_proofread_sends_the_documented_request(fault_server: FaultServer) -> None:
    fault_server.script(OK)
    with _client(fault_server) as client:
        result = client.video_translations.proofreads.create(
            video=AssetUrl(url="https://cdn.example.com/v.mp4"),
            output_languages=["es", "fr"],
            title="Demo",
        )
    assert isinstance(result, CreateProofreadResponse)
    assert result.proofread_ids == ["pr_1", "pr_2"]
    assert result.status is ProofreadStatus.PROCESSING
    (request,) = fault_server.requests
    assert request.method == "POST"
    assert request.path == PATH
    assert request.headers["x-api-key"] == KEY
    assert "authorization" not in request.headers
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("heygen-python/")
    # Only what the caller set is sent; the discriminator is sent without being repeated.
    assert request.json == {
        "video": {"type": "url", "url": "https://cdn.example.com/v.mp4"},
        "output_languages": ["es", "fr"],
        "title": "Demo",
    }
    # An idempotency key is generated for the create call.
    assert len(request.headers["idempotency-key"]) == 36


def test_optional_fields_and_explicit_null_are_sent(fault_server: FaultServer) -> None:
    fault_server.script(OK)
    with _client(fault_server) as client:
        client.video_translations.proofreads.create(
            video=AssetId(asset_id="as_1"),
            output_languages=["de"],
            title="T",
            brand_glossary_id="bg_1",
            brand_voice_id=None,
            mode=VideoTranslationMode.PRECISION,
            srt=AssetUrl(url="https://x/s.srt"),
            enable_video_stretching=True,
            idempotency_key="my-key-1",
        )
    (request,) = fault_server.requests
    assert request.headers["idempotency-key"] == "my-key-1"
    assert request.json == {
        "video": {"type": "asset_id", "asset_id": "as_1"},
        "output_languages": ["de"],
        "title": "T",
        "brand_glossary_id": "bg_1",
        "brand_voice_id": None,
        "mode": "precision",
        "srt": {"type": "url", "url": "https://x/s.srt"},
        "enable_video_stretching": True,
    }


def test_async_create_proofread(fault_server: FaultServer) -> None:
    fault_server.script(OK)

    async def main() -> CreateProofreadResponse:
        async with AsyncHeyGen(api_key=KEY, base_url=fault_server.url) as client:
            return await client.video_translations.proofreads.create(
                video=AssetUrl(url="https://cdn.example.com/v.mp4"),
                output_languages=["es"],
                title="Demo",
            )

    result = asyncio.run(main())
    assert result.proofread_ids == ["pr_1", "pr_2"]
    (request,) = fault_server.requests
    assert (request.method, request.path, request.headers["x-api-key"]) == ("POST", PATH, KEY)
    assert request.json["video"] == {"type": "url", "url": "https://cdn.example.com/v.mp4"}


def test_bearer_token_is_sent_instead_of_the_api_key(fault_server: FaultServer) -> None:
    fault_server.script(OK)
    with HeyGen(bearer_token="tok_abc", base_url=fault_server.url) as client:
        client.video_translations.proofreads.create(
            video=AssetUrl(url="u"), output_languages=["es"], title="t"
        )
    (request,) = fault_server.requests
    assert request.headers["authorization"] == "Bearer tok_abc"
    assert "x-api-key" not in request.headers


def test_environment_fallbacks(fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", "from-env")
    monkeypatch.setenv("HEYGEN_BASE_URL", fault_server.url)
    fault_server.script(OK)
    with HeyGen() as client:
        client.video_translations.proofreads.create(
            video=AssetUrl(url="u"), output_languages=["es"], title="t"
        )
    assert fault_server.requests[0].headers["x-api-key"] == "from-env"


def test_credentials_are_required_and_alternatives(
    monkeypatch: pytest.MonkeyPatch, fault_server: FaultServer
) -> None:
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    monkeypatch.delenv("HEYGEN_BEARER_TOKEN", raising=False)
    with pytest.raises(APIError, match=r"either `api_key=`.*HEYGEN_API_KEY.*; or `bearer_token="):
        HeyGen()
    # the spec lists the two as alternatives: with both, the first (the API key) is sent
    fault_server.script(OK)
    with HeyGen(api_key="a", bearer_token="b", base_url=fault_server.url) as client:
        client.video_translations.proofreads.create(
            video=AssetUrl(url="u"), output_languages=["es"], title="t"
        )
    (request,) = fault_server.requests
    assert request.headers["x-api-key"] == "a"
    assert "authorization" not in request.headers


def test_base_url_defaults_to_the_spec_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEYGEN_BASE_URL", raising=False)
    with HeyGen(api_key="k") as client:
        assert client.base_url == "https://api.heygen.com"


def _error(code: str, message: str, param: str | None = None) -> dict[str, Any]:
    return {
        "error": {
            "code": code,
            "message": message,
            "param": param,
            "doc_url": f"https://docs/{code}",
        }
    }


@pytest.mark.parametrize(
    ("status", "cls", "code"),
    [
        (400, BadRequestError, "invalid_parameter"),
        (401, AuthenticationError, "authentication_failed"),
        (409, ConflictError, "request_in_progress"),
        (429, RateLimitError, "rate_limit_exceeded"),
        (500, InternalServerError, "internal_error"),
        (418, APIStatusError, "teapot"),
    ],
)
def test_documented_error_statuses_raise_their_class(
    fault_server: FaultServer, status: int, cls: type[APIStatusError], code: str
) -> None:
    headers = {"x-request-id": f"req_{status}", "Retry-After": "7"}
    fault_server.script(
        Reply(status, json=_error(code, f"failed {status}", "video"), headers=headers)
    )
    with _client(fault_server, max_retries=0) as client, pytest.raises(cls) as info:
        client.video_translations.proofreads.create(
            video=AssetUrl(url="u"), output_languages=["es"], title="t"
        )
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert (err.code, err.message, err.param, err.doc_url) == (
        code,
        f"failed {status}",
        "video",
        f"https://docs/{code}",
    )
    assert err.request_id == f"req_{status}"
    assert err.response.status_code == status
    if isinstance(err, RateLimitError):
        assert err.retry_after == 7.0
    assert len(fault_server.requests) == 1


def test_connection_and_timeout_errors(fault_server: FaultServer) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    with (
        HeyGen(api_key=KEY, base_url=closed, max_retries=0) as client,
        pytest.raises(APIConnectionError),
    ):
        client.video_translations.proofreads.create(
            video=AssetUrl(url="u"), output_languages=["es"], title="t"
        )
    fault_server.script(Reply(200, json={"data": {}}, delay=1.0))
    with _client(fault_server, max_retries=0) as client, pytest.raises(APITimeoutError):
        client.video_translations.proofreads.create(
            video=AssetUrl(url="u"), output_languages=["es"], title="t", timeout=0.2
        )


def test_raw_response_exposes_status_headers_and_key(fault_server: FaultServer) -> None:
    fault_server.script(Reply(200, json=OK.json, headers={"x-request-id": "req_9"}))
    with _client(fault_server) as client:
        raw = client.with_raw_response.video_translations.proofreads.create(
            video=AssetUrl(url="u"), output_languages=["es"], title="t", idempotency_key="k-1"
        )
    assert raw.status_code == 200
    assert raw.request_id == "req_9"
    assert raw.idempotency_key == "k-1"
    assert raw.parse().proofread_ids == ["pr_1", "pr_2"]


def test_resource_namespaces_belong_to_their_client(fault_server: FaultServer) -> None:
    with _client(fault_server) as client:
        assert client.video_translations is client.video_translations  # built once
        copy = client.with_options(max_retries=0)
        assert copy.video_translations is not client.video_translations
        assert copy.video_translations._client is copy

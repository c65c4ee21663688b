"""Contract: the committed `heygen` package's create_proofread, sync and async, through Prism
serving openapi/external-api.json.

Three argument sets: required fields only; every optional field with a value (and an explicit
Idempotency-Key); every nullable field as None. Each passes when Prism answered 2xx without a
violation, the JSON body on the wire is exactly the arguments', and the result parsed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from heygen import APIStatusError, AsyncHeyGen, HeyGen
from heygen.models import AssetId, AssetUrl, CreateProofreadResponse, VideoTranslationMode

from tests.conftest import SPEC
from tests.contract.prism import Recorder, prism_server, requires_prism

pytestmark = requires_prism

PATH = "/v3/video-translations/proofreads"
API_KEY = "contract-test-key"
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_\-:.]{1,255}$")

REQUIRED: dict[str, Any] = {
    "video": AssetUrl(url="https://example.com/media/source.mp4"),
    "output_languages": ["es"],
    "title": "Contract demo",
}
ALL_FIELDS: dict[str, Any] = {
    "video": AssetId(asset_id="asset_123"),
    "output_languages": ["es", "fr"],
    "title": "Contract demo",
    "brand_voice_id": "bv_1",
    "brand_glossary_id": "bg_1",
    "speaker_num": 2,
    "folder_id": "folder_1",
    "enable_video_stretching": True,
    "disable_music_track": True,
    "enable_speech_enhancement": True,
    "srt": AssetUrl(url="https://example.com/media/source.srt"),
    "mode": VideoTranslationMode.PRECISION,
    "keep_the_same_format": True,
    "idempotency_key": "contract-key_1:2.3",
}
NULLS: dict[str, Any] = {
    **REQUIRED,
    "brand_voice_id": None,
    "brand_glossary_id": None,
    "speaker_num": None,
    "folder_id": None,
    "srt": None,
}
CASES = [
    pytest.param(REQUIRED, id="required"),
    pytest.param(ALL_FIELDS, id="all-fields"),
    pytest.param(NULLS, id="nulls"),
]


@pytest.fixture(scope="session")
def proofread_prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with prism_server(SPEC, tmp_path_factory.mktemp("contract_proofread") / "prism.log") as url:
        yield url


def _wire_body(arguments: dict[str, Any]) -> dict[str, Any]:
    """The JSON body the arguments must produce."""
    body: dict[str, Any] = {}
    for name, value in arguments.items():
        if name == "idempotency_key":
            continue
        if isinstance(value, AssetUrl | AssetId):
            value = value.model_dump(mode="json")
        elif isinstance(value, VideoTranslationMode):
            value = value.value
        body[name] = value
    return body


def _check(recorder: Recorder, arguments: dict[str, Any], result: Any) -> None:
    recorder.assert_accepted()
    assert isinstance(result, CreateProofreadResponse)
    assert result.proofread_ids
    (sent,) = recorder.exchanges
    assert sent.method == "POST"
    assert sent.url.endswith(PATH)
    assert json.loads(sent.content) == _wire_body(arguments)
    key = sent.headers.get("idempotency-key", "")
    assert KEY_PATTERN.match(key), f"Idempotency-Key {key!r}"
    if "idempotency_key" in arguments:
        assert key == arguments["idempotency_key"]


@pytest.mark.parametrize("arguments", CASES)
def test_create_proofread_sync(proofread_prism: str, arguments: dict[str, Any]) -> None:
    recorder = Recorder()
    with (
        recorder.sync_client() as http,
        HeyGen(
            api_key=API_KEY, base_url=proofread_prism, max_retries=0, http_client=http
        ) as client,
    ):
        result = client.video_translations.proofreads.create(**arguments)
    _check(recorder, arguments, result)


@pytest.mark.parametrize("arguments", CASES)
async def test_create_proofread_async(proofread_prism: str, arguments: dict[str, Any]) -> None:
    recorder = Recorder()
    async with (
        recorder.async_client() as http,
        AsyncHeyGen(
            api_key=API_KEY, base_url=proofread_prism, max_retries=0, http_client=http
        ) as client,
    ):
        result = await client.video_translations.proofreads.create(**arguments)
    _check(recorder, arguments, result)


def test_prism_rejects_an_invalid_request(proofread_prism: str) -> None:
    """The harness itself: a body Prism must refuse (an unknown field where the schema forbids
    one) raises in the client and shows up as a request violation, so a clean pass means
    Prism really checked the others."""
    recorder = Recorder()
    with (
        recorder.sync_client() as http,
        HeyGen(
            api_key=API_KEY, base_url=proofread_prism, max_retries=0, http_client=http
        ) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.video_translations.proofreads.create(**REQUIRED, extra_body={"not_a_field": 1})
    assert 400 <= caught.value.status_code < 500
    (sent,) = recorder.exchanges
    assert any(v.get("location", [None])[0] == "request" for v in sent.violations), sent
    with pytest.raises(pytest.fail.Exception, match="Prism rejected the request"):
        recorder.assert_accepted()

"""Functional: request arguments given as dicts and strings go over the wire exactly as the
equivalent models do, and a bad one is refused, naming the field, before anything is sent.

Against a real HTTP server on 127.0.0.1: the committed `heygen` package (the proofread call, a
union body, the async client) and a package generated from the `request_objects` feature spec
(wire names that are not Python names, dates, enums, read-only keys).
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
from typing import Any

import pydantic
import pytest
from heygen import APIError, AsyncHeyGen, HeyGen, InvalidArgumentError
from heygen.models import (
    AssetId,
    AssetUrl,
    CreateVideoAvatarRequest,
    VideoTranslationMode,
)
from heygen.params import AssetUrlParam

from tests.conftest import ROOT
from tests.support.fault_server import FaultServer, Reply

PROOFREAD = Reply(200, json={"data": {"proofread_ids": ["pr_1"], "status": "processing"}})
AVATAR = Reply(200, json={"data": {"avatar_item": None}})
FEATURE_SPEC = ROOT / "tests" / "golden" / "specs" / "request_objects.yaml"


def _client(server: FaultServer) -> HeyGen:
    return HeyGen(api_key="hg-key", base_url=server.url, max_retries=0)


def test_dicts_and_strings_send_the_bytes_the_models_send(fault_server: FaultServer) -> None:
    fault_server.script(PROOFREAD, PROOFREAD)
    with _client(fault_server) as client:
        client.video_translations.proofreads.create(
            video={"type": "url", "url": "https://cdn.example.com/v.mp4"},
            output_languages=["es", "fr"],
            title="Demo",
            mode="precision",
            srt={"type": "asset_id", "asset_id": "srt_1"},
            folder_id=None,
            idempotency_key="key-1",
        )
        client.video_translations.proofreads.create(
            video=AssetUrl(url="https://cdn.example.com/v.mp4"),
            output_languages=["es", "fr"],
            title="Demo",
            mode=VideoTranslationMode.PRECISION,
            srt=AssetId(asset_id="srt_1"),
            folder_id=None,
            idempotency_key="key-1",
        )
    with_dicts, with_models = fault_server.requests
    assert with_dicts.body == with_models.body
    assert with_dicts.json == {
        "video": {"type": "url", "url": "https://cdn.example.com/v.mp4"},
        "output_languages": ["es", "fr"],
        "title": "Demo",
        "mode": "precision",
        "srt": {"type": "asset_id", "asset_id": "srt_1"},
        "folder_id": None,
    }


def test_a_union_body_as_a_dict_is_sent_as_its_model(fault_server: FaultServer) -> None:
    fault_server.script(AVATAR, AVATAR)
    file: AssetUrlParam = {"type": "url", "url": "https://cdn.example.com/me.mp4"}
    with _client(fault_server) as client:
        client.avatars.create(body={"type": "video", "name": "Me", "file": file})
        client.avatars.create(
            body=CreateVideoAvatarRequest(name="Me", file=AssetUrl(url=file["url"]))
        )
    with_dict, with_model = fault_server.requests
    assert with_dict.body == with_model.body
    assert with_dict.json == {"type": "video", "name": "Me", "file": file}


@pytest.mark.parametrize(
    ("arguments", "path", "problem"),
    [
        ({"video": {"type": "url"}}, "video.url", "Field required"),
        ({"video": {"type": "url", "url": 5}}, "video.url", "valid string"),
        ({"srt": {"type": "asset_id"}}, "srt.asset_id", "Field required"),
        ({"output_languages": []}, "output_languages", "at least 1 item"),
        (
            {"video": {"type": "url", "url": "https://e.com/v", "urls": "x"}},
            "video.urls",
            "unknown key: AssetUrl has no such field",
        ),
    ],
    ids=["missing key", "wrong type", "missing key in a union member", "constraint", "typo"],
)
def test_a_bad_argument_raises_the_package_error_and_sends_nothing(
    fault_server: FaultServer, arguments: dict[str, Any], path: str, problem: str
) -> None:
    given: dict[str, Any] = {
        "video": {"type": "url", "url": "https://cdn.example.com/v.mp4"},
        "output_languages": ["es"],
        "title": "Demo",
    }
    with _client(fault_server) as client, pytest.raises(InvalidArgumentError) as caught:
        client.video_translations.proofreads.create(**{**given, **arguments})
    err = caught.value
    assert isinstance(err, APIError)
    assert isinstance(err, ValueError)
    assert not isinstance(err, pydantic.ValidationError)
    assert err.__cause__ is None
    assert err.__context__ is None or err.__suppress_context__
    assert err.path == path
    assert [p for p, _ in err.problems] == [path]
    assert problem in err.problems[0][1]
    assert f"{path}: " in str(err)
    assert fault_server.requests == []


def test_a_bad_union_body_names_the_member_the_tag_chose(fault_server: FaultServer) -> None:
    body: Any = {"type": "video", "name": "Me", "file": {"type": "url"}}
    with _client(fault_server) as client, pytest.raises(InvalidArgumentError) as caught:
        client.avatars.create(body=body)
    assert caught.value.problems == (("file.url", "Field required"),)
    body["file"] = {"type": "url", "url": "https://e.com/f", "title": "x"}
    with _client(fault_server) as client, pytest.raises(InvalidArgumentError) as caught:
        client.avatars.create(body=body)
    assert caught.value.path == "file.title"
    assert fault_server.requests == []


def test_the_async_client_takes_dicts_and_refuses_bad_ones(fault_server: FaultServer) -> None:
    fault_server.script(Reply(200, json={"data": {"lipsync_id": "l1"}}))

    async def main() -> None:
        async with AsyncHeyGen(api_key="k", base_url=fault_server.url) as client:
            await client.lipsyncs.create(
                video={"type": "asset_id", "asset_id": "v1"},
                audio={"type": "url", "url": "https://cdn.example.com/a.mp3"},
                mode="speed",
            )
            bad: Any = {"type": "asset_id"}
            with pytest.raises(InvalidArgumentError, match=r"audio\.asset_id: Field required"):
                await client.lipsyncs.create(video=bad | {"asset_id": "v"}, audio=bad)

    asyncio.run(main())
    (request,) = fault_server.requests
    assert request.json == {
        "video": {"type": "asset_id", "asset_id": "v1"},
        "audio": {"type": "url", "url": "https://cdn.example.com/a.mp3"},
        "mode": "speed",
    }


def test_feature_spec_dicts_use_wire_names_dates_and_leave_read_only_out(
    generated_package: Any, fault_server: FaultServer
) -> None:
    pkg = generated_package(FEATURE_SPEC, "request_objects_live")
    models = importlib.import_module("request_objects_live.models")
    params = importlib.import_module("request_objects_live.params")
    job = Reply(201, json={"id": "j1", "name": "n"})
    fault_server.script(job, job, Reply(204), Reply(204))
    day = datetime.date(2026, 4, 1)
    at = datetime.datetime(2026, 4, 1, 9, 30, tzinfo=datetime.UTC)
    with pkg.RequestObjects(base_url=fault_server.url, max_retries=0) as client:
        client.jobs.create(
            name="n",
            source={"type": "file", "file_id": "f1"},
            speed='o\'clock "q"',
            events=["job.failed", "job.created"],
            schedule={"start_date": day, "at": at, "every": 2},
            extra_sources=[{"type": "url", "url": "https://e.com/s"}],
        )
        client.jobs.create(
            name="n",
            source=models.FileSource(file_id="f1"),
            speed=models.Speed('o\'clock "q"'),
            events=[models.Event("job.failed"), models.Event("job.created")],
            schedule=models.Schedule(start_date=day, at=at, every=2),
            extra_sources=[models.UrlSource(url="https://e.com/s")],
        )
        client.sources.add(body={"type": "url", "url": "https://e.com/s"})
        client.sources.add(body=models.UrlSource(url="https://e.com/s"))
        with pytest.raises(pkg.InvalidArgumentError) as caught:
            client.jobs.create(name="n", source={"type": "url"}, schedule={"every": 0})
    first, second, third, fourth = fault_server.requests
    assert first.body == second.body
    assert third.body == fourth.body
    assert first.json["schedule"] == {
        "start-date": "2026-04-01",
        "at": "2026-04-01T09:30:00Z",
        "every": 2,
    }
    assert third.json == {"type": "url", "url": "https://e.com/s"}
    assert {p for p, _ in caught.value.problems} == {
        "source.url",
        "schedule.start_date",
        "schedule.every",
    }
    assert "id" not in params.ScheduleParam.__annotations__  # read-only: never sent

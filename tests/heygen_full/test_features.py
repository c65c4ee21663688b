"""Paging, uploads and polling of the whole HeyGen client, against a real server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.fault_server import FaultServer, RecordedRequest, Reply


def _video(i: int, status: str = "completed") -> dict[str, Any]:
    return {"id": f"v{i}", "title": f"Video {i}", "status": status, "created_at": 1700000000 + i}


def _pages(request: RecordedRequest) -> Reply:
    token = request.query.get("token", [None])[0]
    page = {None: 0, "t1": 1, "t2": 2}[token]
    items = [_video(page * 2 + 1), _video(page * 2 + 2)]
    more = page < 2
    return Reply(
        200, json={"data": items, "has_more": more, "next_token": f"t{page + 1}" if more else None}
    )


def test_list_iterates_lazily_over_every_page(
    full_pkg: ModuleType, fault_server: FaultServer
) -> None:
    fault_server.script(_pages, _pages, _pages)
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url)
    page = client.videos.list(limit=2)
    assert [v.id for v in page.data] == ["v1", "v2"]
    assert len(fault_server.requests) == 1  # nothing fetched beyond the first page yet
    iterator = iter(page)
    assert [next(iterator).id for _ in range(3)] == ["v1", "v2", "v3"]
    assert len(fault_server.requests) == 2  # the second page only when needed
    assert [v.id for v in iterator] == ["v4", "v5", "v6"]
    tokens = [r.query.get("token") for r in fault_server.requests]
    assert tokens == [None, ["t1"], ["t2"]]
    assert all(r.query["limit"] == ["2"] for r in fault_server.requests)


def test_async_list_supports_await_and_async_for(
    full_pkg: ModuleType, fault_server: FaultServer
) -> None:
    fault_server.script(_pages, _pages, _pages, _pages)

    async def main() -> tuple[list[str], list[str]]:
        client = full_pkg.AsyncHeyGen(api_key="k", base_url=fault_server.url)
        first = await client.videos.list()
        every = [v.id async for v in client.videos.list()]
        return [v.id for v in first.data], every

    first, every = asyncio.run(main())
    assert first == ["v1", "v2"]
    assert every == ["v1", "v2", "v3", "v4", "v5", "v6"]


def test_raw_list_returns_the_first_response_parsed_as_the_page(
    full_pkg: ModuleType, fault_server: FaultServer
) -> None:
    fault_server.script(_pages, _pages, _pages, _pages)
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url)
    raw = client.with_raw_response.videos.list(limit=2)
    assert raw.status_code == 200
    page = raw.parse()
    assert [v.id for v in page.data] == ["v1", "v2"]
    assert [v.id for v in page] == ["v1", "v2", "v3", "v4", "v5", "v6"]

    async def main() -> Any:
        async_client = full_pkg.AsyncHeyGen(api_key="k", base_url=fault_server.url)
        return await async_client.with_raw_response.videos.list(limit=2)

    async_raw = asyncio.run(main())
    assert async_raw.status_code == 200
    assert [v.id for v in async_raw.parse().data] == ["v1", "v2"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"data": [{"id": 1}], "has_more": False},
            "Response body does not match list: 2 error(s): 0.id: Input should be a valid string",
        ),
        ({"items": [], "has_more": False}, "Response body has no 'data' member."),
        ([1, 2], "Response body does not match dict: "),
    ],
)
def test_a_bad_page_raises_the_response_validation_error(
    full_pkg: ModuleType, fault_server: FaultServer, body: Any, message: str
) -> None:
    fault_server.script(Reply(200, json=body))
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url)
    with pytest.raises(full_pkg.APIResponseValidationError) as info:
        client.videos.list()
    assert str(info.value).startswith(message)


def test_the_cursor_wins_over_an_extra_query_cursor(
    full_pkg: ModuleType, fault_server: FaultServer
) -> None:
    fault_server.script(_pages, _pages, _pages)
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url)
    ids = [v.id for v in client.videos.list(extra_query={"token": None, "x": "1"})]
    assert ids == ["v1", "v2", "v3", "v4", "v5", "v6"]
    assert [r.query.get("token") for r in fault_server.requests] == [None, ["t1"], ["t2"]]
    assert all(r.query["x"] == ["1"] for r in fault_server.requests)


@pytest.mark.parametrize("kind", ["path", "bytes", "file"])
def test_upload_accepts_a_path_bytes_or_a_file(
    full_pkg: ModuleType, fault_server: FaultServer, tmp_path: Path, kind: str
) -> None:
    content = b"\x89PNG fake image bytes"
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    value: Any = {"path": path, "bytes": content, "file": io.BytesIO(content)}[kind]
    fault_server.script(
        Reply(
            200,
            json={
                "data": {
                    "asset_id": "as_1",
                    "url": "https://x/a.png",
                    "mime_type": "image/png",
                    "size_bytes": 20,
                }
            },
        )
    )
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url)
    result = client.assets.upload(file=value)
    assert result.asset_id == "as_1"
    (request,) = fault_server.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert content in request.body
    assert b'name="file"' in request.body
    if kind == "path":
        assert b'filename="logo.png"' in request.body


def test_upload_refuses_a_bare_string(full_pkg: ModuleType) -> None:
    client = full_pkg.HeyGen(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match=r"pathlib\.Path"):
        client.assets.upload(file="logo.png")


def _statuses(*states: str) -> list[Reply]:
    return [Reply(200, json={"data": _video(1, s)}) for s in states]


def test_wait_for_video_polls_until_completed(
    full_pkg: ModuleType, fault_server: FaultServer
) -> None:
    fault_server.script(*_statuses("pending", "processing", "completed"))
    waits: list[float] = []
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url).with_options(
        sleep=waits.append
    )
    video = client.videos.poll(video_id="v1", interval=1.0)
    assert video.status.value == "completed"
    assert len(fault_server.requests) == 3
    assert waits == [1.0, 1.5]
    assert {r.path for r in fault_server.requests} == {"/v3/videos/v1"}


def test_wait_for_video_raises_on_failure(full_pkg: ModuleType, fault_server: FaultServer) -> None:
    fault_server.script(*_statuses("processing", "failed"))
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url).with_options(
        sleep=lambda s: None
    )
    with pytest.raises(full_pkg.PollingFailedError) as info:
        client.videos.poll(video_id="v1")
    assert info.value.status == "failed"
    assert info.value.result.id == "v1"


def test_wait_for_video_times_out(full_pkg: ModuleType, fault_server: FaultServer) -> None:
    fault_server.script(*_statuses(*["processing"] * 10))
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url).with_options(
        sleep=lambda s: None
    )
    with pytest.raises(full_pkg.PollingTimeoutError, match="still 'processing'"):
        client.videos.poll(video_id="v1", timeout=0.0)
    assert len(fault_server.requests) == 1


def test_async_wait_for_proofread(full_pkg: ModuleType, fault_server: FaultServer) -> None:
    proofread = {"id": "p1", "title": "t", "status": "processing", "output_language": "es"}
    fault_server.script(
        Reply(200, json={"data": proofread}),
        Reply(200, json={"data": {**proofread, "status": "completed"}}),
    )

    async def no_wait(seconds: float) -> None:
        return None

    async def main() -> Any:
        client = full_pkg.AsyncHeyGen(api_key="k", base_url=fault_server.url).with_options(
            sleep=no_wait
        )
        return await client.video_translations.proofreads.poll(proofread_id="p1")

    result = asyncio.run(main())
    assert result.status.value == "completed"
    assert [r.path for r in fault_server.requests] == ["/v3/video-translations/proofreads/p1"] * 2

"""HeyGen's own paging rule for a session's resources (openapi/overrides.toml): items at
``data.resources``, the cursor at ``data.next_cursor`` going back in ``token``, against a real
server on 127.0.0.1."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

from tests.support.fault_server import FaultServer, RecordedRequest, Reply


def _resources(request: RecordedRequest) -> Reply:
    token = request.query.get("token", [None])[0]
    following = {None: "r2", "r2": "r3", "r3": None}[token]
    number = {None: 1, "r2": 2, "r3": 3}[token]
    resources = [{"resource_id": f"res{number}", "resource_type": "image"}]
    return Reply(200, json={"data": {"resources": resources, "next_cursor": following}})


def test_session_resources_page_by_the_nested_cursor(
    full_pkg: ModuleType, fault_server: FaultServer
) -> None:
    fault_server.default = _resources
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url)
    found = [r.resource_id for r in client.video_agents.sessions.resources.list("s1", limit=1)]

    async def main() -> list[Any]:
        pager = full_pkg.AsyncHeyGen(api_key="k", base_url=fault_server.url)
        return [r async for r in pager.video_agents.sessions.resources.list("s1", limit=1)]

    assert [r.resource_id for r in asyncio.run(main())] == found == ["res1", "res2", "res3"]
    assert all(type(r).__name__ == "SessionResource" for r in asyncio.run(main()))
    requests = fault_server.requests[:3]
    assert [r.path for r in requests] == ["/v3/video-agents/sessions/s1/resources"] * 3
    assert [r.query for r in requests] == [
        {"limit": ["1"]},
        {"limit": ["1"], "token": ["r2"]},
        {"limit": ["1"], "token": ["r3"]},
    ]

"""GitHub's REST description with Link-header paging configured in an overrides file (nothing in
the generator knows GitHub): every list operation (a GET with ``per_page`` whose response is an
array, or an object with one array member) pages by ``Link: <…>; rel="next"``. The generated
client pages through a real server on 127.0.0.1 that answers only the exact targets of its pages.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import generate
from tests.conftest import shared_spec
from tests.functional.paging_fixtures import Page, PageServer

OVERRIDES = """
[client]
package = "github_paged"
name = "GitHub"
env_prefix = "GITHUB"

[paging]
reason = "GitHub pages its lists with per_page/page and names the next page's URL in the Link header."
items = "*"
next_link = "next"
match_params = ["per_page"]
"""


@pytest.fixture(scope="module")
def github(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str, dict[str, Any]]]:
    spec = shared_spec("github-rest-api-3.0.json")
    tmp = tmp_path_factory.mktemp("github_paged")
    (tmp / "overrides.toml").write_text(OVERRIDES, encoding="utf-8")
    result = generate(spec, package="github_paged", overrides_path=tmp / "overrides.toml")
    write(result.files, tmp / "out")
    sys.path.insert(0, str(tmp / "out"))
    doc = json.loads(spec.read_text(encoding="utf-8"))
    yield importlib.import_module("github_paged"), result.files["github_paged/api.md"], doc
    sys.path.remove(str(tmp / "out"))
    for name in [m for m in sys.modules if m.split(".")[0] == "github_paged"]:
        del sys.modules[name]


def _param(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        found: dict[str, Any] = doc["components"]["parameters"][node["$ref"].rsplit("/", 1)[1]]
        return found
    return node


def _sections(api: str) -> dict[str, str]:
    """api.md's sections by ``METHOD /path``."""
    found = re.split(r"^### ", api, flags=re.MULTILINE)[1:]
    return {m.group(1): s for s in found if (m := re.search(r" — `([A-Z]+ [^`]+)`", s))}


def test_every_list_operation_pages_by_the_link_header(github: tuple[Any, str, Any]) -> None:
    _, api, doc = github
    sections = _sections(api)
    paged = {k for k, s in sections.items() if "-> SyncPage[" in s}
    rule = "Pages: the `Link` header's `rel=next` URL"
    assert paged == {k for k, s in sections.items() if rule in s}
    with_per_page = {
        f"GET {path}"
        for path, item in doc["paths"].items()
        if "get" in item
        and "per_page" in {_param(doc, p)["name"] for p in item["get"].get("parameters", [])}
    }
    assert paged <= with_per_page
    assert len(paged) >= 270  # of 280: the rest have no single array in their response
    assert "GET /repos/{owner}/{repo}/pulls" in paged
    assert "GET /repos/{owner}/{repo}/actions/runs" in paged  # {total_count, workflow_runs}
    assert "items at `workflow_runs`" in sections["GET /repos/{owner}/{repo}/actions/runs"]
    assert "GET /repos/{owner}/{repo}/pulls/{pull_number}" not in paged


def _link(server: PageServer, page: int, last: int) -> dict[str, str]:
    base = "/repos/o/r/pulls?per_page=2"
    links = [f'<{server.url}{base}&page={page + 1}>; rel="next"'] if page < last else []
    links.append(f'<{server.url}{base}&page={last}>; rel="last"')
    return {"Link": ", ".join(links)}


def _example_pull(doc: dict[str, Any]) -> dict[str, Any]:
    """The spec's own example of a listed pull request."""
    media = doc["paths"]["/repos/{owner}/{repo}/pulls"]["get"]["responses"]["200"]["content"]
    ref = media["application/json"]["examples"]["default"]["$ref"]
    example: dict[str, Any] = doc["components"]["examples"][ref.rsplit("/", 1)[1]]["value"][0]
    return example


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pull_requests_page_through_link_headers(github: tuple[Any, str, Any], mode: str) -> None:
    pkg, _, doc = github
    example = _example_pull(doc)

    def _pull(number: int) -> dict[str, Any]:
        return {**example, "number": number, "requested_teams": []}

    with PageServer().running() as server:
        base = "/repos/o/r/pulls?per_page=2"
        server.pages = {
            base: Page([_pull(1), _pull(2)], _link(server, 1, 3)),
            f"{base}&page=2": Page([_pull(3), _pull(4)], _link(server, 2, 3)),
            f"{base}&page=3": Page([_pull(5)], _link(server, 3, 3)),
        }
        options = {"base_url": server.url, "default_headers": {"Authorization": "token t"}}
        if mode == "sync":
            pages = list(pkg.GitHub(**options).repos.pulls.list("o", "r", per_page=2).iter_pages())
            numbers = [[pr.number for pr in p.data] for p in pages]
            items = [p.data[0] for p in pages]
        else:

            async def main() -> tuple[list[list[int]], list[Any]]:
                pager = pkg.AsyncGitHub(**options).repos.pulls.list("o", "r", per_page=2)
                found = [p async for p in pager.iter_pages()]
                return [[pr.number for pr in p.data] for p in found], [p.data[0] for p in found]

            numbers, items = asyncio.run(main())
    assert numbers == [[1, 2], [3, 4], [5]]
    assert all(type(i) is pkg.models.PullRequestSimple for i in items)
    assert server.targets() == [base, f"{base}&page=2", f"{base}&page=3"]
    assert all(s.headers["authorization"] == "token t" for s in server.seen)

"""One module per resource, nested as its path is, each imported when its accessor is first read.

An inline spec three levels deep (``orgs.teams.members``), with a top-level resource whose key
collides with a nested one's (``orgs_teams`` and ``orgs.teams``) and a nested resource named like
a function the resource modules call (``cast``). A fresh interpreter shows which resource and
model modules each step loads: a resource's module is imported when its accessor is first
read, and a model is built when a call first needs it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "nest_sdk"


def _get(op_id: str, schema: str, *params: str) -> dict[str, Any]:
    ok = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {
        "get": {
            "operationId": op_id,
            "parameters": [
                {"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
                for n in params
            ],
            "responses": {"200": {"description": "ok", "content": ok}},
        }
    }


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Nest", "version": "1"},
    "servers": [{"url": "http://127.0.0.1"}],
    "paths": {
        "/orgs": _get("listOrgs", "Org"),
        "/orgs/{org}/teams": _get("listTeams", "Team", "org"),
        "/orgs/{org}/teams/{team}/members": _get("listMembers", "Member", "org", "team"),
        "/orgs/{org}/teams/{team}/cast/{id}": _get("getCast", "Actor", "org", "team", "id"),
        "/orgs_teams": _get("listOrgsTeams", "Org"),
    },
    "components": {
        "schemas": {
            name: {"type": "object", "properties": {"id": {"type": "string"}}}
            for name in ("Org", "Team", "Member", "Actor")
        }
    },
}

# Run in a fresh interpreter: after each step, the resource and model modules loaded so far.
STEPS = """
import json, sys, threading, typing
import httpx
import nest_sdk

def loaded():
    res = sorted(m.removeprefix("nest_sdk.resources.") for m in sys.modules
                 if m.startswith("nest_sdk.resources."))
    models = sorted(m.removeprefix("nest_sdk.models.") for m in sys.modules
                    if m.startswith("nest_sdk.models."))
    return {"resources": res, "models": models}

def reply(request):
    return httpx.Response(200, json={"id": request.url.path})

client = nest_sdk.Nest(http_client=httpx.Client(transport=httpx.MockTransport(reply)))
steps = {"import": loaded()}
client.orgs
steps["orgs"] = loaded()
client.orgs.teams
steps["orgs.teams"] = loaded()
found = []
threads = [threading.Thread(target=lambda: found.append(client.orgs.teams.members))
           for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
steps["orgs.teams.members"] = loaded()
steps["one members namespace"] = len({id(f) for f in found}) == 1 and found[0] is client.orgs.teams.members
client.orgs.teams.cast
# `cast` is now an attribute of the `orgs.teams` package; the class module still calls typing.cast
steps["teams.list after cast"] = client.orgs.teams.list("o").id
steps["called"] = loaded()
steps["raw"] = client.with_raw_response.orgs.teams.members.list("o", "t").status_code
steps["async"] = type(nest_sdk.AsyncNest().orgs.teams.members).__name__
import nest_sdk.models as models
scope = {n: getattr(models, n) for n in models.__all__}
members = sys.modules["nest_sdk.resources.orgs.teams.members"]
steps["hints"] = str(typing.get_type_hints(members.OrgsTeamsMembers.list, localns=scope)["return"])
print(json.dumps(steps))
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("nest")
    (tmp / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    (tmp / "overrides.toml").write_text('[client]\nmodels = "package"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--spec", str(tmp / "spec.json"),
         "--out", str(tmp / "out"), "--package", PACKAGE, "--overrides", str(tmp / "overrides.toml")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return tmp / "out"


def test_one_module_per_resource_nested_as_the_path(out: Path) -> None:
    resources = out / PACKAGE / "resources"
    files = sorted(p.relative_to(resources).as_posix() for p in resources.rglob("*.py"))
    assert files == [
        "__init__.py",
        "orgs/__init__.py",  # re-exports the classes of `_orgs`
        "orgs/_orgs.py",
        "orgs/teams/__init__.py",
        "orgs/teams/_teams.py",
        "orgs/teams/cast.py",
        "orgs/teams/members.py",
        "orgs_teams.py",  # the same key as `orgs.teams`, which is `TeamsOfOrgs`
    ]
    init = (resources / "orgs" / "teams" / "__init__.py").read_text(encoding="utf-8")
    assert "from ._teams import (" in init
    assert "TeamsOfOrgs," in init


def test_each_resource_module_is_imported_on_first_use(out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", STEPS],
        cwd=out, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    steps = json.loads(done.stdout)
    assert steps["import"] == {"resources": [], "models": []}
    assert steps["orgs"]["resources"] == ["orgs", "orgs._orgs"]
    assert steps["orgs.teams"]["resources"] == [
        "orgs", "orgs._orgs", "orgs.teams", "orgs.teams._teams",
    ]  # fmt: skip
    assert steps["orgs.teams.members"]["resources"] == [
        "orgs", "orgs._orgs", "orgs.teams", "orgs.teams._teams", "orgs.teams.members",
    ]  # fmt: skip
    # a model is built when a call needs it, not when its resource's module is imported
    assert steps["orgs.teams.members"]["models"] == []
    assert steps["called"]["models"] == ["_team"]
    assert steps["one members namespace"] is True
    assert steps["teams.list after cast"] == "/orgs/o/teams"
    assert steps["raw"] == 200
    assert steps["async"] == "AsyncOrgsTeamsMembers"
    assert steps["hints"] == "<class 'nest_sdk.models._member.Member'>"

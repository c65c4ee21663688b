"""The whole HeyGen API's method names: resources follow the path, methods are verbs that never
repeat their namespace, path parameters are positional and everything else keyword-only."""

from __future__ import annotations

import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen.ir import naming
from tests.heygen_full.conftest import manifest_names
from tests.support.fault_server import FaultServer, Reply


def _forms(word: str) -> set[str]:
    return {word, word + "s", word.removesuffix("s"), word + "es"}


def _method(client: object, dotted: str) -> Any:
    obj: Any = client
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def test_no_method_repeats_its_namespace(full_out: Path) -> None:
    names = manifest_names(full_out)
    assert len(names) >= 47
    repeating = []
    for dotted in names.values():
        *resource, method = dotted.split(".")
        space = {f for part in resource for w in naming.words(part) for f in _forms(w)}
        if set(naming.words(method)) & space:
            repeating.append(dotted)
    assert repeating == []
    assert len(set(names.values())) == len(names)


def test_path_parameters_are_positional_the_rest_keyword_only(
    full_out: Path, full_pkg: ModuleType, spec_doc: dict[str, Any]
) -> None:
    client = full_pkg.HeyGen(api_key="k", base_url="http://127.0.0.1:9")
    checked = 0
    for key, dotted in manifest_names(full_out).items():
        method, _, path = key.partition(" ")
        op = spec_doc["paths"][path][method.lower()]
        raw = [*spec_doc["paths"][path].get("parameters", []), *op.get("parameters", [])]
        in_path = [
            naming.param_name(p["name"])
            for p in raw
            if isinstance(p, dict) and p.get("in") == "path"
        ]
        params = inspect.signature(_method(client, dotted)).parameters.values()
        positional = [p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert positional == sorted(in_path, key=lambda n: path.find(n)), dotted
        assert all(
            p.kind is inspect.Parameter.KEYWORD_ONLY for p in params if p.name not in in_path
        ), dotted
        checked += bool(in_path)
    assert checked > 20


def test_a_sample_of_names(full_out: Path) -> None:
    names = manifest_names(full_out)
    assert {
        "POST /v3/video-translations/proofreads": "video_translations.proofreads.create",
        "GET /v3/video-translations/proofreads/{proofread_id}": "video_translations.proofreads.get",
        "GET /v3/users/me": "users.me",
        "POST /v3/webhooks/endpoints/{endpoint_id}/rotate-secret": (
            "webhooks.endpoints.rotate_secret"
        ),
        "GET /v3/videos": "videos.list",
        "DELETE /v3/videos/{video_id}": "videos.delete",
        "PATCH /v3/lipsyncs/{lipsync_id}": "lipsyncs.update",
        "POST /v3/assets": "assets.upload",
    }.items() <= names.items()


def test_api_md_maps_each_operation_to_its_method(full_out: Path) -> None:
    text = (full_out / "heygen_full" / "api.md").read_text(encoding="utf-8")
    for key, dotted in manifest_names(full_out).items():
        assert f"\n### `client.{dotted}` — `{key}`\n" in text


def test_positional_call_reaches_the_right_url(
    full_pkg: ModuleType, fault_server: FaultServer
) -> None:
    body = {"data": {"id": "pr_1", "status": "completed", "title": "t"}}
    fault_server.script(Reply(200, json=body))
    client = full_pkg.HeyGen(api_key="k", base_url=fault_server.url)
    client.video_translations.proofreads.get("pr_1")
    assert fault_server.requests[-1].path.endswith("/v3/video-translations/proofreads/pr_1")

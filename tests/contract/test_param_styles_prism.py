"""Prism accepts the parameters of the corpus' style spec (issue 13 item 1): the client generated
from ``oas-3.1-parameters-style.json`` calls every query and header operation (every style
and explode the spec declares, with a primitive, an array and an object) against Prism, which
validates each request against the document and reports no request violation. (The exact bytes:
tests/functional/test_param_styles.py.) The document's operations declare no responses; the
copy served gets a bodiless 200 for each."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from codegen.output.write import write
from codegen.pipeline import generate
from tests.conftest import shared_spec
from tests.contract.prism import Recorder, prism_server, requires_prism

pytestmark = requires_prism

VALUES: dict[str, Any] = {
    "primitive": "blue",
    "array": ["blue", "black", "brown"],
    "object": {"name": "Elon", "description": "a b"},
}
# Not "path": Prism (5.x) crashes deserializing a simple-style path array (`value.split is not a
# function`) before it validates anything; path bytes are tested without it.
GROUPS = ("query", "headers")


@pytest.fixture(scope="module")
def styles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Recorder, str]]:
    tmp = tmp_path_factory.mktemp("prism_styles")
    # The document declares no responses (Prism would answer 500); each gets a 200 without body.
    # Prism (5.x) deserializes space/pipe-delimited arrays only: an object parameter of those
    # styles (OpenAPI 3.1) crashes its server, so the copy Prism serves leaves them out; their
    # bytes are tested without it.
    document = json.loads(shared_spec("corpus/oas-3.1-parameters-style.json").read_text("utf-8"))
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.setdefault("responses", {"200": {"description": "ok"}})
                operation["parameters"] = [
                    p
                    for p in operation.get("parameters", [])
                    if not (
                        p.get("style", "").endswith("Delimited")
                        and p["schema"].get("type") == "object"
                    )
                ]
    spec = tmp / "parameters-style.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    write(generate(spec, package="styles_prism").files, tmp / "out")
    sys.path.insert(0, str(tmp / "out"))
    importlib.invalidate_caches()
    module = importlib.import_module("styles_prism")
    recorder = Recorder()
    with prism_server(spec, tmp / "prism.log") as url:
        client_class = next(
            getattr(module, n)
            for n in module.__all__
            if not n.startswith("Async") and hasattr(getattr(module, n), "with_options")
        )
        client = client_class(base_url=url, http_client=recorder.sync_client(), max_retries=0)
        yield client, recorder, url


def _methods(resource: Any, prefix: str) -> Iterator[tuple[str, Any]]:
    for name in sorted(dir(resource)):
        if name.startswith("_") or name == "with_raw_response":
            continue
        member = getattr(resource, name)
        if inspect.ismethod(member):
            yield f"{prefix}.{name}", member
        elif not callable(member) or hasattr(member, "_client"):
            yield from _methods(member, f"{prefix}.{name}")


def test_prism_accepts_every_style(styles: tuple[Any, Recorder, str]) -> None:
    client, recorder, _url = styles
    called = []
    for group in GROUPS:
        for dotted, method in _methods(getattr(client.anything, group), group):
            params = inspect.signature(method).parameters
            args = {n: VALUES[n.rstrip("_")] for n in params if n.rstrip("_") in VALUES}
            method(**args)
            called.append(dotted)
    assert len(called) >= 8, called
    bad = [
        e.describe()
        for e in recorder.exchanges
        if any(v.get("location", [""])[0] == "request" for v in e.violations)
    ]
    assert bad == []
    assert all(200 <= e.status < 300 for e in recorder.exchanges), [
        e.describe() for e in recorder.exchanges
    ]

"""Behaviour of the golden specs test_feature_behaviour.py does not cover: discriminator, envelope,
naming, nullable_30 and petstore, each freshly generated, imported and called against a real
server on 127.0.0.1 through the client's resource methods.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

import pydantic
import pytest

from tests.support.fault_server import FaultServer, Reply

Load = Callable[[str], Any]


def _models(load: Load, stem: str) -> Any:
    load(stem)
    return importlib.import_module(f"golden_{stem}.models")


# --- discriminator: oneOf with a propertyName and a mapping ------------------------------------


@pytest.mark.parametrize(
    ("shape", "cls"),
    [({"type": "circle", "radius": 1.5}, "Circle"), ({"type": "square", "side": 2}, "Square")],
)
def test_discriminator_value_picks_the_class(
    golden_package: Load, shape: dict[str, Any], cls: str
) -> None:
    m = _models(golden_package, "discriminator")
    parsed = m.ShapeRequest.model_validate({"shape": shape}).shape
    assert type(parsed) is getattr(m, cls)
    assert parsed.model_dump(mode="json") == shape


def test_discriminator_decides_not_the_fields(golden_package: Load) -> None:
    m = _models(golden_package, "discriminator")
    with pytest.raises(pydantic.ValidationError, match=r"union_tag_invalid|does not match"):
        m.ShapeRequest.model_validate({"shape": {"type": "triangle", "radius": 1}})
    with pytest.raises(pydantic.ValidationError):  # a circle's fields under the square tag
        m.ShapeRequest.model_validate({"shape": {"type": "square", "radius": 1}})


def test_discriminator_on_the_wire(golden_package: Load, fault_server: FaultServer) -> None:
    pkg, m = golden_package("discriminator"), _models(golden_package, "discriminator")
    fault_server.script(Reply(200, json={"area": 4.0}), Reply(200, json={"area": 7.07}))
    client = pkg.Discriminator(base_url=fault_server.url)
    square = client.shapes.create(shape=m.Square(side=2))
    client.shapes.create(shape=m.Circle(radius=1.5))
    assert isinstance(square, m.Area)
    assert square.area == 4.0
    first, second = fault_server.requests
    assert (first.method, first.path) == ("POST", "/shapes")
    # The tag goes out although it is the field's default: the server needs it to choose.
    assert first.json == {"shape": {"type": "square", "side": 2}}
    assert second.json == {"shape": {"type": "circle", "radius": 1.5}}


# --- envelope: {"data": X} success bodies, {"error": {...}} errors -----------------------------


def test_envelope_is_unwrapped(golden_package: Load, fault_server: FaultServer) -> None:
    pkg, m = golden_package("envelope"), _models(golden_package, "envelope")
    job = {"id": "j1", "status": "queued"}
    fault_server.script(Reply(200, json={"data": job}), Reply(200, json={"data": job}))
    client = pkg.Envelope(api_key="k-1", base_url=fault_server.url)
    created = client.jobs.create(name="render")
    fetched = client.jobs.retrieve(job_id="j1")
    for result in (created, fetched):
        assert isinstance(result, m.Job)
        assert (result.id, result.status) == ("j1", m.JobStatus.QUEUED)
    post, get = fault_server.requests
    assert post.json == {"name": "render"}  # the default priority is not sent
    assert post.headers["x-api-key"] == "k-1"
    assert re.fullmatch(r"[A-Za-z0-9-]{1,64}", post.headers["Idempotency-Key"])
    assert (get.method, get.path) == ("GET", "/v1/jobs/j1")


def test_envelope_error_member_is_read(golden_package: Load, fault_server: FaultServer) -> None:
    pkg = golden_package("envelope")
    error = {"code": "job_missing", "message": "No job j9", "param": "job_id"}
    fault_server.script(Reply(404, json={"error": error}))
    client = pkg.Envelope(api_key="k-1", base_url=fault_server.url, max_retries=0)
    with pytest.raises(pkg.NotFoundError) as caught:
        client.jobs.retrieve(job_id="j9")
    assert (caught.value.code, caught.value.message, caught.value.param) == (
        "job_missing",
        "No job j9",
        "job_id",
    )
    assert caught.value.status_code == 404


# --- naming: awkward wire names become safe Python names; the wire names stay on the wire ------


def test_naming_python_names(golden_package: Load) -> None:
    pkg, m = golden_package("naming"), _models(golden_package, "naming")
    method = pkg.Naming(base_url="http://127.0.0.1:9").search_results.list
    params = set(inspect.signature(method).parameters)
    assert {"from_", "type_", "x_request_source", "page_size"} <= params
    assert set(m.Result.model_fields) == {"class_", "import_", "total_count"}


def test_naming_round_trips_the_wire_names(golden_package: Load) -> None:
    m = _models(golden_package, "naming")
    wire = {"class": "a", "import": True, "total-count": 3}
    result = m.Result.model_validate(wire)
    assert (result.class_, result.import_, result.total_count) == ("a", True, 3)
    assert result.model_dump(by_alias=True) == wire
    assert m.Result(class_="b").model_dump(by_alias=True, exclude_unset=True) == {"class": "b"}


def test_naming_on_the_wire(golden_package: Load, fault_server: FaultServer) -> None:
    pkg, m = golden_package("naming"), _models(golden_package, "naming")
    fault_server.script(Reply(200, json={"class": "a", "total-count": 1}))
    client = pkg.Naming(base_url=fault_server.url)
    result = client.search_results.list(
        from_="2026-01-01", type_="video", x_request_source="cli", page_size=5
    )
    assert isinstance(result, m.Result)
    assert (result.class_, result.total_count, result.import_) == ("a", 1, None)
    (request,) = fault_server.requests
    assert request.path == "/v2/search-results"
    assert request.query == {"from": ["2026-01-01"], "type": ["video"], "pageSize": ["5"]}
    assert request.headers["X-Request-Source"] == "cli"


# --- nullable_30: OpenAPI 3.0 `nullable: true` ---------------------------------------------------


def test_nullable_30_fields_accept_null(golden_package: Load) -> None:
    m = _models(golden_package, "nullable_30")
    assert m.Profile.model_validate({"id": "p1", "nickname": None}).nickname is None
    with pytest.raises(pydantic.ValidationError):
        m.Profile.model_validate({"id": "p1"})  # required, though nullable
    update = m.ProfileUpdate.model_validate({"nickname": None, "age": None})
    assert update.model_dump(exclude_unset=True) == {"nickname": None, "age": None}


def test_nullable_30_null_sent_only_when_given(
    golden_package: Load, fault_server: FaultServer
) -> None:
    pkg = golden_package("nullable_30")
    profile = {"id": "p1", "nickname": None}
    fault_server.script(*(Reply(200, json=profile) for _ in range(3)))
    client = pkg.Nullable30(base_url=fault_server.url)
    result = client.profiles.update(id_="p1", nickname=None)
    client.profiles.update(id_="p1", age=41, nickname="Al")
    client.profiles.update(id_="p1")
    assert result.nickname is None
    first, second, third = fault_server.requests
    assert (first.method, first.path) == ("PATCH", "/profiles/p1")
    assert first.json == {"nickname": None}
    assert second.json == {"age": 41, "nickname": "Al"}
    assert third.json in ({}, None)


# --- petstore: plain CRUD, allOf, a shared path parameter, a default error ---------------------


def test_petstore_crud_on_the_wire(golden_package: Load, fault_server: FaultServer) -> None:
    pkg, m = golden_package("petstore"), _models(golden_package, "petstore")
    rex = {"id": 7, "name": "Rex", "tag": "dog"}
    fault_server.script(
        Reply(200, json=[rex, {"id": 8, "name": "Tom"}]),
        Reply(201, json=rex),
        Reply(200, json=rex),
        Reply(204),
    )
    client = pkg.Petstore(base_url=fault_server.url)
    pets = client.pets.list(limit=2, tags=["dog", "cat"])
    created = client.pets.create(name="Rex", tag="dog")
    fetched = client.pets.get(pet_id=7)
    deleted = client.pets.delete(pet_id=7)

    assert [type(p) for p in pets] == [m.Pet, m.Pet]
    assert isinstance(pets[0], m.NewPet)  # allOf: Pet extends NewPet
    assert (pets[1].name, pets[1].tag) == ("Tom", None)
    assert created == fetched == m.Pet(id=7, name="Rex", tag="dog")
    assert deleted is None
    listed, post, get, delete = fault_server.requests
    assert (listed.method, listed.path) == ("GET", "/pets")
    assert listed.query == {"limit": ["2"], "tags": ["dog", "cat"]}
    assert (post.method, post.path, post.json) == ("POST", "/pets", {"name": "Rex", "tag": "dog"})
    assert (get.method, get.path) == ("GET", "/pets/7")
    assert (delete.method, delete.path) == ("DELETE", "/pets/7")


def test_petstore_default_error_is_raised(golden_package: Load, fault_server: FaultServer) -> None:
    pkg = golden_package("petstore")
    fault_server.script(Reply(503, json={"code": 17, "message": "Store closed"}))
    client = pkg.Petstore(base_url=fault_server.url, max_retries=0)
    with pytest.raises(pkg.InternalServerError) as caught:
        client.pets.list()
    assert caught.value.status_code == 503
    assert caught.value.body == {"code": 17, "message": "Store closed"}
    assert "Store closed" in caught.value.message

"""Behaviour of the golden feature specs: each one freshly generated, imported and used.

The golden tree test proves the generated text does not drift; these prove the text does what the
feature needs: payloads round-trip through the models, values reach the wire as the spec says
(checked on a real server on 127.0.0.1), and responses come back as the declared Python types.
Generator bugs are pinned as strict xfails with the reason, so a fix shows up as an XPASS.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import pydantic
import pytest

from tests.golden.conftest import FreshTree
from tests.support.fault_server import FaultServer, Reply

_FRESH: list[FreshTree] = []


@pytest.fixture(autouse=True, scope="module")
def _fresh_trees(fresh_tree: FreshTree) -> None:
    """The session's fresh generations, for :func:`_load` (not the committed records)."""
    _FRESH[:] = [fresh_tree]


def _tree(stem: str) -> Path:
    return _FRESH[0](stem)


def _load(stem: str) -> Any:
    """Import ``golden_<stem>`` from a fresh generation of its spec."""
    tree = str(_tree(stem))
    if tree not in sys.path:
        sys.path.insert(0, tree)
    return importlib.import_module(f"golden_{stem}")


def _models(stem: str) -> Any:
    _load(stem)
    return importlib.import_module(f"golden_{stem}.models")


def _round_trip(model: type[pydantic.BaseModel], data: dict[str, Any]) -> None:
    dumped = model.model_validate(data).model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == data


def _kwargs(method: Any) -> set[str]:
    return set(inspect.signature(method).parameters) - {"self"}


# --- nullable_31: type: [X, "null"] and anyOf [X, {type: null}] ---------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {"id": "n1", "title": None, "label": None, "priority": None},
        {"id": "n1", "title": "Groceries", "label": {"name": "home"}, "priority": 2},
        {"id": "n1", "title": "Groceries", "label": None},
    ],
)
def test_nullable_31_round_trips(data: dict[str, Any]) -> None:
    _round_trip(_models("nullable_31").Note, data)


def test_nullable_31_required_nullable_must_be_present() -> None:
    m = _models("nullable_31")
    with pytest.raises(pydantic.ValidationError):
        m.Note.model_validate({"id": "n1"})  # title and label are required, though nullable


def test_nullable_31_null_sent_only_when_given(fault_server: FaultServer) -> None:
    pkg, m = _load("nullable_31"), _models("nullable_31")
    client = pkg.Nullable31(base_url=fault_server.url)
    note = {"id": "n1", "title": None, "label": {"name": "home"}}
    fault_server.script(Reply(200, json=note), Reply(200, json=note), Reply(200, json=note))

    result = client.notes.update(id_="n1", title=None)
    client.notes.update(id_="n1", priority=3, label=m.Label(name="home"))
    client.notes.update(id_="n1")

    first, second, third = fault_server.requests
    assert first.method == "PATCH"
    assert first.path == "/notes/n1"
    assert first.json == {"title": None}
    assert second.json == {"priority": 3, "label": {"name": "home"}}
    assert third.json == {}
    assert isinstance(result, m.Note)
    assert result.title is None
    assert result.label == m.Label(name="home")


# --- unions: anyOf / oneOf without a discriminator, oneOf with an implicit one ------------------


def test_unions_oneof_without_discriminator_picks_the_matching_member() -> None:
    m = _models("unions")
    text = m.SearchRequest.model_validate({"query": "cats", "filter": {"contains": "ca"}})
    rng = m.SearchRequest.model_validate({"query": 7, "filter": {"min": 1, "max": 9}})
    assert isinstance(text.filter, m.TextFilter)
    assert isinstance(rng.filter, m.RangeFilter)
    assert text.query == "cats"
    assert rng.query == 7
    # Models ignore unknown fields (forward compatibility), so a mixed object still validates
    # as one member rather than failing.
    mixed = m.SearchRequest.model_validate({"query": "x", "filter": {"contains": "a", "min": 1}})
    assert isinstance(mixed.filter, m.TextFilter | m.RangeFilter)


def test_unions_anyof_items_keep_their_type() -> None:
    m = _models("unions")
    data = {"hits": ["plain", {"text": "labelled"}]}
    result = m.SearchResult.model_validate(data)
    assert result.hits[0] == "plain"
    assert isinstance(result.hits[1], m.Label)
    _round_trip(m.SearchResult, data)


@pytest.mark.parametrize(("tag", "cls"), [("Cat", "Cat"), ("Dog", "Dog")])
def test_unions_implicit_discriminator_uses_schema_names(tag: str, cls: str) -> None:
    m = _models("unions")
    data = {"petType": tag, "name": "Rex"}
    pet = m.Pet.model_validate(data)
    assert type(pet.root) is getattr(m, cls)
    _round_trip(m.Pet, data)
    with pytest.raises(pydantic.ValidationError):
        m.Pet.model_validate({"petType": "Bird", "name": "Tweety"})


def test_unions_on_the_wire(fault_server: FaultServer) -> None:
    pkg, m = _load("unions"), _models("unions")
    client = pkg.Unions(base_url=fault_server.url)
    fault_server.script(
        Reply(200, json={"hits": []}),
        Reply(200, json={"hits": ["a", {"text": "b"}]}),
        Reply(200, json={"petType": "Dog", "name": "Rex", "barks": True}),
    )

    client.search.create(query=42)
    found = client.search.create(query="42", filter_=m.RangeFilter(min=1, max=2))
    pet = client.pets.get(id_="p1")

    first, second, third = fault_server.requests
    assert first.json == {"query": 42}
    assert second.json == {"query": "42", "filter": {"min": 1, "max": 2}}
    assert third.path == "/pets/p1"
    assert isinstance(found.hits[1], m.Label)
    assert isinstance(pet, m.Dog)  # the member itself, not a RootModel wrapper
    assert pet.barks is True


def test_unions_operation_returns_the_member_not_the_root_model(fault_server: FaultServer) -> None:
    pkg, m = _load("unions"), _models("unions")
    fault_server.script(Reply(200, json={"petType": "Cat", "name": "Tom"}))
    pet = pkg.Unions(base_url=fault_server.url).pets.get(id_="p1")
    assert isinstance(pet, m.Cat)


# --- enums_const: string/integer enums, const, non-identifier values ----------------------------


def test_enums_equal_their_wire_strings() -> None:
    m = _models("enums_const")
    assert m.TaskStatus("in-progress").value == "in-progress"
    assert m.TaskStatus("in-progress") is m.TaskStatus.IN_PROGRESS
    assert m.TaskStatus.IN_PROGRESS == "in-progress"
    assert m.Check("2fa").value == "2fa"
    assert m.Check("2fa").is_known
    assert m.Priority(2).value == 2


def test_enums_const_round_trip_and_const_is_checked() -> None:
    m = _models("enums_const")
    data = {
        "object": "task",
        "id": "t1",
        "title": "Ship",
        "status": "in-progress",
        "priority": 3,
        "check": "2fa",
    }
    task = m.Task.model_validate(data)
    assert task.status is m.TaskStatus.IN_PROGRESS
    assert task.check is m.Check("2fa")
    assert task.priority == 3
    _round_trip(m.Task, data)
    with pytest.raises(pydantic.ValidationError):
        m.Task.model_validate({**data, "object": "project"})


def test_enums_on_the_wire(fault_server: FaultServer) -> None:
    pkg, m = _load("enums_const"), _models("enums_const")
    client = pkg.EnumsConst(base_url=fault_server.url)
    task = {"object": "task", "id": "t1", "title": "Ship", "status": "queued"}
    fault_server.script(
        Reply(201, json=task),
        Reply(200, json=[{**task, "status": "blocked"}]),
    )

    created = client.tasks.create(title="Ship", priority=m.Priority(3), check=m.Check("2fa"))
    listed = client.tasks.list(status=m.TaskStatus.IN_PROGRESS)

    first, second = fault_server.requests
    assert first.json == {"title": "Ship", "priority": 3, "check": "2fa"}
    assert second.query == {"status": ["in-progress"]}
    assert created.object == "task"
    assert created.status is m.TaskStatus.QUEUED
    assert listed[0].status == "blocked"
    assert not listed[0].status.is_known


def test_enums_unknown_integer_value_parses(fault_server: FaultServer) -> None:
    pkg = _load("enums_const")
    task = {"object": "task", "id": "t1", "title": "Ship", "status": "queued", "priority": 4}
    fault_server.script(Reply(200, json=[task]))
    listed = pkg.EnumsConst(base_url=fault_server.url).tasks.list()
    assert listed[0].priority == 4


# --- additional_properties: {schema}, true, false -----------------------------------------------


def test_additional_properties_round_trip() -> None:
    m = _models("additional_properties")
    data = {
        "limits": {"uploads": {"max": 3}, "seats": {"max": 10}},
        "labels": {"env": "prod"},
        "metadata": {"source": "ui", "team": "core", "tags": ["a"]},
        "strict": {"x": 1.5, "y": 2.0},
    }
    settings = m.Settings.model_validate(data)
    assert isinstance(settings.limits["uploads"], m.Limit)
    assert settings.metadata.model_extra == {"team": "core", "tags": ["a"]}
    _round_trip(m.Settings, data)


def test_additional_properties_schema_and_false_are_enforced() -> None:
    m = _models("additional_properties")
    with pytest.raises(pydantic.ValidationError):
        m.Settings.model_validate({"limits": {"uploads": {"max": "many"}}})
    with pytest.raises(pydantic.ValidationError):
        m.Settings.model_validate({"limits": {}, "labels": {"env": 1}})
    # additionalProperties: false does not make the model reject fields the server adds
    # later: they are ignored (strict_response_validation on the client rejects them).
    point = m.StrictPoint.model_validate({"x": 1, "y": 2, "z": 3})
    assert point.model_dump() == {"x": 1, "y": 2}


def test_additional_properties_on_the_wire(fault_server: FaultServer) -> None:
    pkg, m = _load("additional_properties"), _models("additional_properties")
    body = {"limits": {"uploads": {"max": 3}}, "metadata": {"source": "ui", "team": "core"}}
    fault_server.script(Reply(200, json=body))

    result = pkg.AdditionalProperties(base_url=fault_server.url).settings.update(
        limits={"uploads": m.Limit(max=3)},
        metadata=m.Metadata.model_validate({"source": "ui", "team": "core"}),
    )

    (request,) = fault_server.requests
    assert request.method == "PUT"
    assert request.json == body
    assert result.limits["uploads"].max == 3


def test_additional_properties_true_keeps_extra_keys_in_responses(
    fault_server: FaultServer,
) -> None:
    pkg = _load("additional_properties")
    body = {"limits": {}, "metadata": {"source": "ui", "team": "core"}}
    fault_server.script(Reply(200, json=body))
    result = pkg.AdditionalProperties(base_url=fault_server.url).settings.update(limits={})
    assert result.metadata.model_extra == {"team": "core"}


# --- read_write_only -----------------------------------------------------------------------------


def test_read_only_fields_are_not_request_arguments() -> None:
    _load("read_write_only")
    resources = importlib.import_module("golden_read_write_only.resources.users")
    for cls in (resources.Users, resources.AsyncUsers):
        kwargs = _kwargs(cls.create)
        assert {"email", "password", "nickname"} <= kwargs
        assert not {"id", "id_", "created_at"} & kwargs


def test_create_without_read_only_fields_sends_the_request(fault_server: FaultServer) -> None:
    pkg = _load("read_write_only")
    user = {
        "id": "u1",
        "email": "a@example.com",
        "password": "x",
        "created_at": "2025-01-01T00:00:00Z",
    }
    fault_server.script(Reply(201, json=user))
    pkg.ReadWriteOnly(base_url=fault_server.url).users.create(email="a@example.com", password="pw")
    assert fault_server.requests[0].json == {"email": "a@example.com", "password": "pw"}


def test_response_without_write_only_field_parses() -> None:
    m = _models("read_write_only")
    data = {"id": "u1", "email": "a@example.com", "created_at": "2025-01-01T00:00:00Z"}
    user = m.User.model_validate(data)
    assert user.id == "u1"


# --- formats: date-time, date, uuid, byte, binary ------------------------------------------------


EVENT_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"


def test_formats_round_trip_to_python_types() -> None:
    m = _models("formats")
    data = {"id": EVENT_ID, "starts_at": "2025-01-01T12:30:00Z", "day": "2025-01-02"}
    event = m.Event.model_validate(data)
    assert event.id == uuid.UUID(EVENT_ID)
    assert event.starts_at == datetime(2025, 1, 1, 12, 30, tzinfo=UTC)
    assert event.day == date(2025, 1, 2)
    _round_trip(m.Event, data)
    with pytest.raises(pydantic.ValidationError):  # a date-time needs an offset
        m.Event.model_validate({**data, "starts_at": "2025-01-01T12:30:00"})


def test_formats_json_on_the_wire(fault_server: FaultServer) -> None:
    pkg = _load("formats")
    reply = {"id": EVENT_ID, "starts_at": "2025-01-01T12:30:00Z", "day": "2025-01-02"}
    fault_server.script(Reply(201, json=reply))
    event = pkg.Formats(base_url=fault_server.url).events.create(
        starts_at=datetime(2025, 1, 1, 12, 30, tzinfo=UTC),
        day=date(2025, 1, 2),
        checksum="aGVsbG8=",
    )
    assert fault_server.requests[0].json == {
        "starts_at": "2025-01-01T12:30:00Z",
        "day": "2025-01-02",
        "checksum": "aGVsbG8=",
    }
    assert event.id == uuid.UUID(EVENT_ID)


def test_formats_binary_is_a_multipart_upload(fault_server: FaultServer) -> None:
    pkg = _load("formats")
    fault_server.script(Reply(201, json={"id": EVENT_ID, "size": 3}))
    attachment = pkg.Formats(base_url=fault_server.url).attachments.upload(
        file=("notes.txt", b"abc", "text/plain"), event_id=uuid.UUID(EVENT_ID)
    )

    (request,) = fault_server.requests
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + request.body
    )
    parts = {
        part.get_param("name", header="content-disposition"): part for part in message.iter_parts()
    }
    assert parts["file"].get_filename() == "notes.txt"
    assert parts["file"].get_content_type() == "text/plain"
    assert parts["file"].get_payload(decode=True) == b"abc"
    assert parts["event_id"].get_payload(decode=True) == EVENT_ID.encode()
    assert attachment.size == 3
    assert attachment.id == uuid.UUID(EVENT_ID)


def test_formats_byte_accepts_any_binary_content() -> None:
    m = _models("formats")
    data = {
        "id": EVENT_ID,
        "starts_at": "2025-01-01T12:30:00Z",
        "day": "2025-01-02",
        "checksum": "/w==",
    }
    _round_trip(m.Event, data)


# --- params: header, cookie, query arrays, path-level parameters and an override ----------------


def test_params_override_makes_path_level_limit_required() -> None:
    _load("params")
    resources = importlib.import_module("golden_params.resources.accounts.items")
    params = inspect.signature(resources.AccountsItems.list).parameters
    required = {
        n for n, p in params.items() if n != "self" and p.default is inspect.Parameter.empty
    }
    assert required == {"account_id", "limit", "x_request_tag"}
    assert {"x_region", "ids", "session", "theme"} <= set(params)


def test_params_on_the_wire(fault_server: FaultServer) -> None:
    pkg = _load("params")
    client = pkg.Params(base_url=fault_server.url)
    fault_server.script(Reply(200, json=[{"id": "i1"}]), Reply(200, json=[]))

    items = client.accounts.items.list(
        account_id="acc/1",
        limit=5,
        x_request_tag="batch-7",
        x_region="eu",
        ids=["a", "b"],
        session="s 1;",
        theme="dark",
    )
    client.accounts.items.list(account_id="acc1", limit=1, x_request_tag="t")

    full, bare = fault_server.requests
    assert full.path == "/accounts/acc%2F1/items"
    assert full.query == {"limit": ["5"], "ids": ["a", "b"]}
    assert full.headers["X-Region"] == "eu"
    assert full.headers["X-Request-Tag"] == "batch-7"
    assert full.headers.get_all("Cookie") == ["session=s%201%3B; theme=dark"]
    assert items[0].id == "i1"
    assert bare.query == {"limit": ["1"]}
    assert "X-Region" not in bare.headers
    assert "Cookie" not in bare.headers


def test_params_cookie_header_async(fault_server: FaultServer) -> None:
    pkg = _load("params")
    fault_server.script(Reply(200, json=[]))

    async def call() -> None:
        async with pkg.AsyncParams(base_url=fault_server.url) as client:
            await client.accounts.items.list(
                account_id="a", limit=1, x_request_tag="t", session="abc"
            )

    asyncio.run(call())
    assert fault_server.requests[0].headers.get_all("Cookie") == ["session=abc"]


# --- recursive: self-reference and mutual recursion ---------------------------------------------


TREE = {"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}, {"value": 4}]}


def test_recursive_node_validates_nested_data() -> None:
    m = _models("recursive")
    node = m.Node.model_validate(TREE)
    assert isinstance(node.children[0].children[0], m.Node)
    assert node.children[0].children[0].value == 3
    _round_trip(m.Node, TREE)
    with pytest.raises(pydantic.ValidationError):
        m.Node.model_validate({"value": 1, "children": [{"value": "deep"}]})


def test_recursive_mutual_references_validate() -> None:
    m = _models("recursive")
    data = {"name": "root", "files": [{"name": "a.txt", "parent": {"name": "up", "files": []}}]}
    folder = m.Folder.model_validate(data)
    assert isinstance(folder.files[0], m.File)
    assert isinstance(folder.files[0].parent, m.Folder)
    _round_trip(m.Folder, data)


def test_recursive_on_the_wire(fault_server: FaultServer) -> None:
    pkg, m = _load("recursive"), _models("recursive")
    client = pkg.Recursive(base_url=fault_server.url)
    folder = {"name": "root", "files": [{"name": "a.txt", "parent": {"name": "up"}}]}
    fault_server.script(Reply(200, json=TREE), Reply(201, json=folder))

    tree = client.trees.get(id_="t1")
    created = client.folders.create(
        name="root", files=[m.File(name="a.txt", parent=m.Folder(name="up"))]
    )

    assert tree.children[0].children[0].value == 3
    assert fault_server.requests[1].json == folder
    assert created.files[0].parent.name == "up"


# --- relative_refs: $refs into relative_refs/common.yaml ----------------------------------------


def test_relative_refs_models_come_from_the_second_file() -> None:
    m = _models("relative_refs")
    data = {"pet": {"id": 1, "name": "Rex", "owner": {"email": "o@example.com"}}}
    envelope = m.PetEnvelope.model_validate(data)
    assert isinstance(envelope.pet, m.Pet)
    assert isinstance(envelope.pet.owner, m.Owner)
    _round_trip(m.PetEnvelope, data)


def test_relative_refs_on_the_wire(fault_server: FaultServer) -> None:
    pkg, m = _load("relative_refs"), _models("relative_refs")
    client = pkg.RelativeRefs(base_url=fault_server.url)
    fault_server.script(
        Reply(201, json={"pet": {"id": 1, "name": "Rex"}}),
        Reply(400, json={"message": "name taken"}),
    )

    created = client.pets.create(name="Rex", owner=m.Owner(email="o@example.com"))
    with pytest.raises(pkg.BadRequestError) as caught:
        client.pets.create(name="Rex")

    assert fault_server.requests[0].json == {"name": "Rex", "owner": {"email": "o@example.com"}}
    assert created.pet.id == 1
    assert caught.value.message == "name taken"


# --- responses: default, 204, text/plain, octet-stream -------------------------------------------


def test_responses_return_annotations() -> None:
    _load("responses")
    resources = importlib.import_module("golden_responses.resources.reports")
    sig = inspect.signature
    assert sig(resources.Reports.delete).return_annotation in (None, "None")
    assert sig(resources.Reports.summary).return_annotation == "str"
    assert sig(resources.Reports.file).return_annotation == "bytes"


def test_responses_on_the_wire(fault_server: FaultServer) -> None:
    pkg = _load("responses")
    client = pkg.Responses(base_url=fault_server.url)
    payload = bytes(range(256))
    fault_server.script(
        Reply(204),
        Reply(200, body="Total: 3 ✓", headers={"Content-Type": "text/plain; charset=utf-8"}),
        Reply(200, body=payload, headers={"Content-Type": "application/octet-stream"}),
    )

    deleted = client.reports.delete(id_="r1")
    summary = client.reports.summary(id_="r1")
    data = client.reports.file(id_="r1")

    assert deleted is None
    assert summary == "Total: 3 ✓"
    assert isinstance(data, bytes)
    assert data == payload
    assert [r.method for r in fault_server.requests] == ["DELETE", "GET", "GET"]
    assert [r.path for r in fault_server.requests] == [
        "/reports/r1",
        "/reports/r1/summary",
        "/reports/r1/file",
    ]


@pytest.mark.parametrize(
    ("status", "error"), [(404, "NotFoundError"), (500, "InternalServerError")]
)
def test_responses_default_error_is_raised(
    fault_server: FaultServer, status: int, error: str
) -> None:
    pkg = _load("responses")
    fault_server.script(Reply(status, json={"code": "report_gone", "message": "No such report"}))
    with pytest.raises(getattr(pkg, error)) as caught:
        pkg.Responses(base_url=fault_server.url).reports.delete(id_="r1", max_retries=0)
    assert caught.value.status_code == status
    assert caught.value.code == "report_gone"
    assert caught.value.message == "No such report"


def test_responses_download_async(fault_server: FaultServer) -> None:
    pkg = _load("responses")
    fault_server.script(
        Reply(200, body=b"\x00\x01", headers={"Content-Type": "application/octet-stream"})
    )

    async def call() -> bytes:
        async with pkg.AsyncResponses(base_url=fault_server.url) as client:
            data: bytes = await client.reports.file(id_="r1")
            return data

    assert asyncio.run(call()) == b"\x00\x01"


# --- models_package: one module per model, built on first use ----------------------------------


LAZY_SCRIPT = """
import sys
import golden_models_package as pkg

def loaded():
    return sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith(pkg.__name__ + ".models."))

client = pkg.ModelsPackage(base_url="http://127.0.0.1:9")
steps = {"client": loaded()}
client.trees
steps["trees"] = loaded()
client.pets
steps["pets"] = loaded()
from golden_models_package.models import File
steps["File"] = loaded()
print(steps)
"""


def test_models_package_builds_a_model_on_first_use() -> None:
    tree = _tree("models_package")
    models = tree / "golden_models_package" / "models"
    assert not (tree / "golden_models_package" / "models.py").exists()
    assert sorted(p.name for p in models.iterdir() if p.suffix == ".py") == [
        "__init__.py", "_dog.py", "_file.py", "_node.py", "_owner.py", "_pet.py", "_size.py"
    ]  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-c", LAZY_SCRIPT], cwd=tree, capture_output=True, text=True, check=True
    )
    steps = ast.literal_eval(proc.stdout)
    assert steps == {
        "client": [],  # creating the client builds no model
        "trees": [],  # nor does reaching a resource: a call builds the models it needs
        "pets": [],
        "File": ["_file", "_owner"],  # a model and what it refers to (Folder and File: one)
    }


def test_models_package_models_behave_like_one_module() -> None:
    m = _models("models_package")
    # Folder and File refer to each other: one module, named after the first in (sorted) order.
    assert m.File.__module__ == m.Folder.__module__ == "golden_models_package.models._file"
    data = {
        "name": "root",
        "owner": {"login": "o"},
        "files": [{"name": "a", "parent": {"name": "up"}}],
    }
    folder = m.Folder.model_validate(data)
    assert isinstance(folder.files[0].parent, m.Folder)
    assert isinstance(folder.owner, m.Owner)
    _round_trip(m.Folder, data)
    _round_trip(m.Node, TREE)
    dog = m.Dog.model_validate({"name": "Rex", "size": "small", "good": True})
    assert isinstance(dog, m.Pet)
    assert dog.size is m.Size.SMALL
    assert "Dog" in dir(m)
    assert sorted(m.__all__) == m.__all__
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = m.NoSuchModel


def test_models_package_on_the_wire(fault_server: FaultServer) -> None:
    pkg, m = _load("models_package"), _models("models_package")
    client = pkg.ModelsPackage(base_url=fault_server.url)
    folder = {"name": "root", "files": [{"name": "a.txt", "parent": {"name": "up"}}]}
    fault_server.script(Reply(201, json=folder), Reply(201, json={"name": "Rex", "good": True}))
    created = client.folders.create(
        name="root", files=[m.File(name="a.txt", parent=m.Folder(name="up"))]
    )
    pet = client.pets.create(body=m.Dog(name="Rex", good=True))
    assert fault_server.requests[0].json == folder
    assert fault_server.requests[1].json == {"name": "Rex", "good": True}
    assert isinstance(created.files[0].parent, m.Folder)
    assert isinstance(pet, m.Dog)
    assert pet.good is True


# --- request_bodies: form, raw text and multipart without its optional file ---------------------


def test_request_bodies_on_the_wire(fault_server: FaultServer) -> None:
    pkg = _load("request_bodies")
    client = pkg.RequestBodies(base_url=fault_server.url)
    fault_server.script(Reply(200, json={"token": "t"}), Reply(204), Reply(201, json={"id": "n1"}))

    token = client.tokens.create(grant_type="client_credentials", scope="read write")
    client.datasets.update(id_="d1", body="a,b\n1,2\n")
    note = client.notes.create(text="no attachment")

    form, csv, multipart = fault_server.requests
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form.body == b"grant_type=client_credentials&scope=read+write"
    assert token == {"token": "t"}
    assert (csv.method, csv.path) == ("PUT", "/datasets/d1")
    assert csv.headers["content-type"] == "text/csv"
    assert csv.body == b"a,b\n1,2\n"
    # The file is optional: without it the body is still multipart, as the spec says.
    content_type = multipart.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + multipart.body
    )
    parts = {p.get_param("name", header="content-disposition"): p for p in message.iter_parts()}
    assert list(parts) == ["text"]
    assert parts["text"].get_payload(decode=True) == b"no attachment"
    assert note == {"id": "n1"}

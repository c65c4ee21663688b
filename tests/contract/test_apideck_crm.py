"""Contract: a client generated from the Apideck CRM spec (``../shared/specs/corpus``), whose
security requirement needs three API keys together (``Authorization``, ``x-apideck-app-id``,
``x-apideck-consumer-id``), called through Prism, which validates security and parameters.

The three credentials are given once on the client; the id headers, which the spec also
declares as required header parameters of every operation, are no method arguments. A request
passes when Prism (answering with responses generated from the schemas) answered 2xx without a
single violation.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from codegen.output.write import write
from codegen.pipeline import generate
from tests.conftest import shared_spec
from tests.contract.prism import Recorder, prism_server, requires_prism

pytestmark = requires_prism

CREDENTIALS = {
    "api_key": "Bearer contract-key",
    "application_id": "contract-app",
    "consumer_id": "contract-consumer",
}


class Apideck(NamedTuple):
    module: Any
    url: str
    warnings: list[Any]


@pytest.fixture(scope="module")
def apideck(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Apideck]:
    spec = shared_spec("corpus/apideck-crm.yml")
    work = tmp_path_factory.mktemp("contract_apideck")
    result = generate(spec, package="apideck_crm")
    write(result.files, work / "out")
    sys.path.insert(0, str(work / "out"))
    module = importlib.import_module("apideck_crm")
    # Responses generated from the schemas: some of the spec's own examples break its schemas
    # (custom_fields without `id`), which Prism would answer with a 500.
    with prism_server(spec, work / "prism.log", dynamic=True) as url:
        yield Apideck(module, url, list(result.diagnostics.warnings))


def _client(api: Apideck, recorder: Recorder, **credentials: str) -> Any:
    return api.module.CrmApi(
        **(credentials or CREDENTIALS), base_url=api.url, http_client=recorder.sync_client()
    )


def _request_violations(recorder: Recorder) -> list[str]:
    return [
        f"{e.method} {e.url} -> {e.status}: {v.get('message')}"
        for e in recorder.exchanges
        for v in e.violations
        if v.get("location", [""])[0] == "request"
    ]


def test_credentials_are_taken_once_and_the_id_headers_are_no_arguments(apideck: Apideck) -> None:
    import inspect

    client_params = inspect.signature(apideck.module.CrmApi).parameters
    assert {"api_key", "application_id", "consumer_id"} <= set(client_params)
    client = apideck.module.CrmApi(**CREDENTIALS, base_url=apideck.url)
    method = inspect.signature(client.crm.companies.list).parameters
    assert not {"x_apideck_consumer_id", "x_apideck_app_id"} & set(method)
    with pytest.raises(apideck.module.APIError, match=r"`consumer_id=` \(or set the APIDECK_CRM"):
        apideck.module.CrmApi(api_key="k", application_id="a", base_url=apideck.url)
    # The id headers are documented both as required parameters and as security schemes: the
    # credentials send them, the request is what the spec asks for, nothing to warn about.
    assert [w.message for w in apideck.warnings if "is also the API key" in w.message] == []


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: c.crm.companies.list(limit=2), id="GET /crm/companies"),
        pytest.param(lambda c: c.crm.companies.get("12345"), id="GET /crm/companies/{id}"),
        pytest.param(lambda c: c.crm.companies.add(name="Acme"), id="POST /crm/companies"),
        pytest.param(lambda c: c.crm.contacts.delete("12345"), id="DELETE /crm/contacts/{id}"),
    ],
)
def test_prism_accepts_the_request(apideck: Apideck, call: Any) -> None:
    recorder = Recorder()
    with _client(apideck, recorder) as client:
        call(client)
    assert _request_violations(recorder) == []
    recorder.assert_accepted()
    (exchange,) = recorder.exchanges
    assert exchange.headers["authorization"] == "Bearer contract-key"
    assert exchange.headers["x-apideck-app-id"] == "contract-app"
    assert exchange.headers["x-apideck-consumer-id"] == "contract-consumer"


def test_prism_accepts_a_list_call_with_a_deep_object_filter(apideck: Apideck) -> None:
    recorder = Recorder()
    with _client(apideck, recorder) as client:
        client.crm.companies.list(filter_={"name": "Elon"})
    assert _request_violations(recorder) == []
    recorder.assert_accepted()
    query = parse_qs(urlsplit(recorder.exchanges[0].url).query)
    assert query["filter[name]"] == ["Elon"]


def test_prism_rejects_a_request_without_the_consumer_header(apideck: Apideck) -> None:
    """The check above can fail: Prism does validate the id headers."""
    headers = {"Authorization": "Bearer k", "x-apideck-app-id": "app"}
    response = httpx.get(f"{apideck.url}/crm/companies", headers=headers)
    violations = response.headers.get("sl-violations", "")
    assert response.status_code >= 400 or "x-apideck-consumer-id" in violations

"""Pure pieces: NOT_GIVEN, OpenStrEnum, the configuration records, Retry-After parsing, the retry rule, backoff, and the
fault server's own recording."""

from __future__ import annotations

import copy

import httpx
import pytest
from pydantic import BaseModel, Field, ValidationError
from runtime._auth import Auth
from runtime._config import ApiKeyAuth, BearerAuth, ClientConfig, Endpoint
from runtime._exceptions import STATUS_ERRORS
from runtime._models import BaseModel as GeneratedBase
from runtime._retry import backoff_delay, parse_retry_after, retry_reason
from runtime._types import NOT_GIVEN, NotGiven, OpenStrEnum, strict_enums

from tests.support.fault_server import FaultServer, Reply


def test_not_given() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN


class Color(OpenStrEnum):
    RED = "red"


class Paint(BaseModel):
    color: Color


def test_open_str_enum() -> None:
    unknown = Color("ultraviolet")
    assert isinstance(unknown, Color)
    assert unknown == "ultraviolet"
    assert unknown.value == "ultraviolet"
    assert unknown.name == "UNKNOWN"
    assert not unknown.is_known
    assert Color.RED.is_known
    assert list(Color) == [Color.RED]
    assert Paint.model_validate({"color": "ultraviolet"}).model_dump(mode="json") == {
        "color": "ultraviolet"
    }
    with strict_enums(), pytest.raises(ValidationError):
        Paint.model_validate({"color": "ultraviolet"})
    with pytest.raises(ValueError, match="is not a valid"):
        Color(3)


def test_parse_retry_after() -> None:
    h = httpx.Headers
    assert parse_retry_after(h({"Retry-After": "2"})) == 2.0
    assert parse_retry_after(h({"retry-after-ms": "1500", "Retry-After": "9"})) == 1.5
    assert parse_retry_after(h({"Retry-After": "soon"})) is None
    assert parse_retry_after(h({})) is None
    date = "Wed, 21 Oct 2015 07:28:10 GMT"
    assert parse_retry_after(h({"Retry-After": date}), now=lambda: 1445412480.0) == 10.0
    assert parse_retry_after(h({"Retry-After": date}), now=lambda: 2e9) == 0.0


@pytest.mark.parametrize(
    ("method", "key", "exc", "status", "code", "retried"),
    [
        ("POST", False, httpx.ConnectError("x"), None, None, True),
        ("POST", False, httpx.ConnectTimeout("x"), None, None, True),
        ("POST", False, httpx.PoolTimeout("x"), None, None, True),
        ("POST", False, httpx.ReadTimeout("x"), None, None, False),
        ("POST", False, httpx.RemoteProtocolError("x"), None, None, False),
        ("POST", True, httpx.ReadTimeout("x"), None, None, True),
        ("PATCH", False, None, 500, None, False),
        ("POST", False, None, 429, None, True),
        ("POST", False, None, 409, "request_in_progress", True),
        ("POST", True, None, 409, "conflict", False),
        ("POST", True, None, 503, None, True),
        ("GET", False, None, 408, None, True),
        ("DELETE", False, None, 504, None, True),
        ("PUT", False, httpx.ReadError("x"), None, None, True),
        ("GET", False, None, 501, None, False),
        ("GET", False, None, 404, None, False),
    ],
)
def test_retry_rule(
    method: str,
    key: bool,
    exc: Exception | None,
    status: int | None,
    code: str | None,
    retried: bool,
) -> None:
    reason = retry_reason(
        method, has_idempotency_key=key, exception=exc, status_code=status, error_code=code
    )
    assert (reason is not None) == retried


def test_backoff() -> None:
    assert backoff_delay(0, rand=lambda: 0.0) == 0.5
    assert backoff_delay(1, rand=lambda: 0.0) == 1.0
    assert backoff_delay(10, rand=lambda: 0.0) == 8.0
    assert backoff_delay(0, rand=lambda: 1.0) == 0.375
    assert backoff_delay(3, retry_after=120.0) == 60.0


def test_fault_server_records_requests() -> None:
    with FaultServer(default=lambda r: Reply(201, json={"echo": r.json})) as server:
        response = httpx.post(f"{server.url}/a/b?x=1&x=2", json={"k": [1]}, headers={"X-T": "v"})
        assert response.status_code == 201
        assert response.json() == {"echo": {"k": [1]}}
        (request,) = server.requests
    assert (request.method, request.path, request.query) == ("POST", "/a/b", {"x": ["1", "2"]})
    assert request.headers["x-t"] == "v"
    assert request.body == b'{"k":[1]}'


def test_config_records_are_immutable_values() -> None:
    endpoint = Endpoint(method="GET", path="/v/{id}", operation_id="get_v", timeout=5.0)
    assert endpoint == Endpoint("GET", "/v/{id}", "get_v", None, None, 5.0)
    assert endpoint != Endpoint("GET", "/v/{id}", "get_v")
    assert len({endpoint, Endpoint("GET", "/v/{id}", "get_v", timeout=5.0)}) == 1
    assert repr(endpoint) == (
        "Endpoint(method='GET', path='/v/{id}', operation_id='get_v', idempotency_header=None, "
        "idempotency_pattern=None, timeout=5.0, content_type=None, base_url=None, security=None)"
    )
    with pytest.raises(AttributeError, match="immutable"):
        endpoint.timeout = 1.0  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del endpoint.path  # type: ignore[misc]
    scheme = ApiKeyAuth(name="api_key", header="x-api-key")
    assert repr(scheme) == "ApiKeyAuth(name='api_key', header='x-api-key', env=None)"
    keyed = ClientConfig(package="p", version="1", default_base_url="https://x", auth=(scheme,))
    auth = Auth(keyed, {"api_key": "sk-secret"}, environ={})
    assert "sk-secret" not in repr(auth)
    assert auth.client_headers() == {"x-api-key": "sk-secret"}
    bearer = ClientConfig(
        package="p", version="1", default_base_url="https://x", auth=(BearerAuth(name="token"),)
    )
    assert Auth(bearer, {"token": "t"}, environ={}).client_headers() == {
        "Authorization": "Bearer t"
    }
    config = ClientConfig(package="p", version="1", default_base_url="https://x")
    assert config.user_agent == "p-python/1"
    assert config.status_errors is STATUS_ERRORS
    changed = config.replace(version="2")
    assert (changed.user_agent, config.user_agent) == ("p-python/2", "p-python/1")
    with pytest.raises(TypeError, match="no field"):
        config.replace(colour="red")


@pytest.mark.filterwarnings("error")
def test_models_whose_fields_start_like_pydantic_methods_build_without_warnings() -> None:
    class Export(GeneratedBase):
        model_dump_: str | None = Field(default=None, alias="model_dump")
        model_validate_at: str | None = None
        model_dump_format: str = "json"

    item = Export.model_validate({"model_dump": "a", "model_validate_at": "b"})
    assert (item.model_dump_, item.model_validate_at, item.model_dump_format) == ("a", "b", "json")
    assert item.model_dump(by_alias=True)["model_dump"] == "a"  # the method is still the method
    with pytest.warns(UserWarning, match="shadows an attribute"):  # a real shadow still warns

        class Shadowing(GeneratedBase):
            model_dump: str = ""  # type: ignore[assignment]

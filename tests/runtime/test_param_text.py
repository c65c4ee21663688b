"""Wire text of parameters beyond ``str()``: ``param_text`` (OpenAPI ``simple`` style for
headers), exploded header objects, cookies in ``form`` style, ``json_param``, ``query_object``,
``HeaderMap`` taking non-string values, and an ``Endpoint``'s own base URL. (Every style:
test_params.py.)"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

import httpx
import pytest
from pydantic import BaseModel
from runtime._base_client import ClientConfig, Endpoint, SyncAPIClient
from runtime._build import HeaderMap
from runtime._options import cookie_header, json_param, query_object
from runtime._params import Styled, param_text
from runtime._types import NOT_GIVEN


class Color(enum.Enum):
    RED = "red"


class Point(BaseModel):
    x: int
    y: int | None = None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("plain", "plain"),
        (5, "5"),
        (True, "true"),
        (False, "false"),
        (1.5, "1.5"),
        (Color.RED, "red"),
        (date(2025, 1, 2), "2025-01-02"),
        (datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "2025-01-02T03:04:05+00:00"),
        (["a", "b", 3], "a,b,3"),
        ((True, False), "true,false"),
        ({"r": 100, "g": 200}, "r,100,g,200"),
        (Point(x=1), "x,1"),  # a model: only the fields set
    ],
)
def test_param_text_is_simple_style(value: object, text: str) -> None:
    assert param_text(value) == text


def test_exploded_objects_are_key_equals_value() -> None:
    def exploded(value: object) -> str:
        return param_text(Styled(value, "simple", explode=True))

    assert exploded({"r": 100, "g": 200}) == "r=100,g=200"
    assert exploded(Point(x=1, y=2)) == "x=1,y=2"
    assert exploded(["a", "b"]) == "a,b"
    headers = HeaderMap({"X-E": Styled({"r": 1}, "simple", explode=True)})
    assert headers.values == {"X-E": "r=1"}


def test_header_map_writes_non_string_values_and_drops_missing_ones() -> None:
    headers = HeaderMap({"X-N": 3, "X-L": ["a", "b"], "X-Gone": NOT_GIVEN, "X-Null": None})
    assert headers.values == {"X-N": "3", "X-L": "a,b"}


def test_cookie_values_are_form_style_and_percent_encoded() -> None:
    # form's default explode: one cookie pair per array item
    assert cookie_header({"tags": ["a b", "c,d"], "n": 2, "off": False}) == (
        "tags=a%20b; tags=c%2Cd; n=2; off=false"
    )


def test_json_param_is_compact_json_text() -> None:
    assert json_param({"a": [1, 2], "b": "ä"}) == '{"a":[1,2],"b":"ä"}'
    assert json_param(Point(x=1)) == '{"x":1}'
    assert json_param(NOT_GIVEN) is NOT_GIVEN


def test_query_object_spreads_an_object_and_refuses_others() -> None:
    assert query_object({"a": 1, "b": NOT_GIVEN}) == {"a": 1}
    assert query_object(Point(x=3)) == {"x": 3}
    assert query_object(NOT_GIVEN) == {}
    with pytest.raises(TypeError):
        query_object([1, 2])


def test_endpoint_base_url_wins_over_the_client_base_url() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={})

    client = SyncAPIClient(
        config=ClientConfig(package="t", version="1", default_base_url="https://doc.test/v1"),
        credentials={},
        base_url="https://override.test/v2",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    own = Endpoint("POST", "/up", "up", base_url="https://uploads.test/x/")
    client._request(own, cast_to=type(None))
    client._request(Endpoint("GET", "/items", "items"), cast_to=type(None))
    assert seen == ["https://uploads.test/x/up", "https://override.test/v2/items"]

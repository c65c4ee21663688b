"""Request bodies by encoding, on the wire (httpx.MockTransport): form, multipart with and without
files, and raw content with the endpoint's media type."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

import httpx
from runtime._config import Endpoint
from runtime._files import multipart_files
from runtime._types import NOT_GIVEN
from runtime_testkit import mock_client

UPLOAD = Endpoint(method="POST", path="/v1/upload", operation_id="upload")
CSV = Endpoint(method="PUT", path="/v1/data", operation_id="put_data", content_type="text/csv")


def _send(**kwargs: Any) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = mock_client(handler)
    client._request(kwargs.pop("endpoint", UPLOAD), cast_to=dict, **kwargs)
    return seen[0]


def _parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """name -> (file name, content) of each part of a multipart request."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    out = {}
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        out[str(part.get_param("name", header="content-disposition"))] = (
            part.get_filename(),
            payload,
        )
    return out


def test_a_form_body_is_urlencoded() -> None:
    request = _send(json={"name": "a b", "count": 2, "on": True, "gone": NOT_GIVEN}, form=True)
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {"name": ["a b"], "count": ["2"], "on": ["true"]}


def test_multipart_stays_multipart_when_every_file_is_left_out() -> None:
    request = _send(json={"title": "t", "n": 1}, files=multipart_files({"file": NOT_GIVEN}))
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert _parts(request) == {"title": (None, b"t"), "n": (None, b"1")}


def test_multipart_sends_fields_before_files() -> None:
    files = multipart_files({"file": ("a.txt", b"hello", "text/plain")})
    request = _send(json={"title": "t"}, files=files)
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert list(_parts(request).items()) == [("title", (None, b"t")), ("file", ("a.txt", b"hello"))]


def test_raw_content_carries_the_endpoint_media_type_unless_the_caller_sets_one() -> None:
    request = _send(endpoint=CSV, content=b"a,b\n1,2\n")
    assert request.headers["content-type"] == "text/csv"
    assert request.content == b"a,b\n1,2\n"
    request = _send(
        endpoint=CSV,
        content=b"a;b\n",
        options={"extra_headers": {"content-type": "text/csv; charset=latin-1"}},
    )
    assert request.headers.get_list("content-type") == ["text/csv; charset=latin-1"]

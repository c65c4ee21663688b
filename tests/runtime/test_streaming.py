"""The runtime's stream objects in place (``_streaming``), over ``httpx.MockTransport`` bodies
sent in pieces: typed items, events, closing, and the errors a stream raises."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pydantic
import pytest
from runtime._exceptions import APIConnectionError, APIResponseValidationError
from runtime._files import BinaryStream
from runtime._streaming import AsyncStream, Stream


class Item(pydantic.BaseModel):
    n: int


def _response(pieces: list[bytes], content_type: str, fail: bool = False) -> httpx.Response:
    def body() -> Iterator[bytes]:
        yield from pieces
        if fail:
            raise httpx.ReadError("connection reset")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": content_type}, content=body())

    client = httpx.Client(transport=httpx.MockTransport(handler))
    return client.send(client.build_request("GET", "http://test/x"), stream=True)


def _stream(pieces: list[bytes], media: str, item: Any = Item, **kwargs: Any) -> Stream[Any]:
    return Stream(_response(pieces, media), item=item, media_type=media, **kwargs)


def test_events_are_validated_into_the_item_type_and_the_response_closed() -> None:
    stream = _stream(
        [b'data: {"n"', b': 1}\n\nevent: x\nid: 4\ndata: {"n": 2}\n\n'], "text/event-stream"
    )
    assert list(stream) == [Item(n=1), Item(n=2)]
    assert stream.response.is_closed


def test_iter_events_gives_name_id_retry_and_typed_data() -> None:
    stream = _stream([b'retry: 10\nevent: x\nid: 4\ndata: {"n": 2}\n\n'], "text/event-stream")
    (event,) = list(stream.iter_events())
    assert (event.event, event.id, event.retry, event.data, event.raw) == (
        "x",
        "4",
        10,
        Item(n=2),
        '{"n": 2}',
    )


def test_plain_text_data_is_kept_as_text() -> None:
    body = [b"data: 3\n\ndata: {}\n\ndata: [DONE]\n\n"]
    assert list(_stream(body, "text/event-stream", item=str)) == ["3", "{}", "[DONE]"]


def test_done_marker_ends_a_stream_of_json_events_without_reading_on() -> None:
    body = [b'data: {"n": 1}\n\ndata: [DONE]\n\ndata: {"n": 2}\n\n', b"not even an event"]
    stream = _stream(body, "text/event-stream")
    assert list(stream) == [Item(n=1)]
    assert stream.done
    assert stream.response.is_closed


def test_json_lines_and_next() -> None:
    stream = _stream([b'{"n": 1}\n{"n": 2}\n'], "application/x-ndjson")
    assert next(stream) == Item(n=1)
    assert next(stream) == Item(n=2)
    with pytest.raises(StopIteration):
        next(stream)
    with pytest.raises(TypeError, match="text/event-stream"):
        stream.iter_events()


def test_a_stream_is_iterated_once() -> None:
    stream = _stream([b'{"n": 1}\n'], "application/jsonl")
    assert list(stream) == [Item(n=1)]
    with pytest.raises(RuntimeError, match="only once"):
        list(stream)


def test_mismatches_raise_validation_errors() -> None:
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        list(_stream([b"data: nope\n\n"], "text/event-stream"))
    with pytest.raises(APIResponseValidationError, match="does not match Item") as info:
        list(_stream([b'{"m": 1}\n'], "application/x-ndjson"))
    assert info.value.body == '{"m": 1}'
    json_reply = _response([b'{"n": 1}'], "application/json")
    with pytest.raises(APIResponseValidationError, match="Expected a text/event-stream"):
        list(Stream(json_reply, item=Item, media_type="text/event-stream"))


def test_strict_mode_forbids_unknown_fields() -> None:
    assert list(_stream([b'{"n": 1, "x": 2}\n'], "application/x-ndjson")) == [Item(n=1)]
    with pytest.raises(APIResponseValidationError):
        list(_stream([b'{"n": 1, "x": 2}\n'], "application/x-ndjson", strict=True))


def test_a_transport_error_mid_stream_is_an_api_connection_error() -> None:
    response = _response([b'{"n": 1}\n'], "application/x-ndjson", fail=True)
    stream: Stream[Item] = Stream(response, item=Item, media_type="application/x-ndjson")
    got = []
    with pytest.raises(APIConnectionError, match="Stream interrupted"):
        got.extend(stream)
    assert got == [Item(n=1)]
    assert response.is_closed


def test_close_before_iterating_closes_the_response() -> None:
    with _stream([b'{"n": 1}\n'], "application/x-ndjson") as stream:
        pass
    assert stream.response.is_closed


def test_binary_stream_reads_chunks() -> None:
    binary = BinaryStream(_response([b"ab", b"cd"], "application/octet-stream"))
    assert binary.content_type == "application/octet-stream"
    assert b"".join(binary.iter_bytes()) == b"abcd"
    assert binary.response.is_closed


async def test_async_stream_items_and_close() -> None:
    async def body() -> Any:
        for piece in (b'data: {"n": 1}\n', b"\n", b'data: {"n": 2}\n\n'):
            yield piece

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        response = await client.send(client.build_request("GET", "http://test/x"), stream=True)
        async with AsyncStream(response, item=Item, media_type="text/event-stream") as stream:
            assert [item async for item in stream] == [Item(n=1), Item(n=2)]
        assert response.is_closed

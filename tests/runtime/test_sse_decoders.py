"""The stream decoders (runtime ``_sse``) against the WHATWG event-stream cases and JSON Lines /
RFC 7464 records, each fed whole, byte by byte and split at every position."""

from __future__ import annotations

import itertools

import pytest
from runtime._sse import JsonLinesDecoder, ServerSentEvent, SSEDecoder, decoder_kind


def _events(body: bytes, cuts: list[int] | None = None) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    out: list[ServerSentEvent] = []
    edges = [0, *(cuts or []), len(body)]
    for start, end in itertools.pairwise(edges):
        out += decoder.feed(body[start:end])
    return out + decoder.end()


def _every_split(body: bytes) -> list[list[ServerSentEvent]]:
    """The events of ``body`` fed whole, byte by byte, and in two pieces cut at each position."""
    runs = [_events(body), _events(body, list(range(1, len(body))))]
    runs += [_events(body, [cut]) for cut in range(1, len(body))]
    return runs


def _e(
    data: str, event: str = "message", id: str = "", retry: int | None = None
) -> ServerSentEvent:
    return ServerSentEvent(data=data, event=event, id=id, retry=retry)


CASES = [
    # the standard's examples
    (b"data: YHOO\ndata: +2\ndata: 10\n\n", [_e("YHOO\n+2\n10")]),
    (
        b": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n",
        [_e("first event", id="1"), _e("second event"), _e(" third event")],
    ),
    (b"data\n\ndata\ndata\n\ndata:", [_e(""), _e("\n")]),  # the last, unfinished, is dropped
    (b"data:test\n\ndata: test\n\n", [_e("test"), _e("test")]),
    # line ends: CRLF, CR, LF, mixed
    (b"data: a\r\n\r\ndata: b\r\rdata: c\n\n", [_e("a"), _e("b"), _e("c")]),
    (b"data: a\r\ndata: b\rdata: c\n\r\n", [_e("a\nb\nc")]),
    # event names, ids kept across events, NUL in id ignored, retry digits only
    (
        b"event: add\ndata: 1\nid: 7\n\ndata: 2\n\nid: x\x00y\nevent: del\ndata: 3\n\n",
        [_e("1", "add", "7"), _e("2", id="7"), _e("3", "del", "7")],
    ),
    (
        b"retry: 1500\ndata: a\n\nretry: 1_0\ndata: b\n\nretry: -5\nretry: 12a\ndata: c\n\n",
        [_e("a", retry=1500), _e("b", retry=1500), _e("c", retry=1500)],
    ),
    (b"retry: \xd9\xa3\ndata: a\n\n", [_e("a")]),  # Arabic-Indic digit: not ASCII
    # no data: nothing dispatched, and the event name does not leak into the next one
    (b"event: ping\n\nid: 3\n\n: keep-alive\n\ndata: x\n\n", [_e("x", id="3")]),
    # unknown fields, a field without colon, colon without space, only one space dropped
    (b"foo: bar\ndata:a\ndata:  b\nbogus\n\n", [_e("a\n b")]),
    # a byte order mark at the start is dropped (once); UTF-8 across chunks
    (b"\xef\xbb\xbfdata: caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\n\n", [_e("café € 😀")]),
    (b"data: \xef\xbb\xbfx\n\n", [_e("\ufeffx")]),
    # invalid UTF-8 becomes U+FFFD
    (b"data: \xff\n\n", [_e("\ufffd")]),
    # a stream ending in the middle of an event drops it
    (b"data: a\n\ndata: b\n", [_e("a")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_event_stream_cases_however_the_body_is_split(
    body: bytes, expected: list[ServerSentEvent]
) -> None:
    for events in _every_split(body):
        assert events == expected


def test_a_long_line_in_many_small_chunks_is_one_line() -> None:
    data = "x" * 100_000
    body = f"data: {data}\n\n".encode()
    assert _events(body, list(range(1, len(body), 7))) == [_e(data)]


def _texts(body: bytes, json_seq: bool = False, step: int = 0) -> list[str]:
    decoder = JsonLinesDecoder(json_seq=json_seq)
    out: list[str] = []
    size = step or len(body) or 1
    for start in range(0, len(body), size):
        out += decoder.feed(body[start : start + size])
    return out + decoder.end()


@pytest.mark.parametrize("step", [0, 1, 2, 3, 5])
def test_json_lines_one_text_per_line_blank_lines_skipped(step: int) -> None:
    body = b'{"a": 1}\n\n  \r\n{"b": "\xc3\xa9"}\r\n[1,2]'
    assert _texts(body, step=step) == ['{"a": 1}', '{"b": "é"}', "[1,2]"]


@pytest.mark.parametrize("step", [0, 1, 4])
def test_json_text_sequences_split_on_record_separators(step: int) -> None:
    body = b'\x1e{"a":\n 1}\n\x1e\n\x1e"x"\n'
    assert _texts(body, json_seq=True, step=step) == ['{"a":\n 1}', '"x"']


@pytest.mark.parametrize(
    ("media", "kind"),
    [
        ("text/event-stream", "sse"),
        ("Text/Event-Stream; charset=utf-8", "sse"),
        ("application/x-ndjson", "jsonl"),
        ("application/jsonl", "jsonl"),
        ("application/json-seq", "json-seq"),
        ("application/octet-stream", "bytes"),
        ("image/png, image/jpeg", "bytes"),
    ],
)
def test_decoder_kind_by_media_type(media: str, kind: str) -> None:
    assert decoder_kind(media) == kind

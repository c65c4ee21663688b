# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Incremental decoders for streamed bodies, fed network chunks as they arrive: server-sent
events (``text/event-stream``, parsed as the WHATWG HTML standard's "event stream
interpretation" says) and JSON Lines / NDJSON / JSON text sequences (RFC 7464). No I/O.

Both decode UTF-8 incrementally (a character split across two chunks is joined, invalid bytes
become U+FFFD, a leading byte order mark is dropped) and keep a partial line until its end
arrives, so events may be split anywhere between chunks.

Server-sent events, per the standard: lines end in CRLF, LF or CR (a CR at the end of one chunk
and an LF at the start of the next are one line end); a line starting with ``:`` is a comment;
``field: value`` drops one space after the colon; ``data`` lines are joined with LF; ``event``
names the event (``message`` when none); ``id`` sets the last event id (kept for later events,
ignored when it contains NUL); ``retry`` is taken only when all ASCII digits; unknown fields
are ignored; a blank line dispatches the event, unless it has no ``data`` line; an event the
stream ends in the middle of is discarded.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["JsonLinesDecoder", "SSEDecoder", "ServerSentEvent", "decoder_kind"]

_LINE_END = re.compile(r"\r\n|\r|\n")
_RECORD_SEPARATOR = "\x1e"  # RFC 7464: each JSON text starts with RS
_JSON_SEQUENCES = frozenset({"application/json-seq"})
_JSON_LINES = frozenset(
    {
        "application/x-ndjson",
        "application/ndjson",
        "application/jsonl",
        "application/x-jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
        "application/jsonl+json",
    }
)


def decoder_kind(media_type: str) -> str:
    """``"sse"``, ``"jsonl"``, ``"json-seq"`` or ``"bytes"`` for a (first) media type."""
    base = media_type.split(",")[0].split(";")[0].strip().lower()
    if base == "text/event-stream":
        return "sse"
    if base in _JSON_LINES:
        return "jsonl"
    if base in _JSON_SEQUENCES:
        return "json-seq"
    return "bytes"


class ServerSentEvent:
    """One dispatched event: ``event`` (``"message"`` when unnamed), ``data`` (the ``data``
    lines joined by LF), ``id`` (the last event id so far, ``""`` when none) and ``retry`` (the
    last reconnection time the stream gave, in milliseconds, or None)."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self, *, data: str, event: str = "message", id: str = "", retry: int | None = None
    ) -> None:
        self.data = data
        self.event = event
        self.id = id
        self.retry = retry

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        mine = (self.data, self.event, self.id, self.retry)
        return mine == (other.data, other.event, other.id, other.retry)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, "
            f"retry={self.retry!r})"
        )


class _Text:
    """Bytes → text, incrementally: UTF-8, invalid bytes replaced, a leading BOM dropped."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False

    def decode(self, chunk: bytes, final: bool = False) -> str:
        text = self._decoder.decode(chunk, final)
        if not self._started and text:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        return text


class SSEDecoder:
    """``feed(chunk)`` returns the events the chunk completes; ``end()`` the (none) left over."""

    def __init__(self) -> None:
        self._text = _Text()
        self._partial: list[str] = []  # the current line's pieces, until its line end arrives
        self._after_cr = False  # the last text ended in CR: an LF starting the next is its end
        self._data: list[str] = []
        self._event = ""
        self._last_id = ""
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        return self._lines(self._text.decode(chunk))

    def end(self) -> list[ServerSentEvent]:
        """The stream ended: a line and an event without their ends are discarded."""
        self._lines(self._text.decode(b"", final=True))
        self._partial = []
        self._data = []
        self._event = ""
        return []

    def _lines(self, text: str) -> list[ServerSentEvent]:
        if not text:
            return []
        if self._after_cr and text[0] == "\n":
            text = text[1:]
        self._after_cr = False
        if "\n" not in text and "\r" not in text:
            if text:
                self._partial.append(text)
            return []
        self._after_cr = text.endswith("\r")
        lines = _LINE_END.split(text)
        lines[0] = "".join(self._partial) + lines[0]
        rest = lines.pop()
        self._partial = [rest] if rest else []
        events = []
        for line in lines:
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None
        return ServerSentEvent(
            data="\n".join(data), event=event or "message", id=self._last_id, retry=self._retry
        )


class JsonLinesDecoder:
    """One JSON text per line (JSON Lines, NDJSON: LF or CRLF ends a line) or per record
    (``json_seq``: RFC 7464, each text after an RS); ``feed`` and ``end`` return the texts
    completed, stripped of surrounding whitespace, blank ones skipped. The last line needs no
    line end."""

    def __init__(self, *, json_seq: bool = False) -> None:
        self._text = _Text()
        self._separator = _RECORD_SEPARATOR if json_seq else "\n"
        self._partial: list[str] = []

    def feed(self, chunk: bytes) -> list[str]:
        return self._split(self._text.decode(chunk))

    def end(self) -> list[str]:
        texts = self._split(self._text.decode(b"", final=True))
        last = "".join(self._partial).strip()
        self._partial = []
        return [*texts, last] if last else texts

    def _split(self, text: str) -> list[str]:
        if self._separator not in text:
            if text:
                self._partial.append(text)
            return []
        pieces = text.split(self._separator)
        pieces[0] = "".join(self._partial) + pieces[0]
        rest = pieces.pop()
        self._partial = [rest] if rest else []
        return [p for p in (piece.strip() for piece in pieces) if p]

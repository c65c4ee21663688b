# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Streamed responses: what a call returns when its body is read as it arrives.

- ``Stream[T]`` / ``AsyncStream[T]``: the items of a ``text/event-stream`` (each event's
  ``data``), JSON Lines / NDJSON (each line) or JSON text sequence (each record), validated as
  ``T``. ``T`` is ``str`` for events whose data is plain text; anything else is parsed as JSON
  and validated (a mismatch raises ``APIResponseValidationError``); an event whose data is
  ``[DONE]`` ends a stream of JSON events. ``iter_events()`` (SSE only) yields ``Event[T]`` with
  the event's name, id and retry as well.
- ``BinaryStream`` / ``AsyncBinaryStream`` (in ``_files``, re-exported): a binary body in chunks
  (``iter_bytes()``, ``write_to_file(path)``) without holding it in memory.

Each is a context manager; the HTTP response (its connection) is closed when the loop ends,
breaks or raises, on ``close()`` and on leaving the ``with`` block. The client checks the status
first: a non-2xx response raises its status error before any of these exists, and a call is
never retried once one has been handed out. A dropped connection or a read timeout while
iterating raises ``APIConnectionError`` / ``APITimeoutError``. Decoding: :mod:`._sse`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx
import pydantic

from ._exceptions import APIResponseValidationError
from ._files import AsyncBinaryStream, BinaryStream, Redact, read_error
from ._parse import validate_value
from ._response import APIResponse
from ._sse import JsonLinesDecoder, ServerSentEvent, SSEDecoder, decoder_kind

if TYPE_CHECKING:
    from ._build import Call

__all__ = [
    "AsyncBinaryStream",
    "AsyncStream",
    "BinaryStream",
    "Event",
    "Stream",
    "open_stream",
]

T = TypeVar("T")
_DONE = "[DONE]"


class Event(Generic[T]):
    """A server-sent event with its ``data`` validated as ``T``; ``raw`` is the data text."""

    __slots__ = ("data", "event", "id", "raw", "retry")

    def __init__(self, sse: ServerSentEvent, data: T) -> None:
        self.data = data
        self.event = sse.event
        self.id = sse.id
        self.retry = sse.retry
        self.raw = sse.data

    def __repr__(self) -> str:
        return f"Event(event={self.event!r}, id={self.id!r}, data={self.data!r})"


class _Items(Generic[T]):
    """What both stream classes share: the response, decoding and item validation (no I/O)."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        item: Any,
        media_type: str,
        strict: bool = False,
        request_id: str | None = None,
        redact: Redact = str,
    ) -> None:
        self.response = response
        self.request_id = request_id
        self._item = item
        self._strict = strict
        self._redact = redact
        self._kind = decoder_kind(media_type)
        self._sse = self._kind == "sse"
        self._decoder: SSEDecoder | JsonLinesDecoder = (
            SSEDecoder() if self._sse else JsonLinesDecoder(json_seq=self._kind == "json-seq")
        )
        self._started = False
        self.done = False  # the stream sent its end marker; the rest is not read
        self._next: Generator[Any, None, None] | None = None  # what ``__next__`` reads
        self._anext: AsyncGenerator[Any, None] | None = None

    def _start(self) -> None:
        if self._started:
            raise RuntimeError("a stream can be iterated only once")
        self._started = True

    def _check_content_type(self) -> None:
        got = self.response.headers.get("content-type", "")
        if self._sse and got and got.split(";")[0].strip().lower() != "text/event-stream":
            raise APIResponseValidationError(
                response=self.response,
                body="",
                message=f"Expected a text/event-stream response, got {got!r}.",
            )

    def _convert(self, text: str) -> T:
        if self._item is str and self._sse:
            return text  # type: ignore[return-value]
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise APIResponseValidationError(
                response=self.response, body=text, message="Stream item is not valid JSON."
            ) from None
        try:
            value: T = validate_value(data, self._item, strict=self._strict)
        except pydantic.ValidationError as exc:
            name = getattr(self._item, "__name__", repr(self._item))
            errors: list[Any] = list(exc.errors(include_input=False, include_url=False))
            raise APIResponseValidationError(
                response=self.response,
                body=text,
                message=f"Stream item does not match {name}: {exc.error_count()} error(s)",
                errors=errors,
            ) from None
        return value

    def _decoded(self, chunk: bytes | None) -> list[Any]:
        """The raw items (events or texts) a chunk completes; ``None`` is the end. Events of
        JSON data stop at one whose data is ``[DONE]`` (the end marker many APIs send)."""
        if self.done:
            return []
        items: list[Any] = self._decoder.end() if chunk is None else self._decoder.feed(chunk)
        if self._sse and self._item is not str:
            for index, raw in enumerate(items):
                if raw.data == _DONE:
                    self.done = True
                    return items[:index]
        return items

    def _typed(self, raw: Any, events: bool) -> Any:
        if isinstance(raw, ServerSentEvent):
            data = self._convert(raw.data)
            return Event(raw, data) if events else data
        return self._convert(raw)

    def _no_events(self) -> None:
        if not self._sse:
            raise TypeError("iter_events() is for text/event-stream responses")

    def __repr__(self) -> str:
        req = self.response.request
        return f"<{type(self).__name__} {req.method} {req.url} request_id={self.request_id!r}>"


class Stream(_Items[T]):
    """Iterate (once) for the typed items; ``with`` (or ``close()``) releases the connection.
    The loop holds the only reference to its generator, so leaving it early (``break``, an
    exception) closes the response at once, even while the stream itself is still referenced."""

    def _items(self, *, events: bool) -> Generator[Any, None, None]:
        self._start()
        try:
            self._check_content_type()
            chunks = self.response.iter_bytes()
            while True:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    break
                except httpx.TransportError as exc:
                    raise read_error(self.response, self._redact, exc) from exc
                for raw in self._decoded(chunk):
                    yield self._typed(raw, events)
                if self.done:
                    break
            for raw in self._decoded(None):
                yield self._typed(raw, events)
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        return self._items(events=False)

    def __next__(self) -> T:
        if self._next is None:
            self._next = self._items(events=False)
        item: T = next(self._next)
        return item

    def iter_events(self) -> Iterator[Event[T]]:
        """The events themselves (SSE only): ``.event``, ``.id``, ``.retry`` and ``.data: T``."""
        self._no_events()
        return self._items(events=True)

    def close(self) -> None:
        if self._next is not None:
            self._next.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(_Items[T]):
    """The ``async for`` twin of ``Stream``; ``async with`` or ``await close()``. After a
    ``break`` outside ``async with``, the event loop closes the response soon after (when it
    finalizes the loop's generator)."""

    async def _items(self, *, events: bool) -> AsyncGenerator[Any, None]:
        self._start()
        try:
            self._check_content_type()
            chunks = self.response.aiter_bytes()
            while True:
                try:
                    chunk = await anext(chunks)
                except StopAsyncIteration:
                    break
                except httpx.TransportError as exc:
                    raise read_error(self.response, self._redact, exc) from exc
                for raw in self._decoded(chunk):
                    yield self._typed(raw, events)
                if self.done:
                    break
            for raw in self._decoded(None):
                yield self._typed(raw, events)
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items(events=False)

    async def __anext__(self) -> T:
        if self._anext is None:
            self._anext = self._items(events=False)
        item: T = await anext(self._anext)
        return item

    def iter_events(self) -> AsyncIterator[Event[T]]:
        """The events themselves (SSE only), as ``Stream.iter_events``."""
        self._no_events()
        return self._items(events=True)

    async def close(self) -> None:
        if self._anext is not None:
            await self._anext.aclose()
        await self.response.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def open_stream(
    response: httpx.Response,
    media_type: str,
    call: Call,
    *,
    asynchronous: bool,
    strict: bool,
    request_id: str | None,
    retries_taken: int,
    redact: Redact,
) -> Any:
    """The stream object for a successful, not yet read ``response`` of ``call``: binary for a
    media type that is no event stream or JSON Lines, else items of ``call.cast_to``; under a
    raw-response wrapper, the ``APIResponse`` whose ``parse()`` returns it."""
    kwargs: dict[str, Any] = {"request_id": request_id, "redact": redact}
    opened: Any
    if decoder_kind(media_type) == "bytes":
        opened = (AsyncBinaryStream if asynchronous else BinaryStream)(response, **kwargs)
    else:
        kwargs.update(item=call.cast_to, media_type=media_type, strict=strict)
        opened = (AsyncStream if asynchronous else Stream)(response, **kwargs)
    if not call.raw:
        return opened
    raw: APIResponse[Any] = APIResponse(
        http_response=response,
        cast_to=call.cast_to,
        envelope=None,
        strict=strict,
        request_id=request_id,
        idempotency_key=call.idempotency_key,
        retries_taken=retries_taken,
    )
    raw._set_parsed(opened)
    return raw

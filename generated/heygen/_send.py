# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Sending one attempt and reading its response, sync and async: redirects the caller's pool
wants followed are followed here (``follow_redirects=False`` on each send, so the client can strip
credentials on a change of origin), and the body is read through a stream that enforces the
attempt's deadline. No retry logic: the clients' loops decide what an error means.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

__all__ = [
    "AsyncDeadlineStream",
    "DeadlineStream",
    "next_request",
    "origin",
    "send_async",
    "send_sync",
]

Redirect = Callable[[httpx.Request, httpx.Response], httpx.Request]


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


class DeadlineStream(httpx.SyncByteStream):
    """A response body stream that raises ``httpx.ReadTimeout`` once ``deadline`` (monotonic) has
    passed between two chunks: the whole-attempt bound httpx's per-read timeouts do not give."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: float, request: httpx.Request):
        self._stream = stream
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("timed out reading the response", request=self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """The async twin of ``DeadlineStream``."""

    def __init__(self, stream: httpx.AsyncByteStream, deadline: float, request: httpx.Request):
        self._stream = stream
        self._deadline = deadline
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("timed out reading the response", request=self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def next_request(
    previous: httpx.Request, response: httpx.Response, credential_headers: frozenset[str]
) -> httpx.Request:
    """The request a redirect ``response`` to ``previous`` leads to (httpx built it), without any
    of ``credential_headers`` when the origin (scheme, host, port) changes."""
    request = response.next_request
    assert request is not None
    if origin(request.url) != origin(previous.url):
        for name in credential_headers:
            if name in request.headers:
                del request.headers[name]
    return request


def _too_many(request: httpx.Request) -> httpx.TooManyRedirects:
    return httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)


def send_sync(
    client: httpx.Client,
    request: httpx.Request,
    deadline: float | None,
    redirect: Redirect,
    stream: bool = False,
) -> httpx.Response:
    """Send ``request``, follow redirects when ``client.follow_redirects`` (through ``redirect``,
    which builds each next request), and read the final body before ``deadline``. With
    ``stream``, a 2xx body is left unread (the caller's stream reads it; httpx's per-read
    timeouts apply, not the deadline); an error body is still read."""
    response = client.send(request, stream=True, follow_redirects=False)
    try:
        hops = 0
        while client.follow_redirects and response.next_request is not None:
            if hops >= client.max_redirects:
                raise _too_many(request)
            request = redirect(request, response)
            response.close()
            hops += 1
            response = client.send(request, stream=True, follow_redirects=False)
        if stream and response.is_success:
            return response
        if deadline is not None:
            assert isinstance(response.stream, httpx.SyncByteStream)
            response.stream = DeadlineStream(response.stream, deadline, request)
        response.read()
    except BaseException:
        response.close()
        raise
    return response


async def send_async(
    client: httpx.AsyncClient,
    request: httpx.Request,
    deadline: float | None,
    redirect: Redirect,
    stream: bool = False,
) -> httpx.Response:
    """The async twin of :func:`send_sync`."""
    response = await client.send(request, stream=True, follow_redirects=False)
    try:
        hops = 0
        while client.follow_redirects and response.next_request is not None:
            if hops >= client.max_redirects:
                raise _too_many(request)
            request = redirect(request, response)
            await response.aclose()
            hops += 1
            response = await client.send(request, stream=True, follow_redirects=False)
        if stream and response.is_success:
            return response
        if deadline is not None:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = AsyncDeadlineStream(response.stream, deadline, request)
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
    return response

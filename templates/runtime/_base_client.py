"""The two send loops, ``SyncAPIClient`` (``httpx.Client``) and ``AsyncAPIClient``
(``httpx.AsyncClient``), over ``_client_base.BaseClient``, which prepares each call and decides
every retry without I/O. Also re-exports the names generated code imports from here
(``ApiKeyAuth``, ``BearerAuth``, ``BasicAuth``, ``ClientConfig``, ``Endpoint``, ``model_body``,
``validated_body``, ``DEFAULT_MAX_RETRIES``).

Generated code subclasses one client and calls ``_request(ENDPOINT, ...)`` (see CONTRACT.md).

Retries (``max_retries``, default 2, per call ``max_retries=``): GET/HEAD/PUT/DELETE/OPTIONS and any
call carrying an idempotency key are retried on connection errors, timeouts, 408, 409
``request_in_progress``, 429 and 500/502/503/504. **Write safety:** a POST/PATCH without an
idempotency key is retried only when the server cannot have acted on it — the connection was never
established, a 429, or a 409 ``request_in_progress`` — and is *not* retried after a read/write
timeout, a connection reset after sending, a 408 or a 5xx (a repeat could duplicate a billed
create); operations that declare an ``Idempotency-Key`` header always carry one (generated when the
caller gives none, the same on every attempt), so they are retried on every retryable failure.
Waits: ``Retry-After`` (seconds or HTTP date) / ``retry-after-ms``, capped at 60 s, else
exponential backoff from 0.5 s doubling to 8 s with up to 25 % jitter, through the injectable
``sleep`` (``with_options(sleep=...)``).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._build import DEFAULT_TIMEOUT
from ._client_base import DEFAULT_MAX_RETRIES, BaseClient
from ._config import ApiKeyAuth, BasicAuth, BearerAuth, ClientConfig, Endpoint
from ._parse import model_body, validated_body
from ._send import send_async, send_sync
from ._streaming import open_stream
from ._types import NOT_GIVEN, HeaderParams, Headers, NotGiven, Query, RequestOptions

if TYPE_CHECKING:
    import asyncio

    from ._build import Call

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ApiKeyAuth",
    "AsyncAPIClient",
    "BaseClient",
    "BasicAuth",
    "BearerAuth",
    "ClientConfig",
    "Endpoint",
    "SyncAPIClient",
    "model_body",
    "validated_body",
]


def _streamed(
    client: BaseClient,
    call: Call,
    response: httpx.Response,
    retries_taken: int,
    media_type: str,
    asynchronous: bool,
) -> Any:
    """``BaseClient._finish`` for a streamed call: its status error, or the stream object over
    the unread body (``_streaming.open_stream``)."""
    request_id = client._request_id(response)
    if not response.is_success:
        raise client._status_error(response, request_id)
    return open_stream(
        response,
        media_type,
        call,
        asynchronous=asynchronous,
        strict=client.strict_response_validation,
        request_id=request_id,
        retries_taken=retries_taken,
        redact=client._redactor.redact,
    )


class SyncAPIClient(BaseClient):
    """Blocking client over ``httpx.Client``. ``http_client`` lets callers bring their own (proxies,
    transports, event hooks); it is then not closed by ``close()``. ``sleep`` is the wait used
    between retries (tests inject a recorder)."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        credentials: Mapping[str, object],
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            config=config,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http_client = http_client is None
        if http_client is None:
            # The pool is made on first use (its TLS context cost a fifth of `import httpx,
            # pydantic`), by this client, so `with_options` copies made before still share it.
            self._base_headers_in_pool = True
        self._http = _SyncPool(http_client, functools.partial(self._own_pool, httpx.Client))
        self._sleep = sleep

    @property
    def _client(self) -> httpx.Client:
        return self._http.get()

    def _request(
        self,
        endpoint: Endpoint,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Query | None = None,
        headers: HeaderParams | None = None,
        json: object = NOT_GIVEN,
        files: Any = None,
        content: bytes | str | NotGiven | None = None,
        cast_to: Any,
        envelope: str | None = None,
        options: RequestOptions | None = None,
        raw: bool | None = None,
        form: bool = False,
        stream: str | None = None,
    ) -> Any:
        """Send one logical call (with retries) and return the parsed ``cast_to`` value, or the
        ``APIResponse`` under a raw-response wrapper (``raw``: True/False decides here, None
        follows the wrapper). ``stream`` (a media type, sent as ``Accept``) returns a
        ``_streaming`` object over the unread body instead, of ``cast_to`` items; a status error
        is raised before it exists, and nothing is retried after. Raises the ``APIError``
        subclasses."""
        if stream is not None:
            headers = {"Accept": stream, **(headers or {})}
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            json=json,
            files=files,
            content=content,
            cast_to=cast_to,
            envelope=envelope,
            options=options,
            raw=raw,
            form=form,
        )
        retries_taken = 0
        client = self._http.client or self._http.get()
        while True:
            fresh = self._auth.fresh_headers(endpoint)  # a token callable's, for this attempt
            request, deadline = self._build_request(client, call, retries_taken, fresh)
            try:
                response = send_sync(
                    client, request, deadline, self._redirected, stream is not None
                )
            except httpx.TransportError as exc:
                delay = self._retry_after_exception(call, request, exc, retries_taken)
            except Exception as exc:  # a corrupt body, too many redirects, a hook's error, ...
                raise self._unexpected_error(request, exc) from exc
            else:
                maybe = self._retry_after_response(call, response, retries_taken)
                if maybe is None and stream is not None:
                    return _streamed(self, call, response, retries_taken, stream, False)
                if maybe is None:
                    return self._finish(call, response, retries_taken)
                response.close()
                delay = maybe
            self._sleep(delay)
            retries_taken += 1

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing the connection pool (its close is a no-op)."""
        changes = self._option_changes(
            base_url, timeout, max_retries, default_headers, strict_response_validation
        )
        if sleep is not None:
            changes["_sleep"] = sleep
        return self._copy_base(**changes)

    copy = with_options

    def close(self) -> None:
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _SyncPool:
    """The ``httpx.Client`` of a client and its ``with_options`` copies: the caller's, or the
    one the client owns, made when first needed."""

    __slots__ = ("client", "closed", "make")

    def __init__(self, client: httpx.Client | None, make: Callable[[], httpx.Client]) -> None:
        self.client = client
        self.make = make
        self.closed = False  # closed before it was made: made closed, as httpx would have it

    def get(self) -> httpx.Client:
        if self.client is None:
            self.client = self.make()
            if self.closed:
                self.client.close()
        return self.client

    def close(self) -> None:
        if self.client is None:
            self.closed = True
        else:
            self.client.close()


class _LoopPool:
    """An owned ``httpx.AsyncClient`` and the event loop it was first used on (None: not yet)."""

    __slots__ = ("client", "loop")

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.loop: asyncio.AbstractEventLoop | None = None


class AsyncAPIClient(BaseClient):
    """The ``asyncio`` twin of ``SyncAPIClient`` over ``httpx.AsyncClient``; awaits ``sleep``."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        credentials: Mapping[str, object],
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            config=config,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http_client = http_client is None
        self._client = http_client or self._own_pool(httpx.AsyncClient)
        # The pool this client created, shared with its copies, and the event loop it serves.
        self._loop_pool = None if http_client else _LoopPool(self._client)
        if sleep is None:
            import asyncio  # here, not at import time: a sync-only program never loads asyncio

            sleep = asyncio.sleep
        self._sleep = sleep

    async def _request(
        self,
        endpoint: Endpoint,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Query | None = None,
        headers: HeaderParams | None = None,
        json: object = NOT_GIVEN,
        files: Any = None,
        content: bytes | str | NotGiven | None = None,
        cast_to: Any,
        envelope: str | None = None,
        options: RequestOptions | None = None,
        raw: bool | None = None,
        form: bool = False,
        stream: str | None = None,
    ) -> Any:
        """Async ``SyncAPIClient._request``: same preparation, retry rule and results."""
        if stream is not None:
            headers = {"Accept": stream, **(headers or {})}
        call = self._prepare(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            json=json,
            files=files,
            content=content,
            cast_to=cast_to,
            envelope=envelope,
            options=options,
            raw=raw,
            form=form,
        )
        retries_taken = 0
        pool = self._pool()
        tokens = self._auth.has_tokens(endpoint)  # else no coroutine to await per attempt
        while True:
            fresh = await self._auth.fresh_headers_async(endpoint) if tokens else None
            request, deadline = self._build_request(pool, call, retries_taken, fresh)
            try:
                response = await send_async(
                    pool, request, deadline, self._redirected, stream is not None
                )
            except httpx.TransportError as exc:
                delay = self._retry_after_exception(call, request, exc, retries_taken)
            except Exception as exc:  # a corrupt body, too many redirects, a hook's error, ...
                raise self._unexpected_error(request, exc) from exc
            else:
                maybe = self._retry_after_response(call, response, retries_taken)
                if maybe is None and stream is not None:
                    return _streamed(self, call, response, retries_taken, stream, True)
                if maybe is None:
                    return self._finish(call, response, retries_taken)
                await response.aclose()
                delay = maybe
            await self._sleep(delay)
            retries_taken += 1

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing the connection pool (its close is a no-op)."""
        changes = self._option_changes(
            base_url, timeout, max_retries, default_headers, strict_response_validation
        )
        if sleep is not None:
            changes["_sleep"] = sleep
        return self._copy_base(**changes)

    copy = with_options

    def _pool(self) -> httpx.AsyncClient:
        """The connection pool for the running event loop. A pool this client created is bound
        to the loop of its first request (its connections belong to that loop); when that loop
        has been closed (a second ``asyncio.run``), a fresh pool replaces it for this client and
        its copies. Used from a second loop while the first still runs, it raises
        ``RuntimeError``: create one client per event loop. A caller's ``http_client`` is used
        as given."""
        holder = self._loop_pool
        if holder is None:
            return self._client
        import asyncio

        loop = asyncio.get_running_loop()
        if holder.loop is None:
            holder.loop = loop
        elif holder.loop is not loop:
            if not holder.loop.is_closed():
                raise RuntimeError(
                    f"{type(self).__name__} is already in use by another running event loop; "
                    "create one client per event loop."
                )
            holder.client = self._own_pool(httpx.AsyncClient)
            holder.loop = loop
        self._client = holder.client
        return holder.client

    async def close(self) -> None:
        if not self._owns_http_client:
            return
        holder = self._loop_pool
        if holder is not None and holder.loop is not None and holder.loop.is_closed():
            return  # its connections ended with their event loop; nothing left to close
        await (holder.client if holder else self._client).aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

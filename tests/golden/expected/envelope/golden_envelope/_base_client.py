# Generated from the OpenAPI document by codegen; do not edit. Regenerate: `make generate`.
"""The clients: ``BaseClient`` (configuration, request preparation, retry decisions, logging and
error building — no I/O) and its two send loops, ``SyncAPIClient`` and ``AsyncAPIClient``.

Generated code subclasses one of them and calls ``_request(ENDPOINT, ...)`` (see CONTRACT.md). The
retry rule lives in ``_retry.retry_reason``: idempotent methods and calls with an idempotency key
are retried on connection errors, timeouts, 408, 409 ``request_in_progress``, 429 and
500/502/503/504;
POST/PATCH without a key only when the server cannot have acted (connect failure, 429, 409 in
progress). Waits: ``Retry-After``/``retry-after-ms`` (capped at 60 s) or exponential backoff with
jitter, through the injectable ``sleep``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Self, TypeVar

import httpx

from ._build import (
    DEFAULT_TIMEOUT,
    build_body,
    format_path,
    idempotency_key_for,
    merge_headers,
    merge_query,
    normalize_timeout,
    resolve_timeout,
)
from ._config import (
    ApiKeyAuth,
    BearerAuth,
    ClientConfig,
    Endpoint,
    resolve_base_url,
    resolve_credential,
)
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    build_status_error,
    parse_body,
)
from ._logging import Redactor, get_logger, protect_request
from ._parse import model_body
from ._response import APIResponse, consume_raw_response_flag
from ._retry import backoff_delay, parse_retry_after, retry_reason
from ._types import NOT_GIVEN, Headers, NotGiven, Query, RequestOptions

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ApiKeyAuth",
    "AsyncAPIClient",
    "BaseClient",
    "BearerAuth",
    "ClientConfig",
    "Endpoint",
    "SyncAPIClient",
    "model_body",
]

DEFAULT_MAX_RETRIES = 2
_LOG_BODY_LIMIT = 2000
T = TypeVar("T")


@dataclass(slots=True)
class _Call:
    """One logical call, prepared once and sent on every attempt."""

    endpoint: Endpoint
    url: str
    params: dict[str, str | list[str]]
    headers: httpx.Headers
    body: dict[str, Any]
    timeout: httpx.Timeout
    max_retries: int
    idempotency_key: str | None
    cast_to: Any
    envelope: str | None
    raw: bool


class BaseClient:
    """State and logic shared by both clients. ``credentials`` maps each auth scheme's ``name`` to
    the argument the user passed (``None`` = not passed); see ``_config.resolve_credential``."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._config = config
        self._credential = resolve_credential(config, credentials)
        self.base_url = resolve_base_url(config, base_url)
        self.timeout = (
            DEFAULT_TIMEOUT
            if isinstance(timeout, NotGiven)
            else normalize_timeout(timeout, DEFAULT_TIMEOUT.connect)
        )
        self.max_retries = max_retries
        self._default_headers: dict[str, str | NotGiven] = dict(default_headers or {})
        self.strict_response_validation = strict_response_validation
        self._redactor = Redactor(
            [self._credential.value, self._credential.header_value] if self._credential else [],
            [self._credential.header] if self._credential else [],
        )
        self._log = get_logger(config.package, config.log_env)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} base_url={self.base_url!r} max_retries={self.max_retries} "
            f"timeout={self.timeout!r}>"
        )

    @property
    def default_headers(self) -> dict[str, str]:
        auth = {}
        if self._credential is not None:
            auth[self._credential.header] = self._credential.header_value
        headers = merge_headers(
            {"User-Agent": self._config.user_agent, "Accept": "application/json"},
            auth,
            self._default_headers,
        )
        return dict(headers.items())

    # -- preparation (no I/O) -------------------------------------------------------------

    def _prepare(
        self,
        endpoint: Endpoint,
        *,
        path_params: Mapping[str, object] | None,
        query: Query | None,
        headers: Headers | None,
        json: object,
        files: Any,
        content: bytes | str | None,
        cast_to: Any,
        envelope: str | None,
        options: RequestOptions | None,
    ) -> _Call:
        opts: RequestOptions = options or {}
        merged = merge_headers(self.default_headers, headers, opts.get("extra_headers"))
        key = idempotency_key_for(endpoint, merged, opts)
        body: dict[str, Any] = build_body(json, opts.get("extra_body"), has_files=files is not None)
        if files is not None:
            body["files"] = files
        if content is not None:
            if body:
                raise TypeError("pass either content or a JSON body, not both")
            body["content"] = content
        max_retries = opts.get("max_retries", self.max_retries)
        return _Call(
            endpoint=endpoint,
            url=self.base_url + format_path(endpoint.path, path_params or {}),
            params=merge_query(query, opts.get("extra_query")),
            headers=merged,
            body=body,
            timeout=resolve_timeout(endpoint, opts, self.timeout),
            max_retries=max(max_retries, 0),
            idempotency_key=key,
            cast_to=cast_to,
            envelope=envelope,
            raw=consume_raw_response_flag(),
        )

    def _build_request(
        self, client: httpx.Client | httpx.AsyncClient, call: _Call
    ) -> httpx.Request:
        request = client.build_request(
            call.endpoint.method.upper(),
            call.url,
            params=call.params,
            headers=call.headers,
            timeout=call.timeout,
            **call.body,
        )
        protect_request(request, self._redactor)
        self._debug_request(request, call)
        return request

    # -- decisions after an attempt (no I/O) ---------------------------------------------

    def _retry_after_exception(
        self, call: _Call, request: httpx.Request, exc: httpx.TransportError, retries_taken: int
    ) -> float:
        """Seconds to wait before retrying, or raise the final ``APIConnectionError``."""
        reason = retry_reason(
            call.endpoint.method,
            has_idempotency_key=call.idempotency_key is not None,
            exception=exc,
        )
        if reason is not None and retries_taken < call.max_retries:
            return self._retry_delay(call, retries_taken, reason, None)
        detail = self._redactor.redact(f"{type(exc).__name__}: {exc}")
        self._log.info("%s %s failed: %s", request.method, request.url, detail)
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(
                request=request, message=f"Request timed out ({detail})."
            ) from exc
        raise APIConnectionError(request=request, message=f"Connection error ({detail}).") from exc

    def _retry_after_response(
        self, call: _Call, response: httpx.Response, retries_taken: int
    ) -> float | None:
        """Seconds to wait before retrying, or None when this response is the final one."""
        self._log.info(
            "HTTP %s %s -> %s %s",
            response.request.method,
            self._redactor.redact(str(response.request.url)),
            response.status_code,
            response.reason_phrase,
        )
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug(
                "response headers=%s body=%s",
                self._redactor.headers(response.headers),
                self._redactor.redact(response.text[:_LOG_BODY_LIMIT]),
            )
        if response.is_success:
            return None
        reason = retry_reason(
            call.endpoint.method,
            has_idempotency_key=call.idempotency_key is not None,
            status_code=response.status_code,
            error_code=self._error_code(response),
        )
        if reason is None or retries_taken >= call.max_retries:
            return None
        return self._retry_delay(call, retries_taken, reason, parse_retry_after(response.headers))

    def _retry_delay(
        self, call: _Call, retries_taken: int, reason: str, retry_after: float | None
    ) -> float:
        delay = backoff_delay(retries_taken, retry_after)
        self._log.info(
            "Retrying %s %s in %.2fs (retry %d of %d): %s",
            call.endpoint.method.upper(),
            self._redactor.redact(call.url),
            delay,
            retries_taken + 1,
            call.max_retries,
            reason,
        )
        return delay

    def _finish(self, call: _Call, response: httpx.Response, retries_taken: int) -> Any:
        """The final response: raise its status error, or return the parsed value / APIResponse."""
        request_id = self._request_id(response)
        if not response.is_success:
            raise self._status_error(response, request_id)
        api_response: APIResponse[Any] = APIResponse(
            http_response=response,
            cast_to=call.cast_to,
            envelope=call.envelope,
            strict=self.strict_response_validation,
            request_id=request_id,
            idempotency_key=call.idempotency_key,
            retries_taken=retries_taken,
        )
        return api_response if call.raw else api_response.parse()

    def _status_error(self, response: httpx.Response, request_id: str | None) -> APIStatusError:
        model = self._config.error_model() if self._config.error_model else None
        return build_status_error(
            response,
            table=self._config.status_errors,
            envelope=self._config.error_envelope,
            error_model=model,
            request_id=request_id,
            redact=self._redactor.redact,
        )

    def _request_id(self, response: httpx.Response) -> str | None:
        for name in self._config.request_id_headers:
            value: str | None = response.headers.get(name)
            if value:
                return value
        return None

    def _error_code(self, response: httpx.Response) -> str | None:
        body = parse_body(response)
        envelope = self._config.error_envelope
        error = body.get(envelope) if envelope and isinstance(body, Mapping) else body
        code: object = error.get("code") if isinstance(error, Mapping) else None
        return code if isinstance(code, str) else None

    def _debug_request(self, request: httpx.Request, call: _Call) -> None:
        if not self._log.isEnabledFor(logging.DEBUG):
            return
        body = request.content[:_LOG_BODY_LIMIT].decode("utf-8", "replace") if call.body else ""
        self._log.debug(
            "request %s %s headers=%s body=%s",
            request.method,
            self._redactor.redact(str(request.url)),
            self._redactor.headers(request.headers),
            self._redactor.redact(body),
        )

    def _copy_base(self, **changes: Any) -> Self:
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes, _owns_http_client=False)
        return new

    def _option_changes(
        self,
        base_url: str | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int | None,
        default_headers: Headers | None,
        strict_response_validation: bool | None,
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if base_url is not None:
            changes["base_url"] = base_url.rstrip("/")
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = normalize_timeout(timeout, DEFAULT_TIMEOUT.connect)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if default_headers is not None:
            changes["_default_headers"] = {**self._default_headers, **default_headers}
        if strict_response_validation is not None:
            changes["strict_response_validation"] = strict_response_validation
        return changes


class SyncAPIClient(BaseClient):
    """Blocking client over ``httpx.Client``. ``http_client`` lets callers bring their own (proxies,
    transports, event hooks); it is then not closed by ``close()``. ``sleep`` is the wait used
    between retries (tests inject a recorder)."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        credentials: Mapping[str, str | None],
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
        self._client = http_client or httpx.Client(timeout=self.timeout)
        self._sleep = sleep

    def _request(
        self,
        endpoint: Endpoint,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Query | None = None,
        headers: Headers | None = None,
        json: object = NOT_GIVEN,
        files: Any = None,
        content: bytes | str | None = None,
        cast_to: Any,
        envelope: str | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Send one logical call (with retries) and return the parsed ``cast_to`` value, or the
        ``APIResponse`` under a raw-response wrapper. Raises the ``APIError`` subclasses."""
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
        )
        retries_taken = 0
        while True:
            request = self._build_request(self._client, call)
            try:
                response = self._client.send(request)
            except httpx.TransportError as exc:
                delay = self._retry_after_exception(call, request, exc, retries_taken)
            else:
                maybe = self._retry_after_response(call, response, retries_taken)
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
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    """The ``asyncio`` twin of ``SyncAPIClient`` over ``httpx.AsyncClient``; awaits ``sleep``."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
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
        self._client = http_client or httpx.AsyncClient(timeout=self.timeout)
        self._sleep = sleep

    async def _request(
        self,
        endpoint: Endpoint,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Query | None = None,
        headers: Headers | None = None,
        json: object = NOT_GIVEN,
        files: Any = None,
        content: bytes | str | None = None,
        cast_to: Any,
        envelope: str | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Async ``SyncAPIClient._request``: same preparation, retry rule and results."""
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
        )
        retries_taken = 0
        while True:
            request = self._build_request(self._client, call)
            try:
                response = await self._client.send(request)
            except httpx.TransportError as exc:
                delay = self._retry_after_exception(call, request, exc, retries_taken)
            else:
                maybe = self._retry_after_response(call, response, retries_taken)
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

    async def close(self) -> None:
        if self._owns_http_client:
            await self._client.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

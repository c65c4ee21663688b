# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""``BaseClient``: the state and logic both clients share, with no I/O — configuration, request
preparation (``_prepare``/``_build_request``), retry decisions, logging and error building.

The send loops live in ``_base_client`` (``SyncAPIClient``, ``AsyncAPIClient``); they differ only in
``send``/``sleep`` being awaited. One logical call is prepared once (``Call``: URL, headers with
its idempotency key, body, timeout, retry budget) and every attempt is built from it, so all
attempts of a call carry the same idempotency key.

Write safety (``_retry.retry_reason``): GET/HEAD/PUT/DELETE/OPTIONS and any call carrying an
idempotency key are retried on connection errors, timeouts, 408, 409 ``request_in_progress``, 429
and 500/502/503/504. A POST/PATCH *without* a key is retried only when the server cannot have acted
on it (connection not established, 429, 409 ``request_in_progress``): never after a read/write
timeout, a reset after sending, a 408 or a 5xx, because a repeat could duplicate the side effect.
Multipart file objects are rewound before each retry; a call with a non-seekable file is never
retried (its content cannot be sent twice).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any, Self, TypeVar

import httpx

from ._auth import Auth, with_fresh
from ._build import (
    DEFAULT_TIMEOUT,
    Call,
    HeaderMap,
    attempt_timeout,
    build_body,
    files_rewindable,
    idempotency_key_for,
    new_idempotency_key,
    normalize_timeout,
    resolve_timeout,
    rewind_files,
)
from ._config import ClientConfig, Endpoint, check_base_url, resolve_base_url
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    build_status_error,
    parse_body,
)
from ._logging import (
    LOG_BODY_LIMIT,
    SafeHeaders,
    debug_request,
    get_logger,
    protect_headers,
    protect_request,
    protect_response,
)
from ._params import encode_query, expand_path
from ._parse import parse_response
from ._response import APIResponse, consume_raw_response_flag
from ._retry import backoff_delay, parse_retry_after, retry_reason
from ._send import next_request
from ._types import NOT_GIVEN, HeaderParams, Headers, NotGiven, Query, RequestOptions

__all__ = ["DEFAULT_MAX_RETRIES", "BaseClient"]

PoolT = TypeVar("PoolT", httpx.Client, httpx.AsyncClient)

DEFAULT_MAX_RETRIES = 2
_MAX_CACHED_ENDPOINTS = 1024  # ``_PlainHeaders`` a client keeps (endpoints are module constants)
_MAX_CACHED_URLS = 256  # parsed URLs a client keeps (``BaseClient._parsed_url``)


class _PlainHeaders:
    """The headers and credential query of one endpoint's calls that bring none of their own,
    through one client (``BaseClient._plain_headers``)."""

    __slots__ = ("credentials", "endpoint", "headers")

    def __init__(
        self,
        endpoint: Endpoint,
        headers: dict[str, str],
        credentials: dict[str, str | list[str]],
    ) -> None:
        self.endpoint = endpoint  # held, so the ``id`` it is cached under stays its own
        self.headers = headers
        self.credentials = credentials


class BaseClient:
    """State and logic shared by both clients. ``credentials`` maps each credential keyword to
    the argument the user passed (``None`` = not passed); see ``_auth.Auth``."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        credentials: Mapping[str, object],
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._config = config
        self._auth = Auth(config, credentials)
        self.base_url = resolve_base_url(config, base_url)
        # An explicit client timeout wins over the endpoints' generated defaults; the default
        # one does not (see ``_build.resolve_timeout``).
        self._timeout_given = not isinstance(timeout, NotGiven)
        self.timeout = (
            DEFAULT_TIMEOUT
            if isinstance(timeout, NotGiven)
            else normalize_timeout(timeout, DEFAULT_TIMEOUT.connect)
        )
        self.max_retries = max_retries
        self._default_headers: dict[str, str | NotGiven] = dict(default_headers or {})
        self.strict_response_validation = strict_response_validation
        self._base_headers_in_pool = False
        self._redactor = self._auth.redactor
        self._log = get_logger(config.package, config.log_env)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} base_url={self.base_url!r} max_retries={self.max_retries} "
            f"timeout={self.timeout!r}>"
        )

    @property
    def default_headers(self) -> httpx.Headers:
        """Headers sent with every request: User-Agent, Accept, the client's credential headers
        and the caller's ``default_headers``. ``SafeHeaders``: printing it hides the credential."""
        shown = HeaderMap(self._base_headers(), self._auth.client_headers(), self._default_headers)
        safe = SafeHeaders(shown.values)
        safe._sensitive = self._redactor.header_names
        return safe

    def _base_headers(self) -> dict[str, str]:
        """User-Agent and Accept: the same for every copy of this client. Credentials are added
        per call (``_auth``): they depend on the operation's security requirements."""
        return {"User-Agent": self._config.user_agent, "Accept": "application/json"}

    def _header_defaults(self) -> HeaderMap:
        """The base headers and the caller's ``default_headers``."""
        cached: HeaderMap | None = self.__dict__.get("_cache_header_defaults")
        if cached is None:
            cached = HeaderMap(self._base_headers(), self._default_headers)
            self.__dict__["_cache_header_defaults"] = cached  # once per client (and per copy)
        return cached

    def _request_header_defaults(self) -> HeaderMap:
        """What each request carries before its own headers: everything when the pool is the
        caller's, only the caller's ``default_headers`` when the pool carries the base ones."""
        if not self._base_headers_in_pool:
            return self._header_defaults()
        cached: HeaderMap | None = self.__dict__.get("_cache_user_header_defaults")
        if cached is None:
            cached = HeaderMap(self._default_headers)
            self.__dict__["_cache_user_header_defaults"] = cached
        return cached

    def _own_pool(self, pool_class: type[PoolT]) -> PoolT:
        """The ``httpx`` client this client creates (and owns) when the caller brings none. It
        carries the base headers, so a request does not re-merge them; the caller's
        ``default_headers`` stay per request (``with_options`` copies share the pool but may change
        or drop them). Its headers are ``SafeHeaders``, as every request's."""
        pool = pool_class(timeout=self.timeout, headers=self._base_headers())
        protect_headers(pool.headers, self._redactor)  # in place: the setter would copy
        self._base_headers_in_pool = True
        return pool

    # -- preparation (no I/O) -------------------------------------------------------------

    def _prepare(
        self,
        endpoint: Endpoint,
        *,
        path_params: Mapping[str, object] | None,
        query: Query | None,
        headers: HeaderParams | None,
        json: object,
        files: Any,
        content: bytes | str | NotGiven | None,
        cast_to: Any,
        envelope: str | None,
        options: RequestOptions | None,
        raw: bool | None = None,
        form: bool = False,
    ) -> Call:
        """The ``Call`` every attempt is built from. A call with no header values, options,
        files, raw content or form of its own (most calls) takes ``_prepare_plain``, which
        copies what this client sends for every call of ``endpoint``; the rest merges it all."""
        if (
            not options
            and files is None
            and (content is None or content is NOT_GIVEN)
            and not form
            and (not headers or all(v is None or v is NOT_GIVEN for v in headers.values()))
        ):
            return self._prepare_plain(endpoint, path_params, query, json, cast_to, envelope, raw)
        opts: RequestOptions = options or {}
        # The idempotency key comes from this call only (its parameter, ``extra_headers`` or
        # ``options``), never from the client's default headers: one key shared by every call
        # would make the server treat distinct creates as replays of the first.
        per_call = HeaderMap(headers, opts.get("extra_headers"))
        key = idempotency_key_for(endpoint, per_call, opts)
        body: dict[str, Any] = build_body(json, opts.get("extra_body"), files=files, form=form)
        raw_content = content is not None and not isinstance(content, NotGiven)
        if raw_content:
            if body:
                raise TypeError("pass either content or a JSON body, not both")
            body["content"] = content
        merged, credentials = self._call_headers(
            endpoint,
            per_call,
            json_text="content" in body and not raw_content,
            raw_content=raw_content,
        )
        max_retries = opts.get("max_retries", self.max_retries)
        if files is not None and not files_rewindable(files):
            max_retries = 0
        url = (endpoint.base_url or self.base_url) + expand_path(endpoint.path, path_params or {})
        # query credentials first: a value the caller set (the query, extra_query) wins
        query_string = encode_query(credentials, query, opts.get("extra_query"))
        return Call(
            endpoint=endpoint,
            url=f"{url}?{query_string}" if query_string else url,
            headers=merged,
            body=body,
            timeout=resolve_timeout(
                endpoint, opts, self.timeout, client_timeout_given=self._timeout_given
            ),
            max_retries=max(max_retries, 0),
            idempotency_key=key,
            cast_to=cast_to,
            envelope=envelope,
            raw=consume_raw_response_flag() if raw is None else raw,
        )

    def _call_headers(
        self, endpoint: Endpoint, per_call: HeaderMap, *, json_text: bool, raw_content: bool
    ) -> tuple[dict[str, str], dict[str, str | list[str]]]:
        """A call's headers and its credential query parameters: the defaults, then the call's
        own headers, a Content-Type for a JSON text (``json_text``) or raw body, and the
        credentials (never over a header the caller set)."""
        merged = self._request_header_defaults().copy()
        merged.update(per_call)
        # ``merged`` holds the caller's default_headers and this call's, so a Content-Type the
        # caller set wins (the base headers have none).
        if json_text:  # a model body as JSON text
            merged.setdefault("Content-Type", "application/json")
        if raw_content and endpoint.content_type:
            merged.setdefault("Content-Type", endpoint.content_type)
        credentials: dict[str, str | list[str]] = {}
        self._auth.apply(endpoint, merged, credentials)  # raises naming missing credentials
        return merged.values, credentials

    def _prepare_plain(
        self,
        endpoint: Endpoint,
        path_params: Mapping[str, object] | None,
        query: Query | None,
        json: object,
        cast_to: Any,
        envelope: str | None,
        raw: bool | None,
    ) -> Call:
        """``_prepare`` for a call that brings no header values, options, files or raw content:
        its headers are a copy of ``_plain_headers`` with a fresh idempotency key written in
        the place kept for it, the same dict the general path builds."""
        body: dict[str, Any] = build_body(json, None)
        headers, credentials = self._plain_headers(endpoint, "content" in body)
        key = None
        if endpoint.idempotency_header is not None:
            key = new_idempotency_key()
            headers[endpoint.idempotency_header] = key
        path = endpoint.path if not path_params and "{" not in endpoint.path else None
        url = (endpoint.base_url or self.base_url) + (
            path if path is not None else expand_path(endpoint.path, path_params or {})
        )
        query_string = encode_query(credentials, query) if credentials or query else ""
        return Call(
            endpoint=endpoint,
            url=f"{url}?{query_string}" if query_string else url,
            headers=headers,
            body=body,
            timeout=resolve_timeout(
                endpoint, {}, self.timeout, client_timeout_given=self._timeout_given
            ),
            max_retries=max(self.max_retries, 0),
            idempotency_key=key,
            cast_to=cast_to,
            envelope=envelope,
            raw=consume_raw_response_flag() if raw is None else raw,
        )

    def _plain_headers(
        self, endpoint: Endpoint, json_text: bool
    ) -> tuple[dict[str, str], dict[str, str | list[str]]]:
        """A fresh copy of the headers (and the credential query) of every call of ``endpoint``
        that brings none of its own, built once per client by ``_call_headers`` with an empty
        idempotency key where the call's key goes (an idempotency key is only ever written
        there, so a copy stays in the order the general path gives)."""
        cache: dict[tuple[int, bool], _PlainHeaders] | None = self.__dict__.get(
            "_cache_plain_headers"
        )
        if cache is None:
            cache = self.__dict__["_cache_plain_headers"] = {}
        found = cache.get((id(endpoint), json_text))
        if found is None or found.endpoint is not endpoint:
            per_call = HeaderMap()
            if endpoint.idempotency_header is not None:
                per_call[endpoint.idempotency_header] = ""
            headers, credentials = self._call_headers(
                endpoint, per_call, json_text=json_text, raw_content=False
            )
            if len(cache) >= _MAX_CACHED_ENDPOINTS:
                cache.clear()
            found = cache[(id(endpoint), json_text)] = _PlainHeaders(endpoint, headers, credentials)
        return found.headers.copy(), found.credentials

    def _build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        call: Call,
        retries_taken: int,
        fresh: Mapping[str, str] | None = None,
    ) -> tuple[httpx.Request, float | None]:
        """A fresh request for one attempt and the attempt's deadline (``_build.attempt_timeout``),
        with the ``fresh`` headers of this attempt's bearer token callables (``_auth``);
        on a retry, multipart file objects are rewound first so the body is sent whole again.
        Raises ``APITimeoutError`` when the context's deadline (a poll's) has already passed."""
        if retries_taken and "files" in call.body:
            rewind_files(call.body["files"])
        now = time.monotonic()
        timeout, deadline = attempt_timeout(call.timeout, now)
        request = client.build_request(
            call.endpoint.method.upper(),
            self._parsed_url(call.url),  # its query string as ``_params`` wrote it: no ``params=``
            headers=with_fresh(call.headers, fresh),
            timeout=timeout,
            **call.body,
        )
        protect_request(request, self._redactor)
        if deadline is not None and deadline <= now:
            raise APITimeoutError(request=request, message="Request timed out (deadline passed).")
        self._debug_request(request, call)
        return request, deadline

    def _parsed_url(self, url: str) -> httpx.URL:
        """``httpx.URL(url)``, kept for the URLs this client calls again and again (parsing one
        cost httpx as much as the rest of building the request). ``httpx.URL`` is immutable."""
        cache: dict[str, httpx.URL] | None = self.__dict__.get("_cache_urls")
        if cache is None:
            cache = self.__dict__["_cache_urls"] = {}
        parsed = cache.get(url)
        if parsed is None:
            parsed = httpx.URL(url)
            if len(cache) >= _MAX_CACHED_URLS:
                cache.clear()  # URLs with ids in them: the ones called again come back
            cache[url] = parsed
        return parsed

    def _redirected(self, previous: httpx.Request, response: httpx.Response) -> httpx.Request:
        """The next request of a redirect the caller's pool follows (``follow_redirects=True``),
        with every credential header removed when the origin (scheme, host, port) changes: httpx
        itself strips only ``Authorization``, so ``x-api-key`` would reach another host, or go
        over plain http after an https→http redirect."""
        request = next_request(previous, response, self._redactor.header_names)
        protect_request(request, self._redactor)
        return request

    def _unexpected_error(self, request: httpx.Request, exc: Exception) -> APIConnectionError:
        """Anything but a transport error raised while sending or reading (a corrupt gzip body,
        too many redirects, an event hook's error, ...) as a final ``APIConnectionError``, with
        the credential redacted from its text."""
        detail = self._redactor.redact(f"{type(exc).__name__}: {exc}")
        self._log.info(
            "%s %s failed: %s", request.method, self._redactor.redact(str(request.url)), detail
        )
        return APIConnectionError(
            request=request, message=f"Could not complete the request ({detail})."
        )

    # -- decisions after an attempt (no I/O) ---------------------------------------------

    def _retry_after_exception(
        self, call: Call, request: httpx.Request, exc: httpx.TransportError, retries_taken: int
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
        self._log.info(
            "%s %s failed: %s", request.method, self._redactor.redact(str(request.url)), detail
        )
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(
                request=request, message=f"Request timed out ({detail})."
            ) from exc
        raise APIConnectionError(request=request, message=f"Connection error ({detail}).") from exc

    def _retry_after_response(
        self, call: Call, response: httpx.Response, retries_taken: int
    ) -> float | None:
        """Seconds to wait before retrying, or None when this response is the final one."""
        protect_response(response, self._redactor)
        if self._log.isEnabledFor(logging.INFO):  # the redacted URL costs more than the check
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
                    # A stream's body is not read here (its stream reads it).
                    self._redactor.body(
                        response.content if response.is_stream_consumed else b"<streamed>",
                        LOG_BODY_LIMIT,
                    ),
                )
        if 200 <= response.status_code < 300:
            return None
        reason = retry_reason(
            call.endpoint.method,
            has_idempotency_key=call.idempotency_key is not None,
            status_code=response.status_code,
            # Only a 409's code matters (request_in_progress); other errors skip the parse here.
            error_code=self._error_code(response) if response.status_code == 409 else None,
        )
        if reason is None or retries_taken >= call.max_retries:
            return None
        return self._retry_delay(call, retries_taken, reason, parse_retry_after(response.headers))

    def _retry_delay(
        self, call: Call, retries_taken: int, reason: str, retry_after: float | None
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

    def _finish(self, call: Call, response: httpx.Response, retries_taken: int) -> Any:
        """The final response: raise its status error, or return the parsed value / APIResponse."""
        request_id = self._request_id(response)
        if not response.is_success:
            raise self._status_error(response, request_id)
        if not call.raw:  # what ``APIResponse.parse`` would return
            return parse_response(
                response,
                call.cast_to,
                envelope=call.envelope,
                strict=self.strict_response_validation,
            )
        api_response: APIResponse[Any] = APIResponse(
            http_response=response,
            cast_to=call.cast_to,
            envelope=call.envelope,
            strict=self.strict_response_validation,
            request_id=request_id,
            idempotency_key=call.idempotency_key,
            retries_taken=retries_taken,
        )
        return api_response

    def _status_error(self, response: httpx.Response, request_id: str | None) -> APIStatusError:
        model = self._config.error_model() if self._config.error_model else None
        return build_status_error(
            response,
            table=self._config.status_errors,
            envelope=self._config.error_envelope,
            error_model=model,
            request_id=self._redactor.redact(request_id) if request_id else None,
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

    def _debug_request(self, request: httpx.Request, call: Call) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            debug_request(self._log, self._redactor, request, call.body)

    def _copy_base(self, **changes: Any) -> Self:
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        for key in [k for k in new.__dict__ if k.startswith("_cache_")]:
            # Built for the original client (its headers, its resource namespaces).
            del new.__dict__[key]
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
            changes["base_url"] = check_base_url(base_url)
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = normalize_timeout(timeout, DEFAULT_TIMEOUT.connect)
            changes["_timeout_given"] = True
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if default_headers is not None:
            changes["_default_headers"] = {**self._default_headers, **default_headers}
        if strict_response_validation is not None:
            changes["strict_response_validation"] = strict_response_validation
        return changes

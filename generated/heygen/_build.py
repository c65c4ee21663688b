# Copied from the codegen runtime (templates/runtime/), not generated from the spec; do not edit.
"""Request building without network I/O: header and body merging, idempotency keys, timeout
precedence and rewinding multipart files between attempts. Everything the sync and async clients
share before the send loop. (Paths and query strings are written by ``_params``.)
"""

from __future__ import annotations

import contextvars
import functools
import json as jsonlib
import os
import re
from collections.abc import Iterator, Mapping
from typing import Any

import httpx

from ._config import Endpoint
from ._exceptions import IdempotencyKeyError
from ._params import Styled, param_text
from ._parse import JsonBody, to_jsonable
from ._types import Body, HeaderParams, Headers, NotGiven, RequestOptions

__all__ = [
    "CALL_DEADLINE",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "Call",
    "HeaderMap",
    "TotalTimeout",
    "attempt_timeout",
    "build_body",
    "files_rewindable",
    "idempotency_key_for",
    "new_idempotency_key",
    "normalize_timeout",
    "resolve_timeout",
    "rewind_files",
]

DEFAULT_CONNECT_TIMEOUT = 5.0


class TotalTimeout(httpx.Timeout):
    """An ``httpx.Timeout`` made from a number of seconds: ``total`` (that number) also bounds
    each whole attempt — connect, send, and reading the body, which httpx times per read only
    (a server dripping a byte a second would otherwise never time out). An ``httpx.Timeout``
    passed by the caller keeps httpx's per-phase meaning and no total."""

    total: float | None = None

    def __init__(self, timeout: float, *, connect: float | None) -> None:
        super().__init__(timeout, connect=connect)
        self.total = timeout

    def __eq__(self, other: object) -> bool:  # equal to the plain ``httpx.Timeout`` it extends
        return isinstance(other, httpx.Timeout) and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]  # as httpx.Timeout: mutable, compared by value


DEFAULT_TIMEOUT: httpx.Timeout = TotalTimeout(60.0, connect=DEFAULT_CONNECT_TIMEOUT)
# An absolute ``time.monotonic()`` deadline no call made in this context may pass (set by
# ``_polling.poll`` around each status call, so a slow status call cannot overshoot the wait).
CALL_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "_runtime_call_deadline", default=None
)
MAX_IDEMPOTENCY_KEY_LENGTH = 255


class Call:
    """One logical call, prepared once and sent on every attempt. (A plain class: the dataclass
    decorator would cost more at import than this whole module.)"""

    __slots__ = (
        "body",
        "cast_to",
        "endpoint",
        "envelope",
        "headers",
        "idempotency_key",
        "max_retries",
        "raw",
        "timeout",
        "url",
    )

    def __init__(
        self,
        *,
        endpoint: Endpoint,
        url: str,
        headers: dict[str, str],
        body: dict[str, Any],
        timeout: httpx.Timeout,
        max_retries: int,
        idempotency_key: str | None,
        cast_to: Any,
        envelope: str | None,
        raw: bool,
    ) -> None:
        self.endpoint = endpoint
        self.url = url  # with the query string: httpx's ``params=`` would replace it
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.max_retries = max_retries
        self.idempotency_key = idempotency_key
        self.cast_to = cast_to
        self.envelope = envelope
        self.raw = raw


class HeaderMap:
    """Headers being merged for one request: plain dicts, so a copy per call is cheap (an
    ``httpx.Headers`` copy re-encodes every entry). Names are matched case-insensitively; a later
    value replaces an earlier one and keeps the later spelling. ``values`` is what is sent."""

    __slots__ = ("_names", "values")

    def __init__(self, *layers: HeaderParams | Headers | None) -> None:
        self.values: dict[str, str] = {}
        self._names: dict[str, str] = {}  # lower-case name -> its spelling in ``values``
        for layer in layers:
            self.update(layer)

    def copy(self) -> HeaderMap:
        new = HeaderMap()
        new.values = self.values.copy()
        new._names = self._names.copy()
        return new

    def get(self, name: str, default: str | None = None) -> str | None:
        spelling = self._names.get(name.lower())
        return default if spelling is None else self.values[spelling]

    def setdefault(self, name: str, value: str) -> None:
        if name.lower() not in self._names:
            self[name] = value

    def __setitem__(self, name: str, value: str) -> None:
        lower = name.lower()
        previous = self._names.get(lower)
        if previous is not None and previous != name:
            del self.values[previous]
        self._names[lower] = name
        self.values[name] = value

    def update(self, layer: HeaderParams | Headers | HeaderMap | None) -> None:
        """Merge ``layer`` in; ``NOT_GIVEN`` and ``None`` values (also ``Styled`` ones) are dropped
        without removing an earlier value; other values than strings are written by
        ``_params.param_text``."""
        if isinstance(layer, HeaderMap):
            layer = layer.values
        if not layer:
            return
        for name, value in layer.items():
            if type(value) is str:
                self[name] = value
                continue
            inner = value.value if isinstance(value, Styled) else value
            if inner is not None and not isinstance(inner, NotGiven):
                self[name] = param_text(value)


@functools.lru_cache(maxsize=128)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def idempotency_key_for(
    endpoint: Endpoint, headers: HeaderMap, options: RequestOptions
) -> str | None:
    """Decide the call's idempotency key and put it in ``headers`` (mutated).

    Precedence: the header already present (generated parameter or ``extra_headers``), then
    ``options["idempotency_key"]``, then a fresh UUID4. A caller's key must be non-empty, at most
    255
    characters and fully match ``endpoint.idempotency_pattern``, else ``IdempotencyKeyError`` (a
    ``ValueError``) is raised before anything is sent. Endpoints without ``idempotency_header``
    return None and refuse ``options["idempotency_key"]``.
    """
    header = endpoint.idempotency_header
    option_key = options.get("idempotency_key")
    if header is None:
        if option_key is not None:
            raise IdempotencyKeyError(f"{endpoint.operation_id} does not accept an idempotency key")
        return None
    key: str | None = headers.get(header, option_key)
    if key is None:
        key = new_idempotency_key()
    else:
        _check_key(endpoint, key)
    headers[header] = key
    return key


def new_idempotency_key() -> str:
    """A random (version 4) UUID in its usual text form, as ``str(uuid.uuid4())`` writes it,
    in half its time (no ``uuid.UUID`` object and its checks) and without importing ``uuid``."""
    data = bytearray(os.urandom(16))
    data[6] = (data[6] & 0x0F) | 0x40  # version 4
    data[8] = (data[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = data.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _check_key(endpoint: Endpoint, key: str) -> None:
    where = f"Invalid idempotency key for {endpoint.operation_id}"
    if not key:
        raise IdempotencyKeyError(f"{where}: it must not be empty")
    if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise IdempotencyKeyError(
            f"{where}: {len(key)} characters, at most {MAX_IDEMPOTENCY_KEY_LENGTH} allowed"
        )
    pattern = endpoint.idempotency_pattern
    if pattern is not None and _compiled(pattern).fullmatch(key) is None:
        raise IdempotencyKeyError(f"{where}: it must match the pattern {pattern!r}")


def build_body(
    json: object, extra_body: Body | None, *, files: Any = None, form: bool = False
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.build_request`` carrying the body.

    ``json`` (``NOT_GIVEN`` = no body) is made JSON-able with NOT_GIVEN entries dropped;
    ``extra_body`` is merged into it, which requires an object body. A ``JsonBody`` alone is sent
    as its JSON text (``content``, to go with ``Content-Type: application/json``). With ``form``
    an object body is sent ``application/x-www-form-urlencoded``; with ``files`` (multipart
    parts, possibly none) as ``multipart/form-data``, its fields as parts before the files. Form
    and multipart field values that are not strings are JSON-encoded.
    """
    if extra_body:
        if isinstance(json, NotGiven):
            json = {}
        if not isinstance(json, Mapping):
            raise TypeError("extra_body can only be merged into a JSON object body")
        json = {**json, **extra_body}
    if isinstance(json, NotGiven):
        return {} if files is None else {"files": _parts({}, files)}
    if files is None and not form:
        if type(json) is JsonBody:
            return {"content": json.to_json()}  # written by pydantic in one pass
        return {"json": to_jsonable(json)}
    value = json.as_dict() if type(json) is JsonBody else to_jsonable(json)
    if not isinstance(value, dict):
        raise TypeError("a form or multipart request needs an object body")
    fields = {k: v if isinstance(v, str) else jsonlib.dumps(v) for k, v in value.items()}
    return {"data": fields} if files is None else {"files": _parts(fields, files)}


def _parts(fields: Mapping[str, str], files: Any) -> list[tuple[str, Any]]:
    """Every multipart part as httpx ``files`` entries: fields as ``(None, text)`` parts (no file
    name), so the body is ``multipart/form-data`` even when no file is given (httpx sends
    ``data`` alone urlencoded)."""
    parts: list[tuple[str, Any]] = [(name, (None, text)) for name, text in fields.items()]
    parts += list(files.items()) if isinstance(files, Mapping) else list(files)
    return parts


def normalize_timeout(
    timeout: float | httpx.Timeout | None, connect: float | None
) -> httpx.Timeout:
    """Seconds become ``httpx.Timeout(t, connect=min(t, connect))``; ``None`` means no timeout."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return _seconds_timeout(timeout, connect)


@functools.lru_cache(maxsize=64)
def _seconds_timeout(timeout: float | None, connect: float | None) -> httpx.Timeout:
    """Cached: every call of an operation would otherwise build the same ``httpx.Timeout``."""
    if timeout is None:
        return httpx.Timeout(None)
    return TotalTimeout(timeout, connect=min(timeout, connect or DEFAULT_CONNECT_TIMEOUT))


def attempt_timeout(timeout: httpx.Timeout, now: float) -> tuple[httpx.Timeout, float | None]:
    """The timeout for one attempt starting at ``now`` (monotonic) and its deadline: the
    ``TotalTimeout.total`` and the context's ``CALL_DEADLINE``, whichever ends first; every phase
    timeout is capped at the time left. ``(timeout, None)`` when neither applies."""
    total = timeout.total if isinstance(timeout, TotalTimeout) else None
    outer = CALL_DEADLINE.get()
    if outer is None or (total is not None and now + total <= outer):
        return timeout, None if total is None else now + total
    left = max(outer - now, 0.001)
    phases = timeout.as_dict()
    capped = {k: left if v is None else min(v, left) for k, v in phases.items()}
    return httpx.Timeout(**capped), outer


def resolve_timeout(
    endpoint: Endpoint,
    options: RequestOptions,
    client_timeout: httpx.Timeout,
    *,
    client_timeout_given: bool = False,
) -> httpx.Timeout:
    """Precedence: per call ``options["timeout"]`` (even ``None``: no timeout) > a timeout the
    caller set on the client (``client_timeout_given``) > ``endpoint.timeout`` (the generated
    per-operation default) > the client's default timeout. Float values keep the client's connect
    timeout as an upper bound."""
    connect = client_timeout.connect
    if "timeout" in options:
        return normalize_timeout(options["timeout"], connect)
    if endpoint.timeout is not None and not client_timeout_given:
        return normalize_timeout(endpoint.timeout, connect)
    return client_timeout


def _file_objects(files: object) -> Iterator[Any]:
    """The file contents of an httpx ``files=`` value (a mapping, or a list of ``(name, value)``
    pairs) that are file objects; each value is a file object, bytes/str, or a
    ``(filename, content[, content_type[, headers]])`` tuple."""
    if isinstance(files, Mapping):
        values: list[object] = list(files.values())
    elif isinstance(files, list | tuple):
        values = [item[1] for item in files]
    else:
        return
    for value in values:
        content = value[1] if isinstance(value, tuple) else value
        if not isinstance(content, bytes | str):
            yield content


def files_rewindable(files: object) -> bool:
    """True when every file object in ``files`` can be rewound (``seekable()``), so an attempt
    can be repeated; bytes and str parts always can."""
    for fileobj in _file_objects(files):
        seekable = getattr(fileobj, "seekable", None)
        if not callable(seekable) or not seekable():
            return False
    return True


def rewind_files(files: object) -> None:
    """Seek every seekable file object in ``files`` back to 0 before a retry, so the multipart
    body is sent whole again (a partly read stream would otherwise be sent truncated)."""
    for fileobj in _file_objects(files):
        seekable = getattr(fileobj, "seekable", None)
        if callable(seekable) and seekable():
            fileobj.seek(0)

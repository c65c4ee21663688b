"""Raw response access: ``APIResponse[T]`` (the HTTP response plus lazy, cached ``parse()``) and the
``to_raw_response_wrapper`` / ``async_to_raw_response_wrapper`` decorators, which make a generated
resource method return the ``APIResponse`` instead of the parsed value.

The wrappers set a context variable that the client's ``_request`` consumes; generated methods stay
unaware of it.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._exceptions import response_text
from ._parse import parse_response

__all__ = [
    "APIResponse",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

_RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "_runtime_raw_response", default=False
)
_UNSET: Any = object()


def consume_raw_response_flag() -> bool:
    """True when the current call is made through a raw-response wrapper (resets the flag, so
    calls nested inside the wrapped one parse normally)."""
    if not _RAW_RESPONSE.get():
        return False
    _RAW_RESPONSE.set(False)
    return True


class APIResponse(Generic[T]):
    """A successful HTTP response of one call, before (or after) parsing.

    ``.idempotency_key`` is the key sent with the call (None when the endpoint has none);
    ``.retries_taken`` how many retries were needed; ``.parse()`` validates the body as the declared
    type once and caches it (raises ``APIResponseValidationError`` on mismatch).
    """

    def __init__(
        self,
        *,
        http_response: httpx.Response,
        cast_to: Any,
        envelope: str | None,
        strict: bool,
        request_id: str | None,
        idempotency_key: str | None,
        retries_taken: int,
    ) -> None:
        self.http_response = http_response
        self._cast_to = cast_to
        self._envelope = envelope
        self._strict = strict
        self.request_id = request_id
        self.idempotency_key = idempotency_key
        self.retries_taken = retries_taken
        self._parsed: Any = _UNSET

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return response_text(self.http_response)

    def _set_parsed(self, value: object) -> None:
        """What ``parse()`` returns when the caller builds it (a page of a paged list)."""
        self._parsed = value

    def parse(self) -> T:
        if self._parsed is _UNSET:
            self._parsed = parse_response(
                self.http_response, self._cast_to, envelope=self._envelope, strict=self._strict
            )
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        req = self.http_response.request
        return (
            f"<APIResponse [{self.status_code}] {req.method} {req.url} "
            f"request_id={self.request_id!r} retries_taken={self.retries_taken}>"
        )


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a sync resource method so it returns ``APIResponse[R]`` instead of ``R``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW_RESPONSE.set(True)
        try:
            return cast(APIResponse[R], func(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Wrap an async resource method so it returns ``APIResponse[R]`` instead of ``R``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW_RESPONSE.set(True)
        try:
            return cast(APIResponse[R], await func(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped

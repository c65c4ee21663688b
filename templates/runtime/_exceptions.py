"""The exception hierarchy every generated package re-exports, and ``build_status_error``,
which turns a non-2xx ``httpx.Response`` into the right ``APIStatusError`` subclass.

::

    APIError
    ├── APIConnectionError            (no response: refused, reset, DNS, ...)
    │   └── APITimeoutError
    ├── APIResponseValidationError    (2xx whose body does not match the declared type)
    ├── IdempotencyKeyError           (also a ValueError: bad caller key, nothing sent)
    ├── InvalidArgumentError          (also a ValueError: an argument its model rejects)
    └── APIStatusError                (any non-2xx)
        ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
        ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
        └── RateLimitError 429 (.retry_after), InternalServerError >= 500

Messages are built here from status and body and passed through the client's ``Redactor``, so
``str(exc)``/``repr(exc)`` never carry a credential.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pydantic

from ._retry import parse_retry_after

__all__ = [
    "STATUS_ERRORS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "IdempotencyKeyError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "build_status_error",
    "error_class_for",
    "response_text",
]

_MAX_BODY_IN_MESSAGE = 500


class APIError(Exception):
    """Base of every error raised by the client. ``.message`` is the human-readable text."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIConnectionError(APIError):
    """The request got no HTTP response (connection refused or reset, DNS failure, TLS, ...)."""

    request: httpx.Request

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""

    def __init__(self, *, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request=request, message=message)


class IdempotencyKeyError(APIError, ValueError):
    """The caller's idempotency key is empty, longer than 255 characters or does not match the
    endpoint's pattern. Raised before anything is sent; also a ``ValueError`` since it is a bad
    argument rather than a server answer."""


class InvalidArgumentError(APIError, ValueError):
    """An argument (or a key of a dict given for a request object) that its model rejects: a
    missing required key, a value of the wrong type, a broken constraint. Raised before anything
    is sent; also a ``ValueError``. ``.problems`` lists ``(path, problem)`` pairs such as
    ``("video.url", "Field required")``; ``.path`` is the first path."""

    problems: tuple[tuple[str, str], ...]

    def __init__(self, problems: tuple[tuple[str, str], ...]) -> None:
        shown = "; ".join(f"{path}: {problem}" for path, problem in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        what = "An invalid argument" if len(problems) == 1 else f"{len(problems)} invalid arguments"
        super().__init__(f"{what}, nothing was sent: {shown}{more}")
        self.problems = problems

    @property
    def path(self) -> str:
        return self.problems[0][0] if self.problems else ""


class APIResponseValidationError(APIError):
    """A successful response whose body does not match the type the SDK declares for it.

    ``.body`` is the raw response text, ``.errors`` the validation errors (if any).
    """

    response: httpx.Response
    status_code: int
    body: str

    def __init__(
        self,
        *,
        response: httpx.Response,
        body: str,
        message: str = "Response body does not match the expected type.",
        errors: list[Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.errors = errors or []


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    ``.error`` is the parsed error model (or the raw error dict when it does not validate, or None);
    ``.code``/``.param``/``.doc_url`` come from it; ``.request_id`` from the response headers.
    """

    status_code: int
    response: httpx.Response
    request_id: str | None
    body: object
    error: object
    code: str | None
    param: str | None
    doc_url: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        error: object = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.error = error
        self.request_id = request_id
        self.code = _field(error, "code")
        self.param = _field(error, "param")
        self.doc_url = _field(error, "doc_url")

    def __str__(self) -> str:
        suffix = f" [code={self.code}]" if self.code else ""
        rid = f" [request_id={self.request_id}]" if self.request_id else ""
        return f"Error code: {self.status_code} - {self.message}{suffix}{rid}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409 (``code == "request_in_progress"`` ones are retried by the client)."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429. ``.retry_after``: seconds the server asked to wait (``Retry-After`` seconds or date,
    or ``retry-after-ms``), or None."""

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        error: object = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, error=error, request_id=request_id)
        self.retry_after = parse_retry_after(response.headers)


class InternalServerError(APIStatusError):
    """Any status >= 500."""


STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(
    status: int, table: Mapping[int, type[APIStatusError]] = STATUS_ERRORS
) -> type[APIStatusError]:
    """Pick the class: exact status in ``table``, else ``InternalServerError`` for >= 500, else
    ``APIStatusError``."""
    if status in table:
        return table[status]
    if status >= 500:
        return InternalServerError
    return APIStatusError


def _field(error: object, name: str) -> str | None:
    value = error.get(name) if isinstance(error, Mapping) else getattr(error, name, None)
    return value if isinstance(value, str) else None


def response_text(response: httpx.Response) -> str:
    """``response.text``, which can raise (``charset=utf-16`` without a BOM raises
    ``UnicodeError`` even with replacement): then the bytes as UTF-8, undecodable ones replaced."""
    try:
        return response.text
    except (UnicodeError, LookupError):
        return response.content.decode("utf-8", "replace")


def parse_body(response: httpx.Response) -> object:
    """The response body as JSON when it parses, else as text (also when it is nested too deeply
    for the JSON parser: ``RecursionError``)."""
    try:
        return response.json()
    except (ValueError, RecursionError):
        return response_text(response)


def build_status_error(
    response: httpx.Response,
    *,
    table: Mapping[int, type[APIStatusError]] = STATUS_ERRORS,
    envelope: str | None = None,
    error_model: type[pydantic.BaseModel] | None = None,
    request_id: str | None = None,
    redact: Callable[[str], str] = str,
) -> APIStatusError:
    """Build the exception for a non-2xx response (the body must already be read).

    The error object is ``body[envelope]`` (or the whole body when ``envelope`` is None), validated
    with ``error_model`` when given; if it does not validate the raw dict is kept.
    """
    body = parse_body(response)
    raw_error: object = body
    if envelope is not None:
        raw_error = body.get(envelope) if isinstance(body, Mapping) else None
    error: object = raw_error if isinstance(raw_error, Mapping) else None
    if error is not None and error_model is not None:
        with contextlib.suppress(pydantic.ValidationError):
            error = error_model.model_validate(error)
    message = _field(error, "message")
    if message is None:
        text = body if isinstance(body, str) else response_text(response)
        message = text.strip()[:_MAX_BODY_IN_MESSAGE] or response.reason_phrase
    cls = error_class_for(response.status_code, table)
    return cls(redact(message), response=response, body=body, error=error, request_id=request_id)

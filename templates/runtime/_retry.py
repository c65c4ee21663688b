"""When to retry and how long to wait: pure functions, no I/O, shared by the sync and async clients.

The safety rule (see ``retry_reason``): idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) and any
call carrying an idempotency key are retried on every retryable failure. A non-idempotent call
(POST, PATCH) without a key is retried only when the server cannot have acted on it: the connection
could not be made (``httpx.ConnectError``, ``ConnectTimeout``, ``PoolTimeout``), the server said
429, or 409 with error code ``request_in_progress``. It is *not* retried after a read/write
timeout, a
connection reset after sending, or a 408/5xx, because the server may already have done the work.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRYABLE_STATUSES",
    "backoff_delay",
    "parse_retry_after",
    "retry_reason",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "QUERY"})
RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
IN_PROGRESS_CODE = "request_in_progress"

# Failures that happen before any byte of the request reached the server.
_NOT_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def parse_retry_after(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, else ``Retry-After`` as seconds or
    an HTTP date (relative to ``now()``; a past date gives 0). None when absent, unparsable, not
    finite (``nan``, ``inf``) or a date no clock can represent (year 99999): the caller then
    backs off as if the server had said nothing."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        seconds = _finite(ms)
        if seconds is not None:
            return max(seconds / 1000.0, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _finite(value)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        return max(float(email.utils.mktime_tz(parsed)) - now(), 0.0)
    except (ValueError, OverflowError, OSError, TypeError, IndexError):
        return None


def _finite(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def retry_reason(
    method: str,
    *,
    has_idempotency_key: bool,
    exception: Exception | None = None,
    status_code: int | None = None,
    error_code: str | None = None,
) -> str | None:
    """Why this failure may be retried, or None when it must not be (see the module docstring).

    Pass either the transport ``exception`` or the response ``status_code`` (plus the parsed error
    ``error_code`` for 409s).
    """
    safe_to_repeat = method.upper() in IDEMPOTENT_METHODS or has_idempotency_key
    if exception is not None:
        if isinstance(exception, _NOT_SENT):
            return f"{type(exception).__name__} (request not sent)"
        if isinstance(exception, httpx.TransportError) and safe_to_repeat:
            return type(exception).__name__
        return None
    if status_code is None or status_code not in RETRYABLE_STATUSES:
        return None
    if status_code == 429:
        return "status 429"
    if status_code == 409:
        return f"status 409 {IN_PROGRESS_CODE}" if error_code == IN_PROGRESS_CODE else None
    return f"status {status_code}" if safe_to_repeat else None


def backoff_delay(
    retries_taken: int,
    retry_after: float | None = None,
    *,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``retries_taken + 1``.

    A server-given ``retry_after`` wins, capped at ``MAX_RETRY_AFTER``. Otherwise exponential
    backoff from ``INITIAL_RETRY_DELAY`` doubling up to ``MAX_RETRY_DELAY``, minus up to 25 %
    jitter.
    """
    if retry_after is not None and math.isfinite(retry_after):
        return min(max(retry_after, 0.0), MAX_RETRY_AFTER)
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * rand())

"""Waiting for asynchronous jobs: poll a status operation until a terminal state.

Generated ``wait_for_…`` methods call :func:`poll` (or :func:`poll_async`) with the status
operation, the terminal states declared in the overrides file, a timeout and a backoff: the wait
between polls starts at ``interval`` (at least ``MIN_INTERVAL``) and grows by half each time up to
``max_interval``. The timeout is a deadline for the whole wait, status calls included.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Collection
from typing import TypeVar

from ._build import CALL_DEADLINE
from ._exceptions import APIError, APITimeoutError

T = TypeVar("T")

MIN_INTERVAL = 0.1  # seconds; ``interval=0`` would poll hundreds of times a second

__all__ = [
    "MIN_INTERVAL",
    "PollingError",
    "PollingFailedError",
    "PollingTimeoutError",
    "poll",
    "poll_async",
]


class PollingError(APIError):
    """A wait ended without success; ``.result`` is the last status read, ``.status`` its state."""

    def __init__(self, message: str, *, result: object, status: str) -> None:
        super().__init__(message)
        self.result = result
        self.status = status


class PollingFailedError(PollingError):
    """The job reached a failure state (for example ``failed``)."""


class PollingTimeoutError(PollingError):
    """The job was still running when the timeout expired."""


def _state(result: object, attribute: str) -> str:
    value = getattr(result, attribute, None)
    return str(getattr(value, "value", value))


def _check(
    result: object, attribute: str, success: Collection[str], failure: Collection[str], what: str
) -> tuple[bool, str]:
    state = _state(result, attribute)
    if state in failure:
        raise PollingFailedError(f"{what} ended in state {state!r}", result=result, status=state)
    return state in success, state


_FIRST: object = object()


def _timed_out(what: str, timeout: float, result: object, state: str) -> PollingTimeoutError:
    return PollingTimeoutError(
        f"{what} still {state!r} after {timeout:g} s", result=result, status=state
    )


def poll(
    fetch: Callable[[], T],
    *,
    attribute: str,
    success: Collection[str],
    failure: Collection[str],
    timeout: float,
    interval: float,
    max_interval: float = 30.0,
    what: str = "the job",
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Call ``fetch`` until ``result.<attribute>`` is in ``success`` (returned) or ``failure``
    (``PollingFailedError``); ``PollingTimeoutError`` once ``timeout`` seconds have passed. The
    deadline also bounds each status call (``_build.CALL_DEADLINE``: its attempts, retries and
    body reads), so a slow status endpoint cannot push the wait past it; waits between polls are
    at least ``MIN_INTERVAL`` seconds."""
    deadline = clock() + timeout
    wait = max(interval, MIN_INTERVAL)
    result: object = _FIRST
    state = "unknown"
    while True:
        # Status calls end by the deadline; ``timeout=0`` still makes one (unbounded) check.
        token = CALL_DEADLINE.set(deadline if timeout > 0 or result is not _FIRST else None)
        try:
            result = fetch()
        except APITimeoutError:
            if clock() < deadline:
                raise
            last = None if result is _FIRST else result
            raise _timed_out(what, timeout, last, state) from None
        finally:
            CALL_DEADLINE.reset(token)
        done, state = _check(result, attribute, success, failure, what)
        if done:
            return result
        remaining = deadline - clock()
        if remaining <= 0:
            raise _timed_out(what, timeout, result, state)
        sleep(min(wait, remaining))
        wait = min(wait * 1.5, max(max_interval, MIN_INTERVAL))


async def poll_async(
    fetch: Callable[[], Awaitable[T]],
    *,
    attribute: str,
    success: Collection[str],
    failure: Collection[str],
    timeout: float,
    interval: float,
    max_interval: float = 30.0,
    what: str = "the job",
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """The async twin of :func:`poll`."""
    if sleep is None:
        import asyncio  # loaded only by async callers

        sleep = asyncio.sleep
    deadline = clock() + timeout
    wait = max(interval, MIN_INTERVAL)
    result: object = _FIRST
    state = "unknown"
    while True:
        # Status calls end by the deadline; ``timeout=0`` still makes one (unbounded) check.
        token = CALL_DEADLINE.set(deadline if timeout > 0 or result is not _FIRST else None)
        try:
            result = await fetch()
        except APITimeoutError:
            if clock() < deadline:
                raise
            last = None if result is _FIRST else result
            raise _timed_out(what, timeout, last, state) from None
        finally:
            CALL_DEADLINE.reset(token)
        done, state = _check(result, attribute, success, failure, what)
        if done:
            return result
        remaining = deadline - clock()
        if remaining <= 0:
            raise _timed_out(what, timeout, result, state)
        await sleep(min(wait, remaining))
        wait = min(wait * 1.5, max(max_interval, MIN_INTERVAL))

"""Run the model stage in a forked child while the main process lints and builds.

The model stage (datamodel-code-generator and our passes around it) and the lint stage read the
same bundled document and write nothing but warnings, so they can run side by side. The child
computes a task in two parts and sends each back through a pipe as soon as it has it: first
what the IR needs (the classes and fields, with the warnings, which the parent records after
its own, in the order a sequential run records them), then the rest (the model source, cut into
modules), which the child writes while the parent builds the IR and renders the resources.

Only the successful path is delegated. When the child fails in any way (an exception, a crash,
a result that does not unpickle) the parent runs the task itself, so errors and their messages
are exactly those of a sequential run. Without ``os.fork`` (Windows, macOS spawn semantics), on
one CPU or with ``CODEGEN_JOBS=1`` everything runs in the main process, one stage after another.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from codegen.errors import Diagnostics

__all__ = ["Pending", "parallel", "start"]

T = TypeVar("T")
U = TypeVar("U")
Task = Callable[[Diagnostics], tuple[T, Callable[[], U]]]


def parallel() -> bool:
    """Whether stages may run side by side (``CODEGEN_JOBS=1``: never)."""
    if os.environ.get("CODEGEN_JOBS", "") == "1" or not hasattr(os, "fork"):
        return False
    if not sys.platform.startswith("linux"):
        return False
    return len(os.sched_getaffinity(0)) > 1


def _send(fd: int, value: Any) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    data = memoryview(len(payload).to_bytes(8, "big") + payload)
    while data:
        data = data[os.write(fd, data) :]


def _read(fd: int, size: int) -> bytes:
    buffer = bytearray()
    while len(buffer) < size:
        chunk = os.read(fd, min(size - len(buffer), 1 << 20))
        if not chunk:
            raise EOFError("the child ended before sending its result")
        buffer += chunk
    return bytes(buffer)


def _receive(fd: int) -> Any:
    """One message (EOFError when the child died before sending it)."""
    size = int.from_bytes(_read(fd, 8), "big")
    return pickle.loads(_read(fd, size))


class Pending(Generic[T, U]):
    """A task started by :func:`start`: :meth:`result` waits for its first part, :meth:`rest`
    for the second."""

    def __init__(self, task: Task[T, U]) -> None:
        self._task = task
        self._pid = 0
        self._fd = -1
        self._then: Callable[[], U] | None = None
        if parallel():
            self._fork()

    def _fork(self) -> None:
        read, write = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without running the parent's cleanups
            os.close(read)
            status = 0
            try:
                diags = Diagnostics()
                first, then = self._task(diags)
                _send(write, (first, diags.warnings))
                _send(write, then())
            except BaseException:  # the parent redoes the work and reports it
                status = 1
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self, diags: Diagnostics) -> T:
        """The first part; the task's warnings are recorded in ``diags`` now."""
        if self._pid:
            try:
                first, warnings = _receive(self._fd)
            except Exception:
                self.close()
            else:
                diags.extend(warnings)
                return first  # type: ignore[no-any-return]
        first, self._then = self._task(diags)
        return first

    def rest(self) -> U:
        """The second part (after :meth:`result`)."""
        if self._pid:
            try:
                value = _receive(self._fd)
            except Exception:
                self.close()
                _, self._then = self._task(Diagnostics())  # its warnings are recorded already
            else:
                self.close()
                return value  # type: ignore[no-any-return]
        assert self._then is not None, "rest() before result()"
        return self._then()

    def close(self) -> None:
        """Reap the child; stop it first if its results are no longer wanted."""
        if self._pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            os.close(self._fd)
            os.waitpid(self._pid, 0)
            self._pid = 0


def start(task: Task[T, U]) -> Pending[T, U]:
    """Begin ``task``, which records its warnings in the :class:`Diagnostics` it is given and
    returns its first part and the function that computes the second."""
    return Pending(task)

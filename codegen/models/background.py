"""Run the model stage in a forked child while the main process lints the document.

The model stage (datamodel-code-generator and our passes around it) and the lint stage read the
same bundled document and write nothing but warnings, so they can run side by side: the child
computes :func:`codegen.models.generate.generate_models` into its own :class:`Diagnostics` and
sends the result and those warnings back through a pipe; the parent merges the warnings after its
own, in the order a sequential run records them.

Only the successful path is delegated. When the child fails in any way (an exception, a crash,
a result that does not unpickle) the parent runs the stage itself, so errors and their messages
are exactly those of a sequential run. Without ``os.fork`` (Windows, macOS spawn semantics), on
one CPU or with ``CODEGEN_JOBS=1`` everything runs in the main process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

from codegen.errors import Diagnostics

__all__ = ["Pending", "parallel", "start"]

T = TypeVar("T")


def parallel() -> bool:
    """Whether stages may run side by side (``CODEGEN_JOBS=1``: never)."""
    if os.environ.get("CODEGEN_JOBS", "") == "1" or not hasattr(os, "fork"):
        return False
    if not sys.platform.startswith("linux"):
        return False
    return len(os.sched_getaffinity(0)) > 1


class Pending(Generic[T]):
    """A stage started by :func:`start`; :meth:`result` waits for it."""

    def __init__(self, task: Callable[[Diagnostics], T]) -> None:
        self._task = task
        self._pid = 0
        self._fd = -1
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
                payload = pickle.dumps(
                    (self._task(diags), diags.warnings), protocol=pickle.HIGHEST_PROTOCOL
                )
                with os.fdopen(write, "wb") as out:
                    out.write(payload)
            except BaseException:  # the parent redoes the work and reports it
                status = 1
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self, diags: Diagnostics) -> T:
        """The stage's value; its warnings are recorded in ``diags`` now."""
        if self._pid:
            with os.fdopen(self._fd, "rb") as pipe:
                payload = pipe.read()
            _, status = os.waitpid(self._pid, 0)
            self._pid = 0
            if status == 0 and payload:
                try:
                    value, warnings = pickle.loads(payload)
                except Exception:
                    pass
                else:
                    diags.extend(warnings)
                    return value  # type: ignore[no-any-return]
        return self._task(diags)

    def close(self) -> None:
        """Stop a child whose result is no longer wanted (the run failed meanwhile)."""
        if self._pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            os.close(self._fd)
            os.waitpid(self._pid, 0)
            self._pid = 0


def start(task: Callable[[Diagnostics], T]) -> Pending[T]:
    """Begin ``task`` (which records its warnings in the :class:`Diagnostics` it is given)."""
    return Pending(task)

"""Run the model stage in a forked child while the main process lints and builds.

The model stage (datamodel-code-generator and our passes around it) and the lint stage read the
same bundled document and write nothing but warnings, so they can run side by side. The child
computes a task in two parts and sends each back as soon as it has it: first what the IR
needs (the classes and fields, with the warnings, which the parent records after its own, in
the order a sequential run records them), then the rest (the model files), which the child
writes while the parent builds the IR and renders the resources. Each comes through a pipe,
or, from a :class:`Worker`, in the in-memory file the task came in, with its place down the
pipe (:func:`_send`).

The child can be forked before its task exists (:class:`Worker`): it imports the model generator
(a fifth of a small spec's run) while this process loads, validates and bundles the spec, and
then receives the task. It imports in steps and stops when the task arrives, so the preload
never delays the task: a task served from the cache (every batch of GitHub's one-operation edit)
needs none of it, and one that does imports the rest when it first needs it. The task is a
closure of :func:`codegen.pipeline.generate`. Being a fork of this program it has the closure's
code; what it is sent is the code object (``marshal``) and the
values of the closure's variables (``pickle``), through an in-memory file, so sending never
waits for the child. A task that cannot be sent so is computed by a child forked on the spot,
as :func:`start` does.

Only the successful path is delegated. When the child fails in any way (an exception, a crash,
a result that does not unpickle) the parent runs the task itself, so errors and their messages
are exactly those of a sequential run. Without ``os.fork`` (Windows, macOS spawn semantics), on
one CPU or with ``CODEGEN_JOBS=1`` everything runs in the main process, one stage after another.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import marshal
import os
import pickle
import select
import signal
import sys
import threading
import types
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from codegen.errors import Diagnostics
from codegen.models.collector import freeze, paused

__all__ = ["Pending", "Worker", "parallel", "start"]

T = TypeVar("T")
U = TypeVar("U")
Task = Callable[[Diagnostics], tuple[T, Callable[[], U]]]
# How the first part crosses the pipe: turned into plain values in the child, back in the parent
# (module-level functions; ``pickle`` is slow on many small dataclass objects).
Codec = tuple[Callable[[T], Any], Callable[[Any], T]]


def parallel() -> bool:
    """Whether stages may run side by side (``CODEGEN_JOBS=1``: never)."""
    if os.environ.get("CODEGEN_JOBS", "") == "1" or not hasattr(os, "fork"):
        return False
    if not sys.platform.startswith("linux"):
        return False
    return len(os.sched_getaffinity(0)) > 1


_IN_BOX = 1 << 63  # a message's size with this bit: the message is in the box, at the offset after


def _send(fd: int, value: Any, box: int = -1) -> None:
    """``value`` pickled, to the pipe ``fd``; or, given the in-memory file ``box`` (shared with
    the other process), appended to it and its size and offset to ``fd``: written at once
    without waiting for the other process to read (through a pipe, GitHub's 2 MB of model
    files crossed a megabyte at a time, each waiting for the other process to be scheduled:
    10 ms of the main process's wait for them)."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    if box >= 0:
        try:
            at = os.fstat(box).st_size
            _write_at(box, memoryview(payload), at)
        except OSError:
            pass
        else:  # 16 bytes: one write (a pipe takes up to 4 KB at once)
            os.write(fd, (_IN_BOX | len(payload)).to_bytes(8, "big") + at.to_bytes(8, "big"))
            return
    os.write(fd, len(payload).to_bytes(8, "big"))  # (a pipe takes up to 4 KB in one write)
    data, done = memoryview(payload), 0
    while done < len(data):
        done += os.write(fd, data[done:])


_PIPE_SIZE = 1 << 20  # Linux's default largest pipe (``/proc/sys/fs/pipe-max-size``)


def _widen(fd: int) -> None:
    """Make the pipe ``fd`` hold a megabyte instead of 64 KB, where Linux allows: the results
    (GitHub's model files, 2 MB) then cross in a few writes, not 30-odd, each of which waited
    for the other process to read (10 ms of the main process's wait for them)."""
    with contextlib.suppress(OSError, AttributeError):
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)


def _read(fd: int, size: int) -> bytearray:
    """``size`` bytes from ``fd``, read into one buffer (no chunks joined after)."""
    buffer = bytearray(size)
    view, done = memoryview(buffer), 0
    while done < size:
        got = os.readv(fd, [view[done:]])
        if not got:
            raise EOFError("the child ended before sending its result")
        done += got
    return buffer


def _receive(fd: int, box: int = -1) -> Any:
    """One message of :func:`_send` (EOFError when the child died before sending it). Unpickled
    with the cycle collector paused: the collections its objects set off walked what this
    process had made since its heap was frozen (GitHub's model files and their entries: 0.013 s
    of CPU instead of 0.006 s)."""
    size = int.from_bytes(_read(fd, 8), "big")
    if size & _IN_BOX:
        if box < 0:
            raise EOFError("a message in a box this process does not have")
        at = int.from_bytes(_read(fd, 8), "big")
        data = _read_at(box, size & ~_IN_BOX, at)
    else:
        data = _read(fd, size)
    with paused():
        return pickle.loads(data)


def _flush() -> None:
    sys.stdout.flush()
    sys.stderr.flush()


def _compute(task: Task[Any, Any], fd: int, codec: Codec[Any] | None = None, box: int = -1) -> int:
    """In the child: both parts of ``task``, each sent to ``fd`` (by way of ``box``, if any) as
    soon as it is known; the exit status (1 after any exception: the parent then redoes the
    work and reports it)."""
    try:
        with paused():  # (the model generator resumes it: :func:`codegen.models.engine.run_text`)
            diags = Diagnostics()
            first, then = task(diags)
            _send(fd, (codec[0](first) if codec else first, diags.warnings), box)
            _send(fd, then(), box)
    except BaseException:
        return 1
    return 0


class Pending(Generic[T, U]):
    """A task started by :func:`start`: :meth:`result` waits for its first part, :meth:`rest`
    for the second."""

    def __init__(
        self,
        task: Task[T, U],
        child: tuple[int, int, int] | None = None,
        codec: Codec[T] | None = None,
    ) -> None:
        """``child``: the pid, result pipe and box (-1: none; see :func:`_send`) of a
        :class:`Worker` already given ``task``."""
        self._task = task
        self._codec = codec
        self._pid, self._fd, self._box = child or (0, -1, -1)
        self._then: Callable[[], U] | None = None
        if child is None and parallel():
            self._fork()

    def _fork(self) -> None:
        read, write = os.pipe()
        _widen(write)
        _flush()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without running the parent's cleanups
            os.close(read)
            status = 1
            try:
                status = _compute(self._task, write, self._codec)
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self, diags: Diagnostics) -> T:
        """The first part; the task's warnings are recorded in ``diags`` now."""
        if self._pid:
            try:
                first, warnings = _receive(self._fd, self._box)
                if self._codec is not None:
                    first = self._codec[1](first)
            except Exception:
                self.close()
            else:
                diags.extend(warnings)
                return first  # type: ignore[no-any-return]
        first, self._then = self._task(diags)
        return first

    def ready(self) -> bool:
        """Whether :meth:`result` would not wait (its part has come, or no child runs it)."""
        return not self._pid or bool(select.select([self._fd], [], [], 0)[0])

    @property
    def forked(self) -> bool:
        """Whether the task runs in a child (else :meth:`result` runs it here)."""
        return bool(self._pid)

    def skip(self) -> None:
        """Instead of :meth:`result`, when the caller made the first part itself: received and
        dropped (or, where no child runs it, the task run here for :meth:`rest`)."""
        if self._pid:
            try:
                _receive(self._fd, self._box)
            except Exception:
                self.close()
            else:
                return
        _, self._then = self._task(Diagnostics())

    def rest(self) -> U:
        """The second part (after :meth:`result` or :meth:`skip`)."""
        if self._pid:
            try:
                value = _receive(self._fd, self._box)
            except Exception:
                self.close()
                _, self._then = self._task(Diagnostics())  # its warnings are recorded already
            else:
                self.close()
                return value  # type: ignore[no-any-return]
        assert self._then is not None, "rest() before result()"
        return self._then()

    def close(self) -> None:
        """Reap the child; stop it first if its results are no longer wanted. A child still
        exiting (freeing its memory took 10-20 ms of GitHub's run) is reaped by a thread."""
        if self._pid:
            pid, self._pid = self._pid, 0
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.close(self._fd)
            if self._box >= 0:
                os.close(self._box)
                self._box = -1
            if os.waitpid(pid, os.WNOHANG) == (0, 0):
                threading.Thread(target=os.waitpid, args=(pid, 0), daemon=True).start()


def _cell(value: Any) -> tuple[bool, Any]:
    """A closure variable for :func:`_portable`: built-in values (the bundled spec) through
    ``marshal``, which writes and reads them in a third and a half of pickle's time (GitHub's
    document: 0.027 s and 0.044 s against 0.078 s and 0.083 s); anything else is pickled."""
    try:
        return True, marshal.dumps(value)
    except ValueError:  # an object of another type (or nested too deeply) somewhere inside
        return False, value


def _portable(task: Callable[..., Any], codec: Codec[Any] | None = None) -> bytes:
    """``task`` (and ``codec``, by name) as bytes a fork of this program turns back into the
    same function."""
    cells = [_cell(cell.cell_contents) for cell in task.__closure__ or ()]
    code = marshal.dumps(task.__code__)
    parts = (task.__module__, code, task.__name__, task.__defaults__, cells, codec)
    return pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL)


def _rebuilt(data: bytes) -> tuple[Callable[..., Any], Codec[Any] | None]:
    module, code, name, defaults, cells, codec = pickle.loads(data)
    namespace = importlib.import_module(module).__dict__
    closure = tuple(
        types.CellType(marshal.loads(value) if marshalled else value) for marshalled, value in cells
    )
    return types.FunctionType(marshal.loads(code), namespace, name, defaults, closure), codec


def _read_all(fd: int) -> bytes:
    """The whole of the file ``fd`` (read at offsets: the parent shares its position)."""
    return bytes(_read_at(fd, os.fstat(fd).st_size, 0))


def _read_at(fd: int, size: int, at: int) -> bytearray:
    """``size`` bytes of the file ``fd`` from offset ``at``."""
    data = bytearray()
    while len(data) < size:
        chunk = os.pread(fd, size - len(data), at + len(data))
        if not chunk:
            raise EOFError("the file is shorter than its message")
        data += chunk
    return data


def _write_at(fd: int, data: memoryview, at: int) -> None:
    done = 0
    while done < len(data):
        done += os.pwrite(fd, data[done:], at + done)


def _serve(preload: Sequence[Callable[[], object]], box: int, go: int, back: int) -> int:
    """In the worker: the ``preload`` steps until the task is in ``box`` (a step begun is
    finished), then the task; the exit status."""
    try:
        for step in preload:
            if select.select([go], [], [], 0)[0]:  # the task is there (or word that none comes)
                break
            step()
        if not os.read(go, 1):  # the parent closed it: no task for this worker
            return 0
        # The task's values (the bundled spec) leave the cycle collector's generations once
        # rebuilt, so no collection of the model stage walks them (this process ends after it).
        gc.disable()
        task, codec = _rebuilt(_read_all(box))
        freeze()  # (and the survivors of its paused stretches: this process ends after it)
        gc.enable()
    except BaseException:
        return 1
    return _compute(task, back, codec, box)


class Worker:
    """A child forked before its task exists, which runs the ``preload`` steps (imports) while
    this process prepares the task's input, until :meth:`start` hands it the task. Without
    ``fork`` (see :func:`parallel`) it is nothing and :meth:`start` is :func:`start`."""

    def __init__(self, preload: Sequence[Callable[[], object]]) -> None:
        self._pid = 0
        if not parallel() or not hasattr(os, "memfd_create"):
            return
        # The task goes into an in-memory file (written without waiting for the child, however
        # large), then one byte down ``go`` says it is there; the results come back up ``back``.
        try:
            box = os.memfd_create("codegen-task")
        except OSError:
            return
        go_read, go_write = os.pipe()
        back_read, back_write = os.pipe()
        _widen(back_write)
        _flush()
        pid = os.fork()
        if pid == 0:
            os.close(go_write)
            os.close(back_read)
            status = 1
            try:
                status = _serve(preload, box, go_read, back_write)
            finally:
                os._exit(status)
        os.close(go_read)
        os.close(back_write)
        self._pid, self._box, self._go, self._back = pid, box, go_write, back_read

    def start(self, task: Task[T, U], codec: Codec[T] | None = None) -> Pending[T, U]:
        """Begin ``task`` (as :func:`start` does), in the worker when it can be sent there."""
        if self._pid:
            pid, back = self._pid, self._back
            try:
                _write_at(self._box, memoryview(_portable(task, codec)), 0)
                os.write(self._go, b"!")
            except Exception:  # cannot be sent (or the worker is gone): a new child computes it
                self.close()
            else:
                self._pid = 0
                os.close(self._go)  # the box stays open: the results come back in it
                return Pending(task, child=(pid, back, self._box), codec=codec)
        return Pending(task, codec=codec)

    def _release(self) -> None:
        os.close(self._box)
        os.close(self._go)

    def close(self) -> None:
        """Stop the worker if it has not been given a task (a no-op once it has)."""
        if self._pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            self._release()
            os.close(self._back)
            os.waitpid(self._pid, 0)
            self._pid = 0


def start(task: Task[T, U], codec: Codec[T] | None = None) -> Pending[T, U]:
    """Begin ``task``, which records its warnings in the :class:`Diagnostics` it is given and
    returns its first part and the function that computes the second; a ``codec`` carries the
    first part from a child to this process (never used when it runs here)."""
    return Pending(task, codec=codec)

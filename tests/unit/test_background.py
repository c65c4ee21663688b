"""codegen.models.background: the model stage in a forked child, with the parent's fallbacks.

Each task reports the process that computed each part, so a test can tell a worker's, a freshly
forked child's and the parent's (sequential) work apart; the results are the same either way.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

from codegen.errors import Diagnostics
from codegen.models import background

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
    reason="needs fork and two CPUs",
)

PRELOADED: list[int] = []  # pids that ran the preload (in this process: none)


@pytest.fixture(autouse=True)
def _parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CODEGEN_JOBS", raising=False)


def _preload() -> None:
    PRELOADED.append(os.getpid())


def _task(
    document: dict[str, int], fail_in_child: bool = False
) -> Callable[[Diagnostics], tuple[tuple[int, int], Callable[[], tuple[int, int, bool]]]]:
    parent = os.getpid()

    def task(into: Diagnostics) -> tuple[tuple[int, int], Callable[[], tuple[int, int, bool]]]:
        if fail_in_child and os.getpid() != parent:
            raise RuntimeError("only the child fails")
        into.warn(f"saw {document['n']}", "#/components")

        def then() -> tuple[int, int, bool]:
            return document["n"] * 2, os.getpid(), bool(PRELOADED)

        return (document["n"], os.getpid()), then

    return task


def _run(
    pending: background.Pending[tuple[int, int], tuple[int, int, bool]],
) -> tuple[tuple[int, int], tuple[int, int, bool], list[str]]:
    diags = Diagnostics()
    try:
        first = pending.result(diags)
        rest = pending.rest()
    finally:
        pending.close()
    return first, rest, [w.message for w in diags.warnings]


def test_a_worker_forked_before_the_task_computes_it_after_its_preload() -> None:
    worker = background.Worker([_preload])
    time.sleep(0.2)  # the task comes once the preload has run (a preload step is instant)
    document = {"n": 21}  # made after the fork: the worker gets it with the task
    (n, pid), (twice, pid2, preloaded), warnings = _run(worker.start(_task(document)))
    assert (n, twice, warnings) == (21, 42, ["saw 21"])
    assert pid != os.getpid()
    assert pid2 == pid
    assert preloaded  # in the worker
    assert not PRELOADED  # not here


def test_a_task_the_worker_fails_is_redone_here() -> None:
    worker = background.Worker([_preload])
    (n, pid), (twice, pid2, _), warnings = _run(worker.start(_task({"n": 3}, fail_in_child=True)))
    assert (n, twice, warnings) == (3, 6, ["saw 3"])
    assert pid == pid2 == os.getpid()


def test_a_task_that_cannot_be_sent_runs_in_a_child_forked_for_it() -> None:
    worker = background.Worker([_preload])
    task = _task({"n": 5})
    hook = lambda: None  # noqa: E731  # a closure variable pickle cannot send

    def with_hook(into: Diagnostics) -> tuple[tuple[int, int], Callable[[], tuple[int, int, bool]]]:
        hook()
        return task(into)

    (n, pid), (twice, _, preloaded), warnings = _run(worker.start(with_hook))
    assert (n, twice, warnings) == (5, 10, ["saw 5"])
    assert pid != os.getpid()
    assert not preloaded  # not the worker: a child forked when the task was started


def test_a_worker_whose_preload_fails_leaves_the_task_to_this_process() -> None:
    def broken() -> None:
        raise ImportError("no such module")

    worker = background.Worker([broken])
    (n, _), (twice, _, _), warnings = _run(worker.start(_task({"n": 4})))
    assert (n, twice, warnings) == (4, 8, ["saw 4"])


def test_a_worker_never_given_a_task_is_stopped_and_reaped() -> None:
    worker = background.Worker([_preload])
    pid = worker._pid
    assert pid
    worker.close()
    worker.close()  # twice is harmless
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_one_job_runs_everything_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEGEN_JOBS", "1")
    worker = background.Worker([_preload])
    (n, pid), (twice, pid2, preloaded), _ = _run(worker.start(_task({"n": 1})))
    assert (n, twice) == (1, 2)
    assert pid == pid2 == os.getpid()
    assert not preloaded


def _plain(first: tuple[int, int]) -> list[int]:
    return [*first, -1]  # the child's form (marked, so the test sees it crossed the pipe)


def _back(plain: list[int]) -> tuple[int, int]:
    assert plain[-1] == -1
    return plain[0] * 100, plain[1]


@pytest.mark.parametrize("jobs", ["", "1"])
def test_a_codec_carries_the_first_part_only_across_the_pipe(
    monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.setenv("CODEGEN_JOBS", jobs)
    worker = background.Worker([_preload])
    (n, pid), (twice, _, _), warnings = _run(worker.start(_task({"n": 7}), codec=(_plain, _back)))
    assert (twice, warnings) == (14, ["saw 7"])
    if jobs == "1":  # computed here: nothing crossed, nothing to decode
        assert (n, pid) == (7, os.getpid())
    else:
        assert n == 700
        assert pid != os.getpid()


class _Name(str):
    __slots__ = ()


def test_closure_values_reach_the_worker_with_their_types() -> None:
    """Built-in values cross as they are (``marshal``), anything else with pickle: a str
    subclass inside a dict, or a tuple shared by two values, arrive as such."""
    shared = ("a", 1.5, None, True)
    plain = {"list": [1, 2, {"x": shared}], "again": shared}
    typed = {"name": _Name("Foo")}
    parent = os.getpid()

    def task(into: Diagnostics) -> tuple[tuple[int, int], Callable[[], tuple[int, int, bool]]]:
        assert os.getpid() != parent
        assert plain == {"list": [1, 2, {"x": ("a", 1.5, None, True)}], "again": shared}
        assert type(typed["name"]) is _Name
        assert plain["list"][2]["x"] is plain["again"]  # type: ignore[index]
        return (1, os.getpid()), lambda: (2, os.getpid(), bool(PRELOADED))

    worker = background.Worker([_preload])
    time.sleep(0.2)  # (as in the first test)
    (_, pid), (_, _, preloaded), _ = _run(worker.start(task))
    assert pid != os.getpid()  # computed in the worker: no assertion failed there
    assert preloaded


def test_a_worker_stops_preloading_when_its_task_arrives() -> None:
    """The task is sent while the first step runs: the worker computes it without the second
    (a task that needs what was not preloaded imports it then)."""

    def slow() -> None:
        time.sleep(0.5)

    (_, pid), (_, _, preloaded), _ = _run(
        background.Worker([slow, _preload]).start(_task({"n": 2}))
    )
    assert pid != os.getpid()
    assert not preloaded


def test_large_results_come_back_whole_in_the_worker_s_box() -> None:
    """From a worker, each part is appended to the in-memory file the task came in (one write,
    not a megabyte at a time through the pipe); several megabytes of each come back intact,
    the first not overwritten by the second."""
    first_text, rest_text = "é" * 3_000_000, "ß" * 2_500_000

    def task(into: Diagnostics) -> tuple[tuple[str, int], Callable[[], tuple[str, int]]]:
        return (first_text, os.getpid()), lambda: (rest_text, os.getpid())

    worker = background.Worker([_preload])
    pending = worker.start(task)
    try:
        first, pid = pending.result(Diagnostics())
        rest, pid2 = pending.rest()
    finally:
        pending.close()
    assert (first, rest) == (first_text, rest_text)
    assert pid == pid2 != os.getpid()


def test_a_message_sent_by_way_of_a_box_is_read_from_it() -> None:
    box = os.memfd_create("test-box")
    read, write = os.pipe()
    try:
        os.write(box, b"the task")
        background._send(write, {"a": "x" * 100_000}, box)
        background._send(write, [1, 2, 3])  # the pipe alone
        background._send(write, "second", box)
        assert os.fstat(box).st_size > 100_000  # appended after the task
        assert background._receive(read, box) == {"a": "x" * 100_000}
        assert background._receive(read, box) == [1, 2, 3]
        assert background._receive(read, box) == "second"
        background._send(write, "boxed", box)
        with pytest.raises(EOFError):  # a boxed message without the box
            background._receive(read)
    finally:
        for fd in (box, read, write):
            os.close(fd)


@pytest.mark.parametrize("how", ["worker", "failing child", "one job"])
def test_a_first_part_made_here_is_skipped_and_the_rest_still_comes(
    monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """Pending.skip (the pipeline replays a cached draft itself): the first part is dropped, its
    warnings too, and rest() gives the second part as after result(): from the child when one
    runs it (``forked``), else from the task run here (after a failing child, or with one job)."""
    if how == "one job":
        monkeypatch.setenv("CODEGEN_JOBS", "1")
    pending = background.Worker([_preload]).start(
        _task({"n": 4}, fail_in_child=how == "failing child")
    )
    try:
        assert pending.forked is (how != "one job")
        pending.skip()
        twice, pid, _ = pending.rest()
    finally:
        pending.close()
    assert twice == 8
    assert (pid != os.getpid()) is (how == "worker")


def test_the_pipeline_hands_its_model_task_to_the_preloaded_worker(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """generate's model task reaches the worker forked at its start, cold and with a cached
    draft: a task that cannot be sent (its closure holding a local function, say) would run in
    a fresh fork, without the preload, and the output would not tell."""
    import json

    from codegen.output.write import write
    from codegen.pipeline import generate

    outcomes: list[str] = []
    real = background._portable

    def watching(task: Any, codec: Any = None) -> bytes:
        try:
            data = real(task, codec)
        except Exception as exc:
            outcomes.append(f"not sent: {exc!r}")
            raise
        outcomes.append("sent")
        return data

    monkeypatch.setattr(background, "_portable", watching)
    schema = {"type": "object", "properties": {"id": {"type": "string"}}}
    op = {"operationId": "getThing", "responses": {"200": {"description": "ok"}}}
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Tiny", "version": "1"},
        "paths": {"/thing": {"get": op}},
        "components": {"schemas": {"Thing": schema}},
    }
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "out"
    first = generate(spec, package="tiny", inputs_sha256="")
    write(first.files, out, cache=first.cache)
    op["description"] = "Edited."  # the draft is cached: replayed in this process too
    spec.write_text(json.dumps(doc), encoding="utf-8")
    again = generate(spec, package="tiny", inputs_sha256="", cache_dir=out / ".codegen-cache")
    assert again.files == generate(spec, package="tiny", inputs_sha256="").files
    assert outcomes == ["sent"] * 3


def test_ready_says_whether_the_first_part_has_come() -> None:
    """Pending.ready: False while the child still computes the first part, True once it has
    sent it (result() then does not wait), and True where no child runs the task."""
    go_read, go_write = os.pipe()

    def task(into: Diagnostics) -> tuple[int, Callable[[], int]]:
        os.read(go_read, 1)  # (in the child: until the test lets it go on)
        return 1, lambda: 2

    pending = background.Worker([]).start(task)
    try:
        assert pending.forked
        assert not pending.ready()
        os.write(go_write, b"!")
        deadline = time.monotonic() + 10
        while not pending.ready() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert pending.ready()
        assert pending.result(Diagnostics()) == 1
        assert pending.rest() == 2
    finally:
        pending.close()
        os.close(go_read)
        os.close(go_write)

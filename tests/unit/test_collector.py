"""codegen.models.collector: the cycle collector paused over a stretch, its survivors frozen
only where freezing is on, resumed inside a pause, and always left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from codegen.models import collector


@pytest.fixture(autouse=True)
def _restored() -> Iterator[None]:
    was = gc.isenabled()
    assert gc.get_freeze_count() == 0
    yield
    collector.freezing(False)
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_pause_turns_the_collector_off_and_back_on_without_freezing() -> None:
    gc.enable()
    with collector.paused():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert len(kept) == 1000


def test_with_freezing_on_a_pause_freezes_what_survived_it() -> None:
    gc.enable()
    collector.freezing(True)
    with collector.paused():
        kept = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)
    gc.unfreeze()
    collector.freezing(False)
    with collector.paused():
        more = [[i] for i in range(1000)]
    assert gc.get_freeze_count() == 0
    assert len(more) == 1000


def test_a_pause_inside_a_pause_or_with_the_collector_off_changes_nothing() -> None:
    gc.disable()
    collector.freezing(True)
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0  # (only the stretch that turned it off freezes)


def test_resumed_turns_it_on_inside_a_pause_only() -> None:
    gc.enable()
    with collector.paused():
        with collector.resumed():
            assert gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with collector.resumed():
        assert gc.isenabled()
    assert gc.isenabled()

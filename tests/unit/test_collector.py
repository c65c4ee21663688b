"""codegen.models.collector: the cycle collector paused over a stretch, its survivors frozen
only after freeze() (until thaw()), resumed inside a pause, and always left as it was found."""

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
    collector.thaw()
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def _stretch() -> list[list[int]]:
    """A paused stretch that makes 1,000 new objects and keeps them (for the caller to hold:
    a frozen object that dies leaves the count), with the collector off within it, on after."""
    with collector.paused():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled()
    return kept


def test_a_pause_turns_the_collector_off_and_back_on_without_freezing() -> None:
    gc.enable()
    kept = _stretch()
    assert gc.get_freeze_count() == 0
    assert len(kept) == 1000


def test_after_freeze_a_pause_freezes_what_survived_it_until_thaw() -> None:
    gc.enable()
    collector.freeze()
    frozen = gc.get_freeze_count()
    assert frozen > 0  # (everything alive)
    kept = _stretch()
    assert gc.get_freeze_count() - frozen >= len(kept)  # (the stretch's survivors too)
    collector.thaw()
    assert gc.get_freeze_count() == 0
    more = _stretch()
    assert gc.get_freeze_count() == 0
    assert len(more) == 1000


def test_freeze_leaves_objects_someone_else_froze_as_they_are() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    collector.freeze()  # not this one's to freeze or thaw
    kept = _stretch()
    collector.thaw()
    assert gc.get_freeze_count() == frozen
    assert len(kept) == 1000


def test_a_pause_inside_a_pause_or_with_the_collector_off_changes_nothing() -> None:
    gc.disable()
    collector.freeze()
    frozen = gc.get_freeze_count()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == frozen  # (only the stretch that turned it off freezes)


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

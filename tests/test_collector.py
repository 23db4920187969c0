"""The app's long-lived objects leave the cyclic garbage collector's walks (a full walk held
the GIL for 40-80 ms at a time), and are still freed when their last reference goes."""

from __future__ import annotations

import gc
import weakref

from ingram_desk.collector import freeze_long_lived, release_long_lived


class _Thing:
    pass


def test_objects_alive_at_the_freeze_are_left_out_of_later_collections() -> None:
    kept, dropped = _Thing(), _Thing()
    gone = weakref.ref(dropped)
    assert freeze_long_lived() >= 2
    walked = {id(o) for o in gc.get_objects()}  # what a full collection walks now
    assert id(kept) not in walked and id(dropped) not in walked
    made_after = _Thing()
    assert any(o is made_after for o in gc.get_objects())
    del dropped  # reference counting still frees a frozen object
    assert gone() is None


def test_a_cycle_frozen_with_a_session_is_collected_once_released() -> None:
    cycle = _Thing()
    cycle.me = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    freeze_long_lived()
    del cycle
    gc.collect()
    assert gone() is not None  # frozen: no walk reaches it
    release_long_lived()
    assert gc.get_freeze_count() == 0
    gc.collect()  # the collector's next full walk
    assert gone() is None

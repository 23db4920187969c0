"""Keep Python's cyclic garbage collector from stalling the window.

Why: a full collection walks every object the process holds and keeps the GIL from start to
end, in whichever thread happened to allocate last. Once the window, the Qt bindings and the
catalogue engine (polars, numpy) are loaded, that is ~75,000 objects and 40-80 ms a walk on the
2-core machine (a gen-2 collection set off by reading a new generation's change summary held
the GIL for 60-66 ms; bench/feeds_bench.py names such gaps ``GC``). Nearly all of those objects
live as long as the process: modules, classes, functions, widgets. ``freeze_long_lived`` moves
everything alive now out of the collector's reach (``gc.freeze``), so later collections walk
only what was made since. Reference counting still frees them; a reference cycle among them
is collected only once they are given back (``release_long_lived``), which the app does as a
session ends (profile switch, language switch, quit).
"""

from __future__ import annotations

import gc

__all__ = ["freeze_long_lived", "release_long_lived"]


def freeze_long_lived() -> int:
    """Move every object alive now out of the cyclic collector's walks; call it once the
    long-lived ones are made (the window shown, the catalogue engine loaded). Cheap (the
    collector's lists are joined, nothing is walked); returns how many objects are frozen."""
    gc.freeze()
    return gc.get_freeze_count()


def release_long_lived() -> None:
    """Give the frozen objects back to the collector (a session's window has closed): its next
    full collection frees their cycles. Nothing is collected here: the app calls it inside
    Qt's event dispatch, where freeing a Qt object has crashed the process before (see
    ``tests/fixtures/ui.py``)."""
    gc.unfreeze()

"""Queries first: a catalogue child's settling gives way to the searches and pages it serves.

``lower_thread_priority`` lowers a thread below the page reads; ``InFlight`` counts the
queries under way (a page read among them), so ``Snapshot.settle`` waits for them between its
steps (on two cores a sort beside a search made it several times slower), and tells whether
one ran lately: then settle sorts on one core. Every polars call of a query (a page's values
too) runs on polars' one thread pool, and a sort spread over the whole pool holds every thread
of it until it ends (a search beside it waited up to a second); a sort on one thread leaves
the other free.

Linux gives each thread its own nice value (``setpriority`` on the thread id); threads started
from a lowered thread inherit it. Windows lowers the calling thread (``SetThreadPriority``).
Elsewhere (or where the call is refused) nothing changes and the thread runs at normal priority.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
import time
from collections.abc import Callable

__all__ = ["InFlight", "Pause", "lower_thread_priority", "no_pause"]

#: called by work that gives way between two of its steps: returns once it may go on (a
#: snapshot's waits for the searches under way, ``InFlight.wait_idle``)
Pause = Callable[[], None]


def no_pause() -> None:
    """The ``Pause`` of work nothing waits for."""


_THREAD_PRIORITY_BELOW_NORMAL = -1
_THREAD_PRIORITY_LOWEST = -2
#: a query ended less than this long ago: the next is likely on its way (typing, paging)
TYPING_GAP = 1.0


def lower_thread_priority(niceness: int) -> bool:
    """This thread (and threads it starts) below the others of its process; whether it took.

    Only Linux can; elsewhere the calling thread is lowered where the OS allows (Windows:
    below normal, or lowest from ``niceness`` 10 on), or nothing changes."""
    setpriority = getattr(os, "setpriority", None)
    if setpriority is not None and sys.platform.startswith("linux"):
        try:
            setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
        except OSError:
            return False
        return True
    kernel32 = _kernel32()
    if kernel32 is None:
        return False
    level = _THREAD_PRIORITY_BELOW_NORMAL if niceness < 10 else _THREAD_PRIORITY_LOWEST
    return bool(kernel32.SetThreadPriority(kernel32.GetCurrentThread(), level))


def _kernel32() -> object | None:
    windll = getattr(ctypes, "windll", None)
    return None if windll is None else getattr(windll, "kernel32", None)


class InFlight:
    """The queries under way (``with`` one around each); ``wait_idle`` lets work that can
    wait give way to them."""

    def __init__(self) -> None:
        self._count = 0
        self._ended = float("-inf")  # ``time.monotonic()`` when the last one ended
        self._idle = threading.Condition()

    def __enter__(self) -> None:
        with self._idle:
            self._count += 1

    def __exit__(self, *_exc: object) -> None:
        with self._idle:
            self._count -= 1
            self._ended = time.monotonic()
            if not self._count:
                self._idle.notify_all()

    def wait_idle(self, most: float) -> None:
        """Return once no query is under way, or after ``most`` seconds (never starved)."""
        with self._idle:
            self._idle.wait_for(lambda: not self._count, timeout=most)

    def wait_quiet(self, quiet: float, most: float) -> None:
        """Return once no query is under way and none ended in the last ``quiet`` seconds (the
        clerk paused typing or paging), or after ``most`` seconds (never starved)."""
        deadline = time.monotonic() + most
        with self._idle:
            while (now := time.monotonic()) < deadline:
                calm = 0.0 if self._count else self._ended + quiet - now
                if not self._count and calm <= 0:
                    return
                self._idle.wait(min(calm or deadline - now, deadline - now))

    def recent(self, seconds: float = TYPING_GAP) -> bool:
        """Whether a query is under way or ended less than ``seconds`` ago (one typed key
        follows another within that: the next is likely on its way)."""
        with self._idle:
            return bool(self._count) or time.monotonic() - self._ended < seconds

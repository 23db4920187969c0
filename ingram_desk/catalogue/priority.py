"""Lower a catalogue child's thread below its page reads, so the window's pages come first.

Linux gives each thread its own nice value (``setpriority`` on the thread id); threads started
from a lowered thread inherit it. Windows lowers the calling thread (``SetThreadPriority``).
Elsewhere (or where the call is refused) nothing changes and the thread runs at normal priority.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading

__all__ = ["lower_thread_priority"]

_THREAD_PRIORITY_BELOW_NORMAL = -1


def lower_thread_priority(niceness: int) -> bool:
    """This thread (and threads it starts) below the others of its process; whether it took.

    Only Linux can; elsewhere the calling thread is lowered where the OS allows (Windows),
    or nothing changes."""
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
    return bool(
        kernel32.SetThreadPriority(kernel32.GetCurrentThread(), _THREAD_PRIORITY_BELOW_NORMAL)
    )


def _kernel32() -> object | None:
    windll = getattr(ctypes, "windll", None)
    return None if windll is None else getattr(windll, "kernel32", None)

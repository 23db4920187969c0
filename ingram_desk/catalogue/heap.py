"""glibc's heap in the stage-1 child: freed memory handed back to the system.

Why: numpy and Python allocate through glibc's malloc. After a big block is freed glibc raises
its mmap threshold (up to 32 MB), so later big buffers come from the heap, and freeing them
leaves holes it does not return: after settling a million rows the child kept ~80 MB it no
longer used. A fixed threshold keeps big buffers in their own mappings, and a trim once the
snapshot has settled returns the rest. Elsewhere (another libc) both are no-ops.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
from functools import cache

__all__ = ["release_free_memory", "return_big_blocks"]

_M_MMAP_THRESHOLD = -3
#: glibc's default before it starts adapting
_THRESHOLD = 128 * 1024


@cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    with contextlib.suppress(OSError):
        libc = ctypes.CDLL(name)
        if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim"):
            return libc
    return None


def return_big_blocks() -> bool:
    """Blocks over 128 KB in their own mappings from now on (returned when freed); whether
    the allocator took the setting."""
    libc = _libc()
    return libc is not None and libc.mallopt(_M_MMAP_THRESHOLD, _THRESHOLD) == 1


def release_free_memory() -> bool:
    """Hand the heap's free pages back to the system; whether any were."""
    libc = _libc()
    return libc is not None and libc.malloc_trim(0) == 1

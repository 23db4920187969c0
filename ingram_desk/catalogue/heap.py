"""The heaps of the catalogue's child processes: freed memory handed back to the system.

polars allocates through its own jemalloc (Linux and macOS wheels), which keeps freed pages
~10 s for reuse: an import's transient buffers (the file read whole, then its columns) then
stay resident on top of the next ones. ``child_allocator_env`` starts a child with them handed
back at once (read when polars loads, so it must be in the child's environment from the start:
set later, after ``import polars``, it is ignored); a million-row import peaked ~60–100 MB
lower. Elsewhere (mimalloc on Windows) the variable means nothing.

glibc's heap in the stage-1 child:

Why: numpy and Python allocate through glibc's malloc. After a big block is freed glibc raises
its mmap threshold (up to 32 MB), so later big buffers come from the heap, and freeing them
leaves holes it does not return: after settling a million rows the child kept ~80 MB it no
longer used. A fixed threshold keeps big buffers in their own mappings, and a trim once the
snapshot has settled returns the rest. Elsewhere (another libc) both are no-ops. The app's
own process keeps big blocks apart too (``engine.Catalogue``): the ranks, masks and id arrays
of its sorts and searches otherwise left ~35 MB of heap resident at a million rows.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
from collections.abc import Iterator
from functools import cache

__all__ = [
    "ALLOCATOR_ENV",
    "big_blocks_reused",
    "child_allocator_env",
    "release_free_memory",
    "return_big_blocks",
]

#: polars' jemalloc returns freed pages at once (``dirty``) and keeps none half-freed (``muzzy``)
ALLOCATOR_ENV = {"_RJEM_MALLOC_CONF": "dirty_decay_ms:0,muzzy_decay_ms:0"}

_M_MMAP_THRESHOLD = -3
_M_TRIM_THRESHOLD = -1
#: glibc's default before it starts adapting
_THRESHOLD = 128 * 1024
#: free memory at the heap's top kept for the next small buffers (``release_free_memory``
#: still returns it)
_KEPT_TOP = 1 << 20


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
    """Blocks over 128 KB in their own mappings from now on (returned when freed), and up to
    1 MB freed at the heap's top kept for the next small buffers; whether the allocator took
    the settings."""
    libc = _libc()
    if libc is None or libc.mallopt(_M_MMAP_THRESHOLD, _THRESHOLD) != 1:
        return False
    # the fixed threshold also fixes glibc's trim threshold at 128 KB: the heap's top was then
    # handed back and faulted in again around every small buffer (a compressor's state of
    # ~256 KB a block: ~600k page faults, 1.5 s of system time at a million rows)
    return libc.mallopt(_M_TRIM_THRESHOLD, _KEPT_TOP) == 1


#: ``big_blocks_reused``: blocks under 4 MB from the heap, up to 16 MB freed at its top kept
_REUSED_THRESHOLD, _REUSED_TOP = 4 << 20, 16 << 20


@contextlib.contextmanager
def big_blocks_reused() -> Iterator[None]:
    """Blocks up to 4 MB from the heap while the block runs (freed ones reused), then big
    blocks in their own mappings again (``return_big_blocks``) and the heap's free pages
    handed back. Why: counting a file's shape (``file_lines``) makes ~7 MB of numpy arrays
    an 8 MB block (line starts, quote bits, 0.25-1 MB each), each a fresh mapping under the
    128 KB threshold, faulted in anew every block: the read half of 1M English rows took
    ~60k page faults fewer (417k -> 358k), the ``;`` file ~36k. Blocks over 4 MB (the
    re-encoded file) stay in their own mappings: at 32 MB the ``;`` file peaked 70 MB higher."""
    libc = _libc()
    if libc is None or libc.mallopt(_M_MMAP_THRESHOLD, _REUSED_THRESHOLD) != 1:
        yield
        return
    libc.mallopt(_M_TRIM_THRESHOLD, _REUSED_TOP)
    try:
        yield
    finally:
        return_big_blocks()
        release_free_memory()


def release_free_memory() -> bool:
    """Hand the heap's free pages back to the system; whether any were."""
    libc = _libc()
    return libc is not None and libc.malloc_trim(0) == 1


@contextlib.contextmanager
def child_allocator_env() -> Iterator[None]:
    """``ALLOCATOR_ENV`` in this process's environment while a child process is started
    (which inherits it), as it was afterwards."""
    before = {key: os.environ.get(key) for key in ALLOCATOR_ENV}
    os.environ.update(ALLOCATOR_ENV)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value

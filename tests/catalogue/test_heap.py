"""The stage-1 child's heap settings: taken by glibc, harmless elsewhere. (What they save is
measured by ``bench/catalogue_bench.py``: ~80 MB of a settled million-row snapshot.)"""

from __future__ import annotations

import os
import platform
import subprocess
import sys

from ingram_desk.catalogue import heap


def test_glibc_takes_the_fixed_mmap_threshold_and_trims_freed_pages() -> None:
    glibc = platform.libc_ver()[0] == "glibc"
    assert heap.return_big_blocks() is glibc
    blocks = [bytearray(100_000) for _ in range(500)]  # below the threshold: on the heap
    del blocks[::2]  # holes the heap cannot shrink past
    assert heap.release_free_memory() is glibc


def test_a_child_process_starts_with_polars_allocator_returning_freed_pages() -> None:
    key, value = next(iter(heap.ALLOCATOR_ENV.items()))
    before = os.environ.get(key)
    with heap.child_allocator_env():
        seen = subprocess.run(
            [sys.executable, "-c", f"import os; print(os.environ.get({key!r}))"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    assert seen == value
    assert os.environ.get(key) == before  # this process's environment as it was


_CHURN = """
import resource, sys, zlib
from ingram_desk.catalogue import heap
taken = heap.return_big_blocks()
data = bytes(range(256)) * 40
zlib.compress(data, 1)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(2000):  # a fresh compressor state each time, ~256 KB
    zlib.compress(data, 1)
print(taken, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def test_small_buffers_freed_at_the_heap_top_are_not_faulted_in_again() -> None:
    """With the fixed thresholds, zlib's state for each block was handed back at every free
    and faulted in again (~20 pages a block); the kept top serves the next one."""
    out = subprocess.run(
        [sys.executable, "-c", _CHURN], capture_output=True, text=True, check=True
    ).stdout.split()
    if out[0] == "True":  # glibc: elsewhere the setting does not exist
        assert int(out[1]) < 2000


_REUSED = """
import resource, numpy as np
from ingram_desk.catalogue import heap
taken = heap.return_big_blocks()
np.ones(1 << 18)  # (numpy's own first allocations)
def churn():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(200):  # a 2 MB array made and freed, as each block of a file's count
        np.ones(1 << 18).sum()
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
with heap.big_blocks_reused():
    inside = churn()
print(taken, inside, churn())
"""


def test_big_blocks_are_reused_inside_the_block_and_returned_after_it() -> None:
    """Inside ``big_blocks_reused`` a 2 MB array made again reuses the freed one's pages;
    after it each one is a fresh mapping again (512 pages faulted in each time)."""
    out = subprocess.run(
        [sys.executable, "-c", _REUSED], capture_output=True, text=True, check=True
    ).stdout.split()
    if out[0] == "True":  # glibc: elsewhere the settings do not exist
        assert int(out[1]) < 200 * 512 // 10
        assert int(out[2]) > 200 * 512 // 2

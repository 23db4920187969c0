"""Page reads while an import settles and commits: how long a page of 100 rows waits, and what
the committing thread was doing when a read was slow.

    uv run python bench/page_reads_during_commit.py PRICE_FILE [--seed 1]

In a fresh process set up as the import child (``heap``, the GIL switch interval, its
niceness), imports ``PRICE_FILE`` once (the generation the change summary joins with), reads it
again (``engine.read_price_file``) and commits it on a thread lowered as the child
lowers its commit (``interim``), while this thread, at the window's priority, reads a page of
100 random rows every 20 ms, as a clerk scrolling. Prints the pages' p50/p95/max and the slow
ones (over 15 ms) with the settle stage and the committing thread's Python stack right after:
a long hold of the GIL, or of polars' thread pool, by the step named there. Quietest on an idle
machine; a figure to compare two versions by, run after run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = r"""
import random, sys, tempfile, threading, time
from pathlib import Path
from ingram_desk.catalogue.heap import return_big_blocks
return_big_blocks()  # as the import child starts
from ingram_desk.catalogue.engine import commit_import, read_price_file
from ingram_desk.catalogue.interim import BACKGROUND_NICENESS, GIL_SWITCH_SECONDS, NICENESS
from ingram_desk.catalogue.priority import lower_thread_priority
from bench.python_stack import stack
import polars as pl

sys.setswitchinterval(GIL_SWITCH_SECONDS)
price, seed = Path(sys.argv[1]), int(sys.argv[2])
db = Path(tempfile.mkdtemp()) / "catalogue.sqlite3"
commit_import(read_price_file(db, price, force=True))
lower_thread_priority(NICENESS)  # this thread and polars' pool, as in the child
pl.select(pl.lit(1)).lazy().collect()
pending = read_price_file(db, price, force=True)
snap, worker, done = pending.snap, {}, threading.Event()

def commit():
    worker["id"] = threading.get_ident()
    snap.store_rows()
    lower_thread_priority(BACKGROUND_NICENESS)
    commit_import(pending)
    done.set()

threading.Thread(target=commit, daemon=True).start()
lower_thread_priority(0)
rnd, times, slow = random.Random(seed), [], []
while not done.is_set():
    ids, stage = rnd.sample(range(1, snap.row_count + 1), 100), snap.stage
    began = time.perf_counter()
    snap.read_rows(ids)
    ms = (time.perf_counter() - began) * 1000
    times.append(ms)
    if ms > 15:
        frame = sys._current_frames().get(worker.get("id"))
        slow.append((ms, stage, stack(frame) if frame else "?"))
    time.sleep(0.02)
times.sort()
pct = lambda q: times[min(len(times) - 1, int(len(times) * q))]
print(f"{len(times)} pages of 100 rows: p50 {pct(0.5):.0f} / p95 {pct(0.95):.0f} / max "
      f"{times[-1]:.0f} ms; over 15 ms: {len(slow)}")
for ms, stage, where in sorted(slow, reverse=True)[:15]:
    print(f"  {ms:4.0f} ms  {stage:<24} {where}")
"""


def main() -> None:
    from ingram_desk.catalogue.heap import ALLOCATOR_ENV

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("price_file", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    env = {**os.environ, **ALLOCATOR_ENV}
    subprocess.run(
        [sys.executable, "-c", _RUN, str(args.price_file), str(args.seed)],
        check=True, cwd=ROOT, env=env,
    )  # fmt: skip


if __name__ == "__main__":
    main()

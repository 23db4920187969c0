"""Searches answered by scanning, before a fresh snapshot's word index serves: how many are slow,
beside the rows' store and the index being built, or alone.

    uv run python bench/searches_while_indexing.py PRICE_FILE LAYOUT [--alone] [--seed 1]

In a fresh process set up as the import child (``heap``, its niceness), reads ``PRICE_FILE``
(``engine.read_price_file``), then asks the snapshot the bench's searches for
``LAYOUT`` (``catalogue_bench.search_terms``: 200 drawn from the file with ``seed``), one after
the other, 2 ms apart (as the app's pipes part them), each with its first page of 100 rows,
while a thread makes the word index, the one-letter masks and the rows' store as the child's
settle does (the index at the child's niceness, the rest lowered) — until the store is made. ``--alone``: the same 200
searches with nothing beside them, every one a scan. Prints the searches' p50/p95/max, how many
took over 50 ms, per settle stage, and the slowest. The app's own figure, with its pipes and the
window's page reads, is ``catalogue_bench.py``'s "searches during the import".
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = r"""
import sys, tempfile, threading, time
from pathlib import Path
from ingram_desk.catalogue.heap import return_big_blocks
return_big_blocks()  # as the import child starts
from ingram_desk.catalogue.engine import read_price_file
from ingram_desk.catalogue.interim import BACKGROUND_NICENESS, GIL_SWITCH_SECONDS, NICENESS
from ingram_desk.catalogue.priority import lower_thread_priority
from ingram_desk.catalogue.query import CatalogueQuery
import polars as pl
sys.path.insert(0, sys.argv[5])
from catalogue_bench import LAYOUTS, search_terms

price, layout, alone, seed = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
sys.setswitchinterval(GIL_SWITCH_SECONDS)  # as the child
terms = search_terms(price, LAYOUTS[layout], seed)
lower_thread_priority(NICENESS)  # this thread and polars' pool, as in the child
pl.select(pl.lit(1)).lazy().collect()
snap = read_price_file(Path(tempfile.mkdtemp()) / "c.sqlite3", price, force=True).snap
indexed = threading.Event()

def index():  # as the child's settle: the word index at the searches' niceness, then lowered
    snap.word_index()
    lower_thread_priority(BACKGROUND_NICENESS)
    snap.index()  # the one-letter masks, then the rows' store
    indexed.set()

if not alone:
    threading.Thread(target=index, daemon=True).start()
found = []
for text in terms * (1 if alone else 5):
    if indexed.is_set():
        break
    stage, began = snap.stage, time.perf_counter()
    ids = snap.query_ids(CatalogueQuery(text=text))
    snap.read_rows(ids[:100])
    found.append(((time.perf_counter() - began) * 1000, text, stage))
    time.sleep(0.002)  # the app's pipes between an answer and the next search
ms = sorted(f[0] for f in found)
pct = lambda values, q: values[min(len(values) - 1, int(len(values) * q))]
slow = sum(m > 50 for m in ms)
print(f"{len(ms)} searches {'alone' if alone else 'beside the store and the index'} in "
      f"{sum(ms) / 1000:.1f} s: p50 {pct(ms, 0.5):.0f} / p95 {pct(ms, 0.95):.0f} / max "
      f"{ms[-1]:.0f} ms; over 50 ms: {slow}")
stages = {}
for m, _text, stage in found:
    stages.setdefault(stage, []).append(m)
for stage, values in stages.items():
    values.sort()
    print(f"  {stage}: {len(values)}, p95 {pct(values, 0.95):.0f} ms, over 50 ms: "
          f"{sum(v > 50 for v in values)}")
print("slowest: " + "; ".join(f"{t!r} {m:.0f} ms ({s})" for m, t, s in sorted(found)[-8:][::-1]))
"""


def main() -> None:
    from ingram_desk.catalogue.heap import ALLOCATOR_ENV

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("price_file", type=Path)
    parser.add_argument("layout", choices=("dach", "na", "english", "semicolon"))
    parser.add_argument("--alone", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    code = [str(args.price_file), args.layout, "1" if args.alone else "0", str(args.seed)]
    subprocess.run(
        [sys.executable, "-c", _RUN, *code, str(ROOT / "bench")],
        check=True, cwd=ROOT, env={**os.environ, **ALLOCATOR_ENV},
    )  # fmt: skip


if __name__ == "__main__":
    main()

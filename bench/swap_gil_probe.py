"""Where the app process holds the GIL when it first uses a new generation.

    uv run python bench/swap_gil_probe.py PRICEFILE [SECOND_PRICEFILE]

Imports the file(s) into a temporary catalogue (the second one gives the change summary
something to hold), then, in a fresh process with the engine loaded and the long-lived objects
frozen as the app has them after its start, does what the app does after a swap — open the
generation, its info and change summary, a query, a page, vendors, the category tree, a search
and a sort — while a thread sleeping 1 ms at a time reports every wait over 10 ms (it waited
for the GIL, or for a CPU) with the working thread's Python stack as found right after (where
it let the GIL go), and every garbage collection over 3 ms. Prints each step's wall and CPU
time. Quietest on an idle machine.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import gc, os, sys, threading, time
from pathlib import Path
from ingram_desk.catalogue.engine import Catalogue, catalogue_root
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.collector import freeze_long_lived
from bench.python_stack import stack
freeze_long_lived()  # as the app's start does
main, log, step = threading.main_thread().ident, [], ["-"]

def watch():
    while True:
        t = time.perf_counter(); time.sleep(0.001); late = time.perf_counter() - t - 0.001
        if late > 0.010:
            log.append(f"  waited {late * 1000:.0f} ms in {step[0]}: "
                       f"{stack(sys._current_frames().get(main))}")

def collected(phase, info, began=[0.0]):
    if phase == "start":
        began[0] = time.perf_counter()
    elif (ms := (time.perf_counter() - began[0]) * 1000) > 3:
        log.append(f"  gc gen{info['generation']} {ms:.0f} ms in {step[0]}")

threading.Thread(target=watch, daemon=True).start()
gc.callbacks.append(collected)
time.sleep(0.2)
cat = Catalogue(catalogue_root(Path(sys.argv[1])))
steps = [
    ("open + info", cat.info), ("changes", cat.changes),
    ("query all", lambda: cat.query_ids(CatalogueQuery())),
    ("page", lambda: cat.read_rows(list(range(1, 65)))), ("vendors", cat.vendors),
    ("category tree", cat.category_tree),
    ("search 'a'", lambda: cat.query_ids(CatalogueQuery(text="a"))),
    ("sort by price", lambda: cat.query_ids(CatalogueQuery(sort_key="customer_price"))),
]
for name, run in steps:
    step[0] = name
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    print(f"{name:15s} {(time.perf_counter() - wall) * 1000:6.1f} ms wall, "
          f"{(time.process_time() - cpu) * 1000:6.1f} ms CPU")
    time.sleep(0.03)
time.sleep(0.05)
print("\n".join(log) or "  no wait over 10 ms, no collection over 3 ms")
"""


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__)
        return 2
    sys.path.insert(0, str(ROOT))
    from ingram_desk.catalogue.engine import import_price_file

    with tempfile.TemporaryDirectory(prefix="swap-gil-probe-") as folder:
        db = Path(folder) / "catalogue.sqlite3"
        for price in argv:
            report = import_price_file(db, Path(price), force=True)
            print(f"imported {Path(price).name}: {report.rows_imported:,} rows", flush=True)
        return subprocess.run([sys.executable, "-c", _PROBE, str(db)], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

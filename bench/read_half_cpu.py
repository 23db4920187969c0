"""CPU time of an import's read half, the path to the first answer: a figure the machine's load
does not move (wall times on a shared 2-core machine do).

    uv run python bench/read_half_cpu.py PRICE_FILE [--runs 3]

Each run is a fresh process started as the app starts its import child
(``heap.child_allocator_env``, ``heap.return_big_blocks``), which reads ``PRICE_FILE`` with
``engine.read_price_file`` (plan, read, sanity gate: what happens before the snapshot serves) and answers
one search. It prints user and system CPU seconds of the read half (all threads), minor page
faults, the process's peak resident memory and the search's CPU time. Make a file with
``bench/catalogue_bench.py`` (``--work``) or ``bench/make_price_file.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_RUN = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
from ingram_desk.catalogue.heap import return_big_blocks
return_big_blocks()  # as the import child starts
from ingram_desk.catalogue.engine import read_price_file
from ingram_desk.catalogue.query import CatalogueQuery
db = Path(tempfile.mkdtemp()) / "s.sqlite3"
before = resource.getrusage(resource.RUSAGE_SELF)
pending = read_price_file(db, Path(sys.argv[1]), force=True)
after = resource.getrusage(resource.RUSAGE_SELF)
started = time.process_time()
ids = pending.snap.query_ids(CatalogueQuery(text="monitor"))
print(json.dumps({
    "user_s": after.ru_utime - before.ru_utime, "sys_s": after.ru_stime - before.ru_stime,
    "faults": after.ru_minflt - before.ru_minflt, "peak_mb": after.ru_maxrss / 1024,
    "search_cpu_s": time.process_time() - started, "rows": pending.snap.row_count,
}))
"""


def main() -> None:
    from ingram_desk.catalogue.heap import ALLOCATOR_ENV

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("price_file", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {**os.environ, **ALLOCATOR_ENV}
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, "-c", _RUN, str(args.price_file)],
            capture_output=True, text=True, cwd=ROOT, env=env, check=True,
        )  # fmt: skip
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{r['rows']:,} rows: read half CPU {r['user_s'] + r['sys_s']:.2f} s "
            f"(user {r['user_s']:.2f}, sys {r['sys_s']:.2f}; {r['faults']:,} page faults), "
            f"peak RSS {r['peak_mb']:.0f} MB; first search CPU {r['search_cpu_s'] * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()

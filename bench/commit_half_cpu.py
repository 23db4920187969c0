"""CPU and wall time of each step of an import's commit half (``engine.commit_import``):
``Snapshot.settle``'s steps (rows' store, word/number/part-number indexes, one-letter masks,
each derived column and rank), the change summary and ``generation.write_generation``.

    uv run python bench/commit_half_cpu.py PRICE_FILE [--runs 1]

Each run is a fresh process started as the app starts its import child (``heap``), which
imports ``PRICE_FILE`` once (the previous generation the change summary joins with), then
reads it again (``engine.read_price_file``) and times ``commit_import`` step by
step. CPU seconds are the process's (all threads): a figure the machine's load moves less
than wall time. Prints one line per step, the highest resident size per settle stage, and the totals.
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
import json, os, resource, sys, tempfile, threading, time
from pathlib import Path
from ingram_desk.catalogue.heap import return_big_blocks
return_big_blocks()  # as the import child starts
from ingram_desk.catalogue import columns, engine, generation, indexed, snapshot, search_index
from ingram_desk.catalogue.engine import commit_import, read_price_file

steps = []

def timed(owner, name, label=None):
    inner = getattr(owner, name)
    def wrapper(*a, **k):
        r0, w0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        try:
            return inner(*a, **k)
        finally:
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            steps.append((label or name, r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime,
                          r1.ru_minflt - r0.ru_minflt, time.perf_counter() - w0))
    setattr(owner, name, wrapper)

db = Path(tempfile.mkdtemp(dir=sys.argv[2])) / "s.sqlite3"
commit_import(read_price_file(db, Path(sys.argv[1]), force=True))
pending = read_price_file(db, Path(sys.argv[1]), force=True)

S = snapshot.Snapshot
timed(snapshot, "stored_rows", "rows' store")
timed(S, "word_index", "word index + EANs + part numbers")
timed(snapshot, "PartNumbers", "part numbers")
timed(snapshot.NumberIndex, "build", "EAN index")
timed(snapshot.WordIndex, "build_from", "word index")
timed(snapshot, "short_masks", "one-letter masks")
settle_steps = S._settle_steps
def wrapped_steps(self):
    out = []
    for n, (fields, step) in enumerate(settle_steps(self)):
        label = f"step {n:2d} {'/'.join(fields) or 'price'}"
        holder = type("H", (), {"f": staticmethod(step)})
        timed(holder, "f", label)
        out.append((fields, holder.f))
    return out
S._settle_steps = wrapped_steps
timed(S, "settle", "settle (total)")
timed(engine, "change_summary", "change summary")
timed(engine, "read_table", "old keys read")
timed(S, "state", "state() (in write)")
timed(generation, "_write_part", "write parts")
timed(engine, "_write", "write_generation (total)")
timed(engine.PendingImport, "complete", "complete (keys, checks)")
peaks = {}  # resident MB, highest per settle stage (Linux: /proc/self/statm; else none)
done = threading.Event()

def sample():
    page = os.sysconf("SC_PAGE_SIZE") / 2**20
    while not done.wait(0.02):
        with open("/proc/self/statm") as f:
            mb = int(f.read().split()[1]) * page
        stage = pending.snap.stage
        peaks[stage] = max(peaks.get(stage, 0), mb)

if os.path.exists("/proc/self/statm"):
    threading.Thread(target=sample, daemon=True).start()
before = resource.getrusage(resource.RUSAGE_SELF)
w0 = time.perf_counter()
commit_import(pending)
done.set()
after = resource.getrusage(resource.RUSAGE_SELF)
total = (after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime,
         after.ru_minflt - before.ru_minflt, time.perf_counter() - w0)
agg = {}
for label, *figures in steps:
    a = agg.setdefault(label, [0.0, 0.0, 0, 0.0, 0])
    for n, v in enumerate(figures):
        a[n] += v
    a[4] += 1
print(json.dumps({"steps": agg, "total": total, "peak_mb": after.ru_maxrss / 1024, "peaks": peaks,
                  "rows": pending.snap.row_count}))
"""


def main() -> None:
    from ingram_desk.catalogue.heap import ALLOCATOR_ENV

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("price_file", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None, help="folder for the catalogues")
    args = parser.parse_args()
    work = args.work or Path(os.environ.get("TMPDIR", "/tmp"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **ALLOCATOR_ENV}
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, "-c", _RUN, str(args.price_file), str(work)],
            capture_output=True, text=True, cwd=ROOT, env=env,
        )  # fmt: skip
        if done.returncode:
            sys.exit(done.stderr)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        for label, (user, sys_, faults, wall, calls) in r["steps"].items():
            print(
                f"  {label:34s} CPU {user + sys_:5.2f} s (sys {sys_:4.2f}, {faults:7,.0f} "
                f"faults)  wall {wall:5.2f} s  ({calls}x)"
            )
        if r["peaks"]:
            print(
                "  resident during the commit, highest per stage: "
                + ", ".join(f"{stage} {mb:.0f} MB" for stage, mb in r["peaks"].items())
            )
        user, sys_, faults, wall = r["total"]
        print(
            f"{r['rows']:,} rows: commit half CPU {user + sys_:.2f} s (user {user:.2f}, sys "
            f"{sys_:.2f}; {faults:,} page faults), wall {wall:.2f} s; peak RSS {r['peak_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()

"""Catalogue benchmark: import-until-searchable vs Python's csv module, search/sort latency,
memory with the catalogue open, reopen time, and the worst stall of a 10 ms ticker thread.

    uv run python bench/catalogue_bench.py --rows 100000 1000000 [--work DIR] [--only two-stage|queries]

"two-stage" is the app's path (``CatalogueService.import_files``): the stage-1 polars snapshot
serves searches while the engine writes the generation behind it. It runs cold (the stage-1 child
spawned by the import) and warm (spawned ahead, as the app does when the import dialog opens),
and searches the snapshot *while* stage 2 writes the generation, as a user would.
"thread"/"subprocess" time the engine's import alone (``engine.import_files`` in this process,
``worker.import_in_subprocess`` in a child); "queries" times the reopened generation.

Price files are made by ``bench/make_price_file.py`` (DACH layout) and cached in ``--work``.
Every measurement that matters runs in a fresh child process, so RSS and timings are its own.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _csv_read_seconds(path: Path) -> float:
    """The baseline: Python's csv module merely reading every row of the file."""
    started = time.perf_counter()
    with open(path, newline="", encoding="utf-8-sig") as f:
        for _row in csv.reader(f, delimiter="|"):
            pass
    return time.perf_counter() - started


def _child(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


_IMPORT = r"""
import json, resource, sys, threading, time
from pathlib import Path
from ingram_desk.catalogue.engine import import_files
from ingram_desk.catalogue.worker import import_in_subprocess
mode = sys.argv[3]
gaps = []
stop = threading.Event()
def ticker():
    last = time.perf_counter()
    while not stop.is_set():
        time.sleep(0.01)
        now = time.perf_counter(); gaps.append(now - last - 0.01); last = now
t = threading.Thread(target=ticker, daemon=True); t.start()
started = time.perf_counter()
run = import_files if mode == "thread" else import_in_subprocess
report = run(Path(sys.argv[1]), Path(sys.argv[2]), force=True)
wall = time.perf_counter() - started
stop.set(); t.join()
gaps.sort()
print(json.dumps({"wall": wall, "searchable": report.seconds_until_searchable,
    "rows": report.rows_imported, "skipped": report.rows_skipped,
    "tick_max_ms": gaps[-1] * 1000, "tick_p99_ms": gaps[int(len(gaps) * 0.99)] * 1000,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_TWO_STAGE = r"""
import asyncio, json, os, resource, statistics, sys, threading, time
from pathlib import Path
from ingram_desk.catalogue.query import SORT_KEYS
from ingram_desk.services.catalogue_service import (
    CATALOGUE_INTERIM, CatalogueQuery, CatalogueService)
db, price, warm = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "warm"
gaps, stop = [], threading.Event()
def ticker():
    last = time.perf_counter()
    while not stop.is_set():
        time.sleep(0.01)
        now = time.perf_counter(); gaps.append(now - last - 0.01); last = now
def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024
service = CatalogueService(db)
out = {}
async def searches(reader):
    began = time.perf_counter()
    while not reader.settled():  # the snapshot compacts itself right after it starts serving
        await asyncio.sleep(0.1)
    out["settled_after"] = time.perf_counter() - began
    mid = reader.read_rows([reader.info().row_count // 2])[0]
    terms = ["switch", "kabel", "notebook 16gb", "wingtip", "poe", "grafikkarte", "ddr5 16gb",
             "dock", mid.vpn, mid.vpn.replace("-", ""), mid.vpn[2:7], mid.sku[:4], mid.ean,
             "zz-no-such-thing"]
    ms = []
    for rep in range(3):
        for term in terms:
            s = time.perf_counter()
            result = await service.search(CatalogueQuery(text=term))
            reader.read_rows(result.ids[:100])
            ms.append((time.perf_counter() - s) * 1000)
    typing, keys = [], []
    for text in ("notebook 16gb", "wingtip ddr5", mid.vpn):  # one keystroke after another
        for end in range(1, len(text) + 1):
            s = time.perf_counter()
            result = await service.search(CatalogueQuery(text=text[:end]))
            reader.read_rows(result.ids[:100])
            typing.append((time.perf_counter() - s) * 1000)
            keys.append((typing[-1], text[:end]))
    out["slowest_keys"] = sorted(keys, reverse=True)[:4]
    typing.sort()
    out.update(typing_p50=statistics.median(typing), typing_p95=typing[int(len(typing) * 0.95) - 1],
               typing_max=typing[-1], keystrokes=len(typing))
    s = time.perf_counter(); await service.search(CatalogueQuery(sort_key="customer_price"))
    out["sort_ms"] = (time.perf_counter() - s) * 1000
    await asyncio.sleep(2)  # freed memory goes back to the system within a second
    ms.sort()
    out.update(search_p50=statistics.median(ms), search_p95=ms[int(len(ms) * 0.95) - 1],
               search_max=ms[-1], searches=len(ms), interim_rss_mb=rss(reader._process.pid),
               app_rss_mb=rss(os.getpid()))
    out["sorts"] = {}
    for key in SORT_KEYS:  # after the RSS: a key sorted for the first time keeps its rank (4 MB)
        s = time.perf_counter(); await service.search(CatalogueQuery(sort_key=key))
        out["sorts"][key] = (time.perf_counter() - s) * 1000
async def main():
    if warm:
        service.prepare_import(); await asyncio.sleep(3)
    loop = asyncio.get_running_loop()
    tasks = []
    started = time.perf_counter()
    def interim(info):
        reader = service.reader
        s = time.perf_counter()
        ids = reader.query_ids(CatalogueQuery(text="switch")); reader.read_rows(ids[:100])
        out["first_query_ms"] = (time.perf_counter() - s) * 1000
        out["searchable"] = time.perf_counter() - started
        tasks.append(loop.create_task(searches(reader)))
    service.events.subscribe(CATALOGUE_INTERIM, interim)
    threading.Thread(target=ticker, daemon=True).start()
    outcome = await service.import_files(price, force=True)
    out["wall"] = time.perf_counter() - started
    stop.set()
    if tasks:
        await tasks[0]
    out["rows"] = outcome.report.rows_imported
asyncio.run(main())
service.close()
gaps.sort()
out.update(tick_max_ms=gaps[-1] * 1000, tick_p99_ms=gaps[int(len(gaps) * 0.99)] * 1000,
           app_peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(out))
"""

_QUERY = r"""
import json, resource, statistics, sys, time
t0 = time.perf_counter()
from pathlib import Path
from ingram_desk.catalogue.engine import Catalogue
from ingram_desk.catalogue.query import SORT_KEYS, CatalogueQuery
store = Catalogue.open(Path(sys.argv[1]))
ids = store.query_ids(CatalogueQuery())
page = store.read_rows(ids[:100])
reopen = time.perf_counter() - t0
mid = store.read_rows(ids[len(ids) // 2 : len(ids) // 2 + 1])[0]
vpn, sku = mid.vpn, mid.sku
terms = ["switch", "kabel", "notebook 16gb", "wingtip", "poe", "grafikkarte", "ddr5 16gb",
         "dock", vpn, vpn.replace("-", ""), vpn[2:7], sku[:4], mid.ean, "zz-no-such-thing"]
timings = {}
def timed(label, query, reps=5):
    ms = []
    for _ in range(reps):
        s = time.perf_counter()
        ids = store.query_ids(query)
        store.read_rows(ids[:100])
        ms.append((time.perf_counter() - s) * 1000)
    timings[label] = (ms, len(ids))
for term in terms:
    timed(f"text {term!r}", CatalogueQuery(text=term))
timed("vendor+in_stock", CatalogueQuery(vendor=mid.vendor, in_stock=True))
timed("text+vendor+in_stock", CatalogueQuery(text="16gb", vendor=mid.vendor, in_stock=True))
for term in ["n", "w", "2", "no", "s 1"]:  # one or two letters match half the catalogue
    timed(f"text {term!r}", CatalogueQuery(text=term))
timed("'n' by price", CatalogueQuery(text="n", sort_key="customer_price"))
timed("in_stock by stock desc", CatalogueQuery(in_stock=True, sort_key="stock", descending=True))
timed("price 100-500 by price", CatalogueQuery(price_min=100, price_max=500, sort_key="customer_price"))
search_ms = sorted(m for label, (ms, _) in timings.items() for m in ms)
typing = []
for text in ("notebook 16gb", "wingtip ddr5", vpn):  # one keystroke after another
    for end in range(1, len(text) + 1):
        s = time.perf_counter()
        store.read_rows(store.query_ids(CatalogueQuery(text=text[:end]))[:100])
        typing.append((time.perf_counter() - s) * 1000)
typing.sort()
sorts = {}
for key in SORT_KEYS:
    desc = key == "description"
    s = time.perf_counter(); n = len(store.query_ids(CatalogueQuery(sort_key=key, descending=desc)))
    first = (time.perf_counter() - s) * 1000
    s = time.perf_counter(); store.query_ids(CatalogueQuery(sort_key=key, descending=desc))
    sorts[f"all by {key}{' desc' if desc else ''}"] = (first, (time.perf_counter() - s) * 1000, n)
s = time.perf_counter(); n = len(store.query_ids(CatalogueQuery(text="switch", sort_key="customer_price")))
sorts["'switch' by customer_price"] = ((time.perf_counter() - s) * 1000, None, n)
s = time.perf_counter(); store.read_rows(ids[500000 % len(ids): 500000 % len(ids) + 100])
page_ms = (time.perf_counter() - s) * 1000
print(json.dumps({"reopen_s": reopen, "page_ms": page_ms,
    "search_p50": statistics.median(search_ms), "search_p95": search_ms[int(len(search_ms) * 0.95) - 1],
    "search_max": search_ms[-1], "typing_p50": statistics.median(typing),
    "typing_p95": typing[int(len(typing) * 0.95) - 1], "typing_max": typing[-1], "keystrokes": len(typing),
    "per_query": {k: [statistics.median(v[0]), max(v[0]), v[1]] for k, v in timings.items()},
    "sorts": sorts, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def bench(rows: int, work: Path, only_two_stage: bool = False) -> None:
    price = work / f"price_{rows}.csv"
    if not price.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_price_file.py"), "--rows", str(rows),
             "--out", str(price)],
            check=True,
        )  # fmt: skip
    size = price.stat().st_size / 1e6
    print(f"\n## {rows:,} rows ({size:.0f} MB, DACH pipe layout)")
    baseline = [_csv_read_seconds(price)]
    two_stage = {}
    for mode in ("cold", "warm", "cold", "warm"):  # interleaved with the csv baseline
        db = work / f"catalogue_{rows}_two_stage.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        two_stage.setdefault(mode, []).append(_child(_TWO_STAGE, str(db), str(price), mode))
        baseline.append(_csv_read_seconds(price))
    results = {}
    if not only_two_stage:
        for mode in ("subprocess", "thread"):
            db = work / f"catalogue_{rows}_{mode}.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            results[mode] = _child(_IMPORT, str(db), str(price), mode)
            baseline.append(_csv_read_seconds(price))
    csv_s = statistics.median(baseline)
    print(
        f"csv module reading the file: {csv_s:.2f} s (median of {len(baseline)}: "
        f"{', '.join(f'{b:.2f}' for b in baseline)})"
    )
    for mode, runs in two_stage.items():
        for r in runs:
            if "searchable" not in r:
                print(
                    f"two-stage import ({mode}): no stage 1 (file below the size threshold); "
                    f"done {r['wall']:.1f} s"
                )
                continue
            print(
                f"two-stage import ({mode}): searchable after {r['searchable']:.2f} s (ratio "
                f"{r['searchable'] / csv_s:.2f} vs csv; first query + 100 rows "
                f"{r['first_query_ms']:.0f} ms), settled {r['settled_after']:.1f} s later, "
                f"generation swapped in after {r['wall']:.1f} s; searches on the settled snapshot while the "
                f"generation is written: p50 {r['search_p50']:.0f} ms, "
                f"p95 {r['search_p95']:.0f} ms, max {r['search_max']:.0f} ms ({r['searches']}), "
                f"typing one key after another p50 {r['typing_p50']:.0f} ms, p95 "
                f"{r['typing_p95']:.0f} ms, max {r['typing_max']:.0f} ms ({r['keystrokes']}), "
                f"sort all by price {r['sort_ms']:.0f} ms; RSS: app process {r['app_rss_mb']:.0f} "
                f"MB (peak {r['app_peak_rss_mb']:.0f}), stage-1 child {r['interim_rss_mb']:.0f} "
                f"MB; ticker max stall {r['tick_max_ms']:.0f} ms (p99 {r['tick_p99_ms']:.0f} ms)"
            )
            print(
                "  slowest keystrokes: "
                + ", ".join(f"{text!r} {ms:.0f} ms" for ms, text in r["slowest_keys"])
            )
            print(
                "  first sort of all rows by each key on the snapshot: "
                + ", ".join(f"{k} {v:.0f} ms" for k, v in r["sorts"].items())
            )
    for mode, r in results.items():
        print(
            f"engine import alone, in a {mode}: searchable after {r['searchable']:.1f} s (ratio "
            f"{r['searchable'] / csv_s:.1f} vs csv), done {r['wall']:.1f} s, {r['rows']:,} rows; "
            f"ticker thread max stall {r['tick_max_ms']:.0f} ms (p99 {r['tick_p99_ms']:.0f} ms); "
            f"peak RSS of the importing process {r['rss_mb']:.0f} MB"
        )
    if only_two_stage:
        return
    engine_queries(work / f"catalogue_{rows}_subprocess.sqlite3")


def engine_queries(db: Path) -> None:
    from ingram_desk.catalogue.engine import catalogue_root

    files = [p for p in catalogue_root(db).rglob("*") if p.is_file()]
    print(f"catalogue on disk: {sum(p.stat().st_size for p in files) / 1e6:.0f} MB")
    q = _child(_QUERY, str(db))
    print(f"reopen → first page of 100 rows: {q['reopen_s'] * 1000:.0f} ms (in-process)")
    print(f"page of 100 rows in the middle: {q['page_ms']:.1f} ms")
    print(
        f"search (query ids + first 100 rows): p50 {q['search_p50']:.1f} ms, "
        f"p95 {q['search_p95']:.1f} ms, max {q['search_max']:.1f} ms"
    )
    print(
        f"typing one key after another: p50 {q['typing_p50']:.1f} ms, p95 {q['typing_p95']:.1f} "
        f"ms, max {q['typing_max']:.1f} ms ({q['keystrokes']})"
    )
    for label, (median, worst, hits) in q["per_query"].items():
        print(f"  {label:<40} median {median:7.1f} ms  max {worst:7.1f} ms  {hits:>9,} hits")
    for label, (first, again, n) in q["sorts"].items():
        extra = f", cached {again:.1f} ms" if again is not None else ""
        print(f"sort {label}: {first:.0f} ms{extra} ({n:,} ids)")
    print(f"peak RSS with the catalogue open (after all queries): {q['rss_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingram-desk-bench"))
    parser.add_argument(
        "--only",
        choices=["two-stage", "queries"],
        help="two-stage: skip the engine-only runs; queries: only re-time the queries on the "
        "catalogue a full run left in --work",
    )
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    for rows in args.rows:
        if args.only == "queries":
            print(f"\n## {rows:,} rows: queries on the engine")
            engine_queries(args.work / f"catalogue_{rows}_subprocess.sqlite3")
        else:
            bench(rows, args.work, only_two_stage=args.only == "two-stage")
    return 0


if __name__ == "__main__":
    sys.exit(main())

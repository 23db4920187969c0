"""The one engine measured: a price file imported into a generation folder, then reopened.

    uv run python bench/engine_probe.py [--rows 1000000] [--work DIR] [--opens 3] [--no-two-stage]

It imports a price file from ``bench/make_price_file.py`` (DACH, fixed seed) with
``engine.import_price_file`` in a child process started as the app starts its import child
(``heap.child_allocator_env``; detect, parse, sanity gate, index, change summary, write the
generation, swap), reporting the time until the generation is live and durable, the disk it
takes (and its largest files) and the child's peak memory. Then it imports the file again the
way the app imports a big file: one child (``interim``) reads it once, serves its snapshot,
then commits it as the generation, reporting the child's peak memory and the peak of every
child together (Linux: read from /proc). Then, in fresh children, it reopens the
catalogue (``engine.Catalogue``: the generation's columns memory-mapped) and answers a search
and its first page, a price sort, six keystrokes and scattered pages, reporting the times and
the resident memory. It then applies a stock file of every row (``apply_stock_file``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set of this process in MB, from /proc (Linux)."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _fresh(db: Path) -> None:
    import shutil

    for old in db.parent.glob(f"{db.stem}*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()


def _largest(folder: Path, count: int = 6) -> list[tuple[str, float]]:
    files = sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: -p.stat().st_size)
    return [(p.name, p.stat().st_size / 1e6) for p in files[:count]]


def _build(price: Path, db: Path) -> dict[str, Any]:
    from ingram_desk.catalogue.engine import catalogue_root, import_price_file
    from ingram_desk.catalogue.generation import current_name

    _fresh(db)
    started = time.perf_counter()
    report = import_price_file(db, price, force=True)
    durable = time.perf_counter() - started
    _now, peak = _rss_mb()
    return {
        "rows": report.rows_imported, "durable_s": durable, "build_rss_peak_mb": peak,
        "disk_mb": _size_mb(catalogue_root(db)),
        "largest": _largest(catalogue_root(db) / str(current_name(catalogue_root(db)))),
    }  # fmt: skip


def _status(pid: int) -> dict[str, str]:
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        found[key] = value.strip()
    return found


def _children() -> list[int]:
    """This process's child processes (Linux: /proc)."""
    me, found = os.getpid(), []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == me:
                found.append(int(entry.name))
    return found


def _two_stage(price: Path, db: Path) -> dict[str, Any]:
    """One child reads the file, serves it, then commits it, as the app does."""
    import threading

    from ingram_desk.catalogue.interim import InterimProcess

    _fresh(db)
    peaks: dict[int, float] = {}
    together = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            now = 0.0
            for pid in _children():
                try:
                    status = _status(pid)
                    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                if b"resource_tracker" in cmdline:
                    continue
                peaks[pid] = max(peaks.get(pid, 0.0), int(status["VmHWM"].split()[0]) / 1024)
                now += int(status["VmRSS"].split()[0]) / 1024
            together[0] = max(together[0], now)
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    interim = InterimProcess.spawn()
    started = time.perf_counter()
    interim.load(db, price, force=True)
    serving = time.perf_counter() - started
    interim.commit()
    durable = time.perf_counter() - started
    time.sleep(0.2)  # a last sample of the stage-1 child, settled
    stage1 = interim._process.pid
    done.set()
    interim.close()
    return {
        "serving_s": serving, "durable_s": durable, "stage1_peak_mb": peaks.get(stage1, 0.0),
        "together_peak_mb": together[0],
    }  # fmt: skip


def _stock(stock: Path, db: Path) -> dict[str, float]:
    from ingram_desk.catalogue.engine import apply_stock_file

    started = time.perf_counter()
    report = apply_stock_file(db, stock)
    return {"stock_s": time.perf_counter() - started, "applied": report.stock_rows_applied}


def _open(db: Path) -> dict[str, float]:
    started = time.perf_counter()
    import numpy  # noqa: F401
    import polars  # noqa: F401

    from ingram_desk.catalogue.engine import Catalogue
    from ingram_desk.catalogue.query import CatalogueQuery

    imports = time.perf_counter() - started
    started = time.perf_counter()
    snap = Catalogue.open(db)
    snap.generation()  # maps the live generation
    loaded = time.perf_counter() - started
    ids = snap.query_ids(CatalogueQuery(text="kabel"))
    page = snap.read_rows(ids[:100])
    first = time.perf_counter() - started
    sort_started = time.perf_counter()
    by_price = snap.query_ids(CatalogueQuery(sort_key="customer_price"))
    snap.read_rows(by_price[:100])
    sort = time.perf_counter() - sort_started
    typed = time.perf_counter()
    for text in ("w", "wi", "wir", "wire", "wirel", "wireless"):
        snap.query_ids(CatalogueQuery(text=text))
    typing = time.perf_counter() - typed
    pages = []
    for start in range(100_000, min(len(by_price), 900_000), 100_000):
        paging = time.perf_counter()
        snap.read_rows(by_price[start : start + 100])  # rows scattered over the file
        pages.append(time.perf_counter() - paging)
    now, peak = _rss_mb()
    return {
        "imports_s": imports, "load_s": loaded, "first_page_s": first, "hits": len(ids),
        "page_rows": len(page), "price_sort_page_s": sort, "typing_6_keys_s": typing,
        "page_ms": sorted(p * 1e3 for p in pages),
        "rss_mb": now, "rss_peak_mb": peak,
    }  # fmt: skip


def _child(step: str, *args: str) -> dict[str, Any]:
    from ingram_desk.catalogue.heap import ALLOCATOR_ENV

    out = subprocess.run(
        [sys.executable, __file__, "--child", step, *args],
        check=True, capture_output=True, text=True, cwd=ROOT, env=os.environ | ALLOCATOR_ENV,
    ).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingram-desk-engine-probe"))
    parser.add_argument("--opens", type=int, default=3, help="reopen runs (cold child each)")
    parser.add_argument("--no-two-stage", action="store_true", help="skip the two-stage import")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        step, *rest = args.child
        handler = {"build": _build, "open": _open, "stock": _stock, "two": _two_stage}[step]
        print(json.dumps(handler(*map(Path, rest))))
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    price = args.work / f"price-{args.rows}.csv"
    if not price.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_price_file.py"), "--rows", str(args.rows),
             "--out", str(price)],
            check=True,
        )  # fmt: skip
    stock = args.work / f"stock-{args.rows}.csv"
    if not stock.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_price_file.py"), "--rows", str(args.rows),
             "--out", str(args.work / "scratch.csv"), "--stock", str(stock)],
            check=True,
        )  # fmt: skip
    generation = args.work / "engine.sqlite3"
    built = _child("build", str(price), str(generation))
    print(f"price file: {_size_mb(price):.0f} MB, {built['rows']:,} rows", flush=True)
    print(
        f"engine import: live and durable after {built['durable_s']:.1f} s, "
        f"{built['disk_mb']:.0f} MB on disk ({built['disk_mb'] / _size_mb(price):.2f}x the file), "
        f"peak RSS {built['build_rss_peak_mb']:.0f} MB",
        flush=True,
    )
    print(
        "largest files: " + ", ".join(f"{name} {mb:.1f} MB" for name, mb in built["largest"]),
        flush=True,
    )
    if not args.no_two_stage:
        two = _child("two", str(price), str(args.work / "two.sqlite3"))
        print(
            f"two-stage import: serving after {two['serving_s']:.1f} s, durable after "
            f"{two['durable_s']:.1f} s; peak RSS of the importing child "
            f"{two['stage1_peak_mb']:.0f} MB, every child together "
            f"{two['together_peak_mb']:.0f} MB",
            flush=True,
        )
    for _ in range(args.opens):
        opened = _child("open", str(generation))
        print(
            f"reopen: imports {opened['imports_s']:.2f} s, load {opened['load_s'] * 1e3:.0f} ms, "
            f"search 'kabel' + first page {opened['first_page_s'] * 1e3:.0f} ms "
            f"({opened['hits']:,} hits), price sort + page {opened['price_sort_page_s'] * 1e3:.0f}"
            f" ms, typing 'wireless' 6 keys {opened['typing_6_keys_s'] * 1e3:.0f} ms, a page of "
            f"100 price-sorted rows {min(opened['page_ms'], default=0):.1f}–"
            f"{max(opened['page_ms'], default=0):.1f} ms, RSS "
            f"{opened['rss_mb']:.0f} MB (peak {opened['rss_peak_mb']:.0f} MB)",
            flush=True,
        )
    stocked = _child("stock", str(stock), str(generation))
    print(
        f"stock file of {stocked['applied']:,} rows applied as a generation in "
        f"{stocked['stock_s']:.1f} s",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("POLARS_MAX_THREADS", "2")
    raise SystemExit(main())

"""Probe for the one-engine decision: what a durable columnar generation would cost.

    uv run python bench/engine_probe.py [--rows 1000000] [--work DIR] [--store]

It builds the settled stage-1 snapshot of a price file from ``bench/make_price_file.py`` (DACH,
fixed seed) in a child process and saves it as a generation could be kept: every numeric or
boolean array (word postings, part-number buffer, sort ranks, masks, ids, prices, line offsets)
as a raw file reopened with ``numpy.memmap``, every string column (the vocabulary) as an
uncompressed Arrow IPC file (``pl.read_ipc``, which maps an uncompressed file), and the rest (a few KB of plan, vendors and
category tree) pickled. A second, fresh child reopens it and answers a search and its first page,
then a price sort; it reports the time to save, the disk used, the reopen-to-first-query time
(imports excluded; they are timed apart) and its resident memory. ``--store`` also times the
SQLite+FTS5 store's import of the same file and its size, for comparison.

This is a measurement, not an engine: display rows are still read back from the price file by
offset (``file_rows``), so a real generation would keep a copy of the file beside it, as the
store does today (the copy's size is reported apart).
"""

from __future__ import annotations

import argparse
import copyreg
import json
import os
import pickle
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_DIR: Path = Path()


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set of this process in MB, from /proc (Linux)."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def _noop(*_args: object) -> None:
    return None


def _series_from_numpy(name: str, array: Any) -> Any:
    import polars as pl

    return pl.Series(name, array)


def _series_from_ipc(file: str, name: str) -> Any:
    import polars as pl

    return pl.read_ipc(_DIR / file).get_column(name)  # uncompressed: polars maps it


def _frame_of(columns: list[Any]) -> Any:
    import polars as pl

    return pl.DataFrame(columns)


def _lock() -> threading.Lock:
    return threading.Lock()


class _Saver(pickle.Pickler):
    def __init__(self, file: Any, out: Path) -> None:
        super().__init__(file, protocol=5, buffer_callback=self._buffer)
        import polars as pl

        self.out, self.files = out, 0
        table = copyreg.dispatch_table.copy()
        table[pl.Series] = self._series
        table[pl.DataFrame] = lambda frame: (_frame_of, (list(frame.iter_columns()),))
        table[type(threading.Lock())] = lambda _lock_: (_lock, ())
        self.dispatch_table = table

    def _buffer(self, buffer: pickle.PickleBuffer) -> bool:
        with open(self.out / f"b{self.files:04d}.bin", "wb") as f:
            f.write(buffer.raw())
        self.files += 1
        return False  # out of band: written above, handed back by ``_reopen``

    def _series(self, series: Any) -> tuple:
        import polars as pl

        dtype = series.dtype
        if (dtype.is_numeric() or dtype == pl.Boolean) and series.null_count() == 0:
            return (_series_from_numpy, (series.name, series.to_numpy()))
        name = f"s{self.files:04d}.arrow"
        self.files += 1
        pl.DataFrame([series]).write_ipc(self.out / name, compression="uncompressed")
        return (_series_from_ipc, (name, series.name))


def _save(snap: Any, out: Path) -> None:
    snap._converter.warn = _noop
    with open(out / "generation.pickle", "wb") as f:
        _Saver(f, out).dump(snap)


def _reopen(out: Path) -> Any:
    import numpy as np

    global _DIR
    _DIR = out
    buffers = [
        np.memmap(p, dtype=np.uint8, mode="r") if p.stat().st_size else b""
        for p in sorted(out.glob("b*.bin"))
    ]
    with open(out / "generation.pickle", "rb") as f:
        return pickle.load(f, buffers=buffers)


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _build(price: Path, out: Path) -> dict[str, float]:
    from ingram_desk.catalogue.snapshot import snapshot_of

    started = time.perf_counter()
    snap = snapshot_of(price)
    read = time.perf_counter() - started
    snap.settle()
    settled = time.perf_counter() - started
    from ingram_desk.catalogue.store import CatalogueQuery

    hits = len(snap.query_ids(CatalogueQuery(text="kabel")))
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    saving = time.perf_counter()
    _save(snap, out)
    saved = time.perf_counter() - saving
    _now, peak = _rss_mb()
    return {
        "rows": snap.row_count, "hits": hits, "read_s": read, "settled_s": settled, "save_s": saved,
        "disk_mb": _size_mb(out), "build_rss_peak_mb": peak, "rows_in_file": type(snap._blocks).__name__ == "FileRows",
    }  # fmt: skip


def _open(out: Path) -> dict[str, float]:
    started = time.perf_counter()
    import numpy  # noqa: F401
    import polars  # noqa: F401

    from ingram_desk.catalogue.store import CatalogueQuery

    imports = time.perf_counter() - started
    started = time.perf_counter()
    snap = _reopen(out)
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


def _store(price: Path, work: Path) -> dict[str, float]:
    from ingram_desk.catalogue.importer import import_catalogue

    db = work / "store.sqlite3"
    for old in work.glob("store.sqlite3*"):
        old.unlink()
    started = time.perf_counter()
    import_catalogue(db, price, force=True)
    seconds = time.perf_counter() - started
    return {"import_s": seconds, "disk_mb": sum(_size_mb(p) for p in work.glob("store.sqlite3*"))}


def _child(step: str, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", step, *args],
        check=True, capture_output=True, text=True, cwd=ROOT,
    ).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingram-desk-engine-probe"))
    parser.add_argument("--store", action="store_true", help="also time the SQLite store")
    parser.add_argument("--opens", type=int, default=3, help="reopen runs (cold child each)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        step, *rest = args.child
        handler = {"build": _build, "open": _open, "store": _store}[step]
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
    generation = args.work / "generation"
    built = _child("build", str(price), str(generation))
    print(f"price file: {_size_mb(price):.0f} MB, {built['rows']:,} rows", flush=True)
    print(
        f"columnar generation: read {built['read_s']:.1f} s, settled {built['settled_s']:.1f} s, "
        f"saved in {built['save_s']:.2f} s, {built['disk_mb']:.0f} MB on disk "
        f"(+ {_size_mb(price):.0f} MB file copy for display rows: "
        f"{'yes' if built['rows_in_file'] else 'no, rows compressed inside'}), "
        f"build peak RSS {built['build_rss_peak_mb']:.0f} MB",
        flush=True,
    )
    for _ in range(args.opens):
        opened = _child("open", str(generation))
        assert opened["hits"] == built["hits"], "the reopened generation answers differently"
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
    if args.store:
        stored = _child("store", str(price), str(args.work))
        print(
            f"SQLite store: import {stored['import_s']:.0f} s, {stored['disk_mb']:.0f} MB on disk",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("POLARS_MAX_THREADS", "2")
    raise SystemExit(main())

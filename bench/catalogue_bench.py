"""Catalogue benchmark: the figures issue 13 sets, per price-file layout, on the app's path.

    uv run python bench/catalogue_bench.py --rows 200000 [--layouts dach na english semicolon]
        [--work DIR] [--seed 13] [--file LAYOUT=PATH]

For each layout a file of ``--rows`` rows is made once (cached in ``--work``; each run's
catalogue goes in a fresh folder there; ``--file`` takes your own instead) with the products
of ``ingram_desk.sandbox.products`` (fixed seed):

* ``dach``: DACH pipe file, 52 columns, UTF-8 (``bench/make_price_file.py``);
* ``na``: NA ``PRICE.TXT``, 24 positional columns, every cell quoted, no header;
* ``english``: English header, 22 columns, quoted descriptions with commas and inch marks,
  about 8 % non-ASCII vendor names;
* ``semicolon``: German header, ``;``, decimal comma with a dot grouping thousands, cp1252.

Then, in a fresh child process that imports as the app does (the catalogue opened and the
long-lived objects frozen as at the app's start, ``CatalogueService.import_files`` with the
importing child spawned ahead, as when the import dialog opens; no window): searchable after
(the snapshot answers a search and its first page), durable after (the import is kept on disk,
``kept_import``: an app killed from then on finishes it at its next start), the generation
written and swapped in after, 200 searches drawn with ``--seed`` from the file's own vocabulary (single words,
1–4-letter prefixes, 2- and 3-word combinations, vendor + word, part-number fragments with and
without separators, full EANs, terms matching nothing; each = ids + the first 100 rows) during
the import and after it, 20 of them typed key by key, the first sort by each column, the worst
event-loop stall and what filled each one over 50 ms (a garbage collection, this process's own
threads, or nothing of ours: a wait for a CPU), resident memory of the app and its child
processes (sampled every 100 ms; Linux ``/proc``; at its peak also proportionally, a page
they share counted once), and the catalogue's disk use. Reopen to the first page is timed
in another fresh process. The baseline is Python's csv module reading the same file (median of
three reads around the import).

Then the daily case: in another fresh process started on that catalogue, the next day's file
(``next_day_file``: 0.2 % of the rows gone, 1 % repriced, drawn with ``--seed``) is imported
over it through the sanity gate, with the same searches during and after it, its change
summary's counts and its resident peak.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Layout:
    file: str
    encoding: str  # as the csv module reads it
    delimiter: str
    quoting: int
    header: bool
    vendor: int
    description: tuple[int, ...]
    vpn: int
    ean: int
    price: int  # the customer price, as the next day's file changes it


LAYOUTS = {
    "dach": Layout("dach_{rows}.csv", "utf-8-sig", "|", csv.QUOTE_NONE, True, 2, (6, 7), 5, 29,
                   15),
    "na": Layout("na_{rows}/PRICE.TXT", "ascii", ",", csv.QUOTE_MINIMAL, False, 3, (4, 5), 7, 9,
                 14),
    "english": Layout("english_{rows}.csv", "utf-8", ",", csv.QUOTE_MINIMAL, True, 3, (4,), 1, 2,
                      8),
    "semicolon": Layout("semicolon_{rows}.csv", "cp1252", ";", csv.QUOTE_MINIMAL, True, 3, (4, 5),
                        1, 2, 9),
}  # fmt: skip

ENGLISH_HEADER = [
    "IngramPartNumber", "VendorPartNumber", "EANUPC", "VendorName", "Description",
    "CategoryCode", "Category", "SubCategory", "CustomerPrice", "RetailPrice", "Currency",
    "AvailableQuantity", "ETADate", "Status", "DatasheetURL", "ImageURL", "Weight", "Length",
    "Width", "Height", "CountryOfOrigin", "Warranty",
]  # fmt: skip
SEMICOLON_HEADER = [
    "ArtikelNr", "HSTNummer", "EAN", "Hersteller", "Artikel1", "Artikel2", "Gruppe1", "Gruppe2",
    "CatalogID", "EK", "EVP", "Waehrung", "VMenge", "VETA", "Gewicht", "Ursprungsland",
]  # fmt: skip
_ACCENTED = ["ŠKODA DIGITAL", "ÅNGSTRÖM LABS", "SOCIÉTÉ RÉSEAU", "ŁÓDŹ KABEL", "ÇELIK NET"]


def _products(rows: int, seed: int) -> Iterator:
    from ingram_desk.sandbox.products import BLOCK, product_block

    for block in range((rows + BLOCK - 1) // BLOCK):
        yield from product_block(block, seed, min(BLOCK, rows - block * BLOCK))


def _german(amount) -> str:  # 1234.5 → "1.234,50"
    return f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _write_rows(path: Path, layout: str, rows: int) -> None:
    from datetime import timedelta

    from ingram_desk.sandbox.products import ANCHOR_DATE, DEFAULT_SEED

    path.parent.mkdir(parents=True, exist_ok=True)
    spec = LAYOUTS[layout]
    encoding = {"na": "ascii", "semicolon": "cp1252"}.get(layout, "utf-8")
    with open(path, "w", encoding=encoding, errors="replace", newline="") as f:
        out = csv.writer(
            f, delimiter=spec.delimiter, lineterminator="\r\n",
            quoting=csv.QUOTE_ALL if layout == "na" else csv.QUOTE_MINIMAL,
        )  # fmt: skip
        if layout == "english":
            out.writerow(ENGLISH_HEADER)
        elif layout == "semicolon":
            out.writerow(SEMICOLON_HEADER)
        for p in _products(rows, DEFAULT_SEED):
            eta = ANCHOR_DATE + timedelta(days=p.eta_days) if p.eta_days is not None else None
            c = p.category
            if layout == "na":
                vendor = p.vendor.encode("ascii", "replace").decode()
                out.writerow([
                    "A", p.sku.ljust(12), "Z901", vendor.ljust(35), p.description1.ljust(35),
                    p.description2.ljust(35), f"{p.list_price:011.2f}", p.vpn.ljust(20),
                    f"{p.weight:06.2f}", p.ean, "010.00", "006.00", "002.00", " ",
                    f"{p.price:010.2f}", " ", "Y" if p.stock else "N", " ", "      ", "CABL",
                    c.catalog_id[-4:], " ", "            ", "N",
                ])  # fmt: skip
            elif layout == "english":
                vendor = _ACCENTED[p.index % 5] if p.index % 25 < 2 else p.vendor
                inch = f' {13 + p.index % 20}"' if p.index % 3 == 0 else ""
                out.writerow([
                    p.sku, p.vpn, p.ean, vendor,
                    f"{p.description1.strip()}, {p.description2.strip()}{inch}", c.catalog_id,
                    c.group1, c.group2, f"{p.price}", f"{p.list_price}", "EUR", p.stock,
                    eta.isoformat() if eta else "", "Discontinued" if p.discontinued else "Active",
                    f"https://example.invalid/ds/{p.sku}.pdf",
                    f"https://example.invalid/img/{p.sku}.jpg", f"{p.weight}", "30.0", "20.0",
                    "10.0", "CN", "36 months",
                ])  # fmt: skip
            else:
                out.writerow([
                    p.sku, p.vpn, p.ean, p.vendor, p.description1.strip(),
                    p.description2.strip(), c.group1, c.group2, c.catalog_id,
                    _german(p.price), _german(p.list_price), "EUR", p.stock,
                    f"{eta:%d.%m.%Y}" if eta else "", f"{p.weight}".replace(".", ","), "CN",
                ])  # fmt: skip


def make_file(layout: str, rows: int, work: Path) -> Path:
    path = work / LAYOUTS[layout].file.format(rows=rows)
    if path.exists():
        return path
    started = time.perf_counter()
    tmp = path.with_name(path.name + ".tmp")
    if layout == "dach":
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_price_file.py"), "--rows", str(rows),
             "--out", str(tmp), "--jobs", "2"],
            check=True,
        )  # fmt: skip
    else:
        _write_rows(tmp, layout, rows)
    tmp.rename(path)
    print(f"made {path} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _new_price(cell: str, layout: str, factor: float) -> str:
    """``cell`` times ``factor``, written as the layout writes its prices."""
    if layout == "semicolon":  # "1.234,50"
        return _german(round(float(cell.replace(".", "").replace(",", ".")) * factor, 2))
    amount = float(cell) * factor
    return f"{amount:010.2f}" if layout == "na" else f"{amount:.2f}"


def next_day_file(price: Path, layout: str, work: Path, seed: int) -> Path:
    """The next day's file (made once, cached in ``work``): ``price`` with 0.2 % of its rows
    gone and the price of 1 % changed by -15 % to +20 %, both drawn with ``seed``; the other
    lines are the file's own bytes. The daily import is this one over yesterday's catalogue."""
    spec = LAYOUTS[layout]
    path = work / f"next_{layout}_{price.stat().st_size}" / price.name
    if path.exists():
        return path
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    codec = "utf-8" if spec.encoding == "utf-8-sig" else spec.encoding
    quoting = csv.QUOTE_ALL if layout == "na" else spec.quoting
    tmp = path.with_name(path.name + ".tmp")
    with open(price, "rb") as src, open(tmp, "wb") as dst:
        if spec.header:
            dst.write(src.readline())
        for line in src:
            draw = rnd.random()
            if draw < 0.002:
                continue
            if draw < 0.012:
                body = line.rstrip(b"\r\n")
                cells = next(csv.reader([body.decode(codec)], delimiter=spec.delimiter))
                factor = rnd.choice((rnd.uniform(0.85, 0.99), rnd.uniform(1.01, 1.2)))
                cells[spec.price] = _new_price(cells[spec.price], layout, factor)
                out = io.StringIO()
                csv.writer(out, delimiter=spec.delimiter, quoting=quoting).writerow(cells)
                line = out.getvalue().rstrip("\r\n").encode(codec) + line[len(body) :]
            dst.write(line)
    tmp.rename(path)
    print(f"made {path} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _reader(path: Path, spec: Layout) -> Iterator[list[str]]:
    with open(path, newline="", encoding=spec.encoding) as f:
        rows = csv.reader(f, delimiter=spec.delimiter, quoting=spec.quoting)
        if spec.header:
            next(rows, None)
        yield from rows


def csv_read_seconds(path: Path, spec: Layout) -> float:
    """The baseline: Python's csv module merely reading every row of the file."""
    started = time.perf_counter()
    for _row in _reader(path, spec):
        pass
    return time.perf_counter() - started


_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = re.compile(r"[-/.#_ ]")


def search_terms(path: Path, spec: Layout, seed: int, count: int = 200) -> list[str]:
    """``count`` searches drawn with ``seed`` from every 20th row of the file, in the mix the
    issue asks for (each kind equally likely)."""
    sample = [r for n, r in enumerate(_reader(path, spec)) if n % 20 == 0 and len(r) > spec.ean]
    rnd = random.Random(seed)
    kinds = ["word", "prefix", "two", "three", "vendor", "part", "part-bare", "ean", "nothing"]
    terms = []
    while len(terms) < count:
        row = rnd.choice(sample)
        words = [w for i in spec.description for w in _WORD.findall(row[i]) if len(w) > 1]
        vpn, kind = row[spec.vpn].strip(), rnd.choice(kinds)
        if not words:
            continue
        if kind == "word":
            term = rnd.choice(words)
        elif kind == "prefix":
            term = rnd.choice(words)[: rnd.randint(1, 4)]
        elif kind in ("two", "three"):
            term = " ".join(rnd.sample(words, min(len(words), 2 if kind == "two" else 3)))
        elif kind == "vendor":
            term = f"{row[spec.vendor].split()[0]} {rnd.choice(words)}"
        elif kind == "part" and _SEPARATORS.search(vpn):
            at = _SEPARATORS.search(vpn).start()  # a fragment across a separator
            term = vpn[max(0, at - rnd.randint(1, 3)) : at + rnd.randint(2, 4)]
        elif kind.startswith("part"):
            bare = _SEPARATORS.sub("", vpn)
            start = rnd.randint(0, max(0, len(bare) - 3))
            term = bare[start : start + rnd.randint(3, 6)]
        elif kind == "ean":
            term = row[spec.ean].strip()
        else:
            term = "".join(rnd.choice("qxzjv") for _ in range(3)) + str(rnd.randint(100, 999))
        if term.strip():
            terms.append(term.lower() if rnd.random() < 0.5 else term)
    return terms


_APP = r"""
import asyncio, json, os, resource, statistics, sys, threading, time
from pathlib import Path
from ingram_desk.catalogue.query import SORT_KEYS
from ingram_desk.collector import freeze_long_lived
from ingram_desk.services.catalogue_service import (
    CATALOGUE_INTERIM, CatalogueQuery, CatalogueService)
db, price = Path(sys.argv[1]), Path(sys.argv[2])
terms, typed = json.loads(sys.argv[3]), json.loads(sys.argv[4])
daily = sys.argv[5:] == ["daily"]  # over yesterday's catalogue, through the sanity gate

def descendants_rss():
    # resident MB of this process and every descendant (Linux /proc; children per thread),
    # the processes summed and this one's own MB
    mine, frontier, total, own = set(), [os.getpid()], 0.0, 0.0
    while frontier:
        pid = frontier.pop()
        if pid in mine:
            continue
        mine.add(pid)
        try:
            with open(f"/proc/{pid}/statm") as f:
                mb = int(f.read().split()[1]) * PAGE / 2**20
            total += mb
            if pid == os.getpid():
                own = mb
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    frontier += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            pass
    return total, mine, own

def shared_twice(pids):
    # MB the sum of these processes' resident sizes counts more than once: pages they share
    # (Python's and polars' code in the app and its child), by each one's Rss less its Pss
    # (the kernel's share of each page among its sharers), read together; the sum less this
    # is the memory they hold (a Pss read after the Rss sum missed a transient peak)
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                sizes = dict(l.split()[:2] for l in f if l.startswith(("Rss:", "Pss:")))
            total += (int(sizes["Rss:"]) - int(sizes["Pss:"])) / 1024
        except (OSError, KeyError, ValueError):
            pass
    return total

PAGE = os.sysconf("SC_PAGE_SIZE")
service = CatalogueService(db)
out = {"during": [], "during_typing": []}
phase = {"importing": False, "peak_mb": 0.0, "peak_proportional_mb": 0.0, "peak_procs": 0,
         "peak_app_mb": 0.0, "peak_at_s": 0.0}
def sampler():
    while True:
        mb, pids, own = descendants_rss()
        if phase["importing"]:
            phase["peak_procs"] = max(phase["peak_procs"], len(pids))
            if mb > phase["peak_mb"]:  # (Pss costs ms to read: at a new peak only)
                phase["peak_mb"], phase["peak_proportional_mb"] = mb, mb - shared_twice(pids)
                # when and where: the app's own part, the seconds since the import started
                phase["peak_app_mb"], phase["peak_at_s"] = own, time.perf_counter() - phase["started"]
        time.sleep(0.1)
threading.Thread(target=sampler, daemon=True).start()

async def first_page(ids):
    # as the window does: the live generation's pages on the loop, the snapshot's in a thread
    if service.serving_snapshot:
        await asyncio.to_thread(service.reader.read_rows, ids[:100])
    else:
        service.reader.read_rows(ids[:100])

BREAKDOWN = []  # per search the child served: term, ms in all, in the child, import stage

async def one(text):
    s = time.perf_counter()
    child = service._interim
    if child is not None:
        child.served.clear()
    result = await service.search(CatalogueQuery(text=text))
    await first_page(result.ids)
    ms = (time.perf_counter() - s) * 1000
    served = child.served if child is not None else {}
    if "query_ids" in served:
        query, stage = served["query_ids"]
        page = served.get("read_rows", (0.0, ""))[0]
        BREAKDOWN.append((text, ms, query * 1000, page * 1000, stage))
    return ms, len(result.ids)

async def run_searches(during):
    timings, typing, hits = [], [], {}
    for term in terms:
        if during and not service.serving_snapshot:
            break
        ms, n = await one(term)
        timings.append(ms); hits[term] = n
    for text in typed:
        for end in range(1, len(text) + 1):
            if during and not service.serving_snapshot:
                break
            typing.append((await one(text[:end]))[0])
    return timings, typing, hits

import gc
COLLECTED = []  # (start, end) of every garbage collection: it holds the GIL throughout
def _collected(phase_, info, began=[0.0]):
    if phase_ == "start":
        began[0] = time.perf_counter()
    else:
        COLLECTED.append((began[0], time.perf_counter()))
gc.callbacks.append(_collected)

def cause(start, end, cpu):
    # what filled a stall: a garbage collection, this process's own threads (the GIL or the
    # loop's own work), else nothing of ours ran: the loop waited for a CPU (other processes)
    gap = end - start
    gc_s = sum(min(b, end) - max(a, start) for a, b in list(COLLECTED) if a < end and b > start)
    if gc_s >= gap / 2:
        return "GC"
    return "app CPU" if cpu >= gap / 2 else "waiting for a CPU"

async def ticker(gaps, stop, causes):
    last, cpu = time.perf_counter(), time.process_time()
    while not stop.is_set():
        await asyncio.sleep(0.01)
        now, now_cpu = time.perf_counter(), time.process_time()
        gap = (now - last - 0.01) * 1000
        gaps.append(gap)
        if gap > 50:
            kind = cause(last, now, now_cpu - cpu)
            causes[kind] = causes.get(kind, 0) + 1
        last, cpu = now, now_cpu

async def main():
    await service.open(); freeze_long_lived()  # as the app's start_session
    service.prepare_import(); await asyncio.sleep(4)  # the dialog was open a moment
    loop = asyncio.get_running_loop()
    gaps, stop, tasks, causes = [], asyncio.Event(), [], {}
    tick = loop.create_task(ticker(gaps, stop, causes))
    started = time.perf_counter()
    async def first_answer():
        await one(terms[0])
        out["searchable"] = time.perf_counter() - started
        return await run_searches(True)
    def interim(info):
        if info.interim and not tasks:
            tasks.append(loop.create_task(first_answer()))
    service.events.subscribe(CATALOGUE_INTERIM, interim)
    phase["started"], phase["importing"] = started, True
    def kept(tick):
        if tick.phase == "kept":
            out["durable"] = time.perf_counter() - started
    outcome = await service.import_files(price, force=not daily, progress=kept)
    out["complete"] = time.perf_counter() - started
    out.setdefault("durable", out["complete"])  # (a small file: kept by its generation)
    phase["importing"] = False
    out["import_peak_mb"], out["import_peak_procs"] = phase["peak_mb"], phase["peak_procs"]
    out["import_peak_proportional_mb"] = phase["peak_proportional_mb"]
    out["import_peak_app_mb"], out["import_peak_at_s"] = phase["peak_app_mb"], phase["peak_at_s"]
    out["changes"] = dict(outcome.changes.counts)
    if tasks:
        out["during"], out["during_typing"], _ = await tasks[0]
    out["breakdown"] = list(BREAKDOWN)
    out.setdefault("searchable", out["complete"])
    out["rows"] = outcome.report.rows_imported
    out["skipped"] = outcome.report.rows_skipped
    out["stall_during_ms"] = max(gaps, default=0)
    out["stall_causes_during"] = dict(causes)
    gaps.clear()
    causes.clear()
    sorts = {}
    for key in SORT_KEYS:
        s = time.perf_counter()
        result = await service.search(CatalogueQuery(sort_key=key))
        await first_page(result.ids)
        sorts[key] = (time.perf_counter() - s) * 1000
    out["sorts"] = sorts
    out["after"], out["after_typing"], out["hits"] = await run_searches(False)
    out["stall_after_ms"] = max(gaps, default=0)
    out["stall_causes_after"] = dict(causes)
    stop.set(); await tick
    await asyncio.sleep(1)
    out["open_mb"], opened, _ = descendants_rss()
    out["open_procs"] = len(opened)

asyncio.run(main())
service.close()
out["app_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["children_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(out))
"""

_REOPEN = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from ingram_desk.catalogue.engine import Catalogue
from ingram_desk.catalogue.query import CatalogueQuery
t1 = time.perf_counter()
cat = Catalogue.open(Path(sys.argv[1]))
ids = cat.query_ids(CatalogueQuery())
cat.read_rows(ids[:100])
t2 = time.perf_counter()
raw = len(cat.read_rows(ids[:1])[0].raw)
print(json.dumps({"imports_s": t1 - t0, "first_page_s": t2 - t1, "rows": len(ids), "raw": raw,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(code: str, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode:
        raise SystemExit(f"bench child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


def _spread(values: list[float]) -> str:
    if not values:
        return "none (the commit was done first)"
    return (
        f"p50 {statistics.median(values):.0f} / p95 {_pct(values, 0.95):.0f} / "
        f"max {max(values):.0f} ms ({len(values)})"
    )


def _disk(db: Path, price: Path) -> tuple[float, float]:
    """MB the catalogue's folder holds, and MB of it that is a second name of the price file."""
    from ingram_desk.catalogue.engine import catalogue_root

    seen, total, shared = set(), 0, 0
    price_inode = price.stat().st_ino
    for p in catalogue_root(db).rglob("*"):
        st = p.stat()
        if p.is_file() and st.st_ino not in seen:
            seen.add(st.st_ino)
            total += st.st_size
            shared += st.st_size if st.st_ino == price_inode else 0
    return total / 1e6, shared / 1e6


def _causes(found: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(found.items())) or "none"


def _breakdown(found: list) -> str:
    """Searches the importing child served, by what the import was doing: count, p95 in all,
    p95 in the child (query, page); then the slowest five."""
    if not found:
        return ""
    stages: dict[str, list] = {}
    for row in found:
        stages.setdefault(re.sub(r"derive [^,\s]+", "derive", row[4]), []).append(row)
    lines = [
        f"  {stage}: {len(rows)}, p95 {_pct([r[1] for r in rows], 0.95):.0f} ms (child: query "
        f"{_pct([r[2] for r in rows], 0.95):.0f}, page {_pct([r[3] for r in rows], 0.95):.0f})"
        for stage, rows in stages.items()
    ]
    steps: dict[str, list] = {}  # which derive steps held a search up
    for row in found:
        if (step := re.search(r"derive ([^,\s]+)", row[4])) is not None:
            steps.setdefault(step.group(1), []).append(row[1])
    if steps:
        lines.append("  derive steps (count, max ms): " + ", ".join(
            f"{name} {len(ms)}/{max(ms):.0f}" for name, ms in steps.items()
        ))  # fmt: skip
    slow = sorted(found, key=lambda r: -r[1])[:5]
    lines.append("  slowest: " + "; ".join(
        f"{r[0]!r} {r[1]:.0f} ms (query {r[2]:.0f}, page {r[3]:.0f}; {r[4]})" for r in slow
    ))  # fmt: skip
    return "served by the importing child, by stage:\n" + "\n".join(lines) + "\n"


def bench(layout: str, price: Path, work: Path, seed: int) -> dict:
    spec = LAYOUTS[layout]
    size = price.stat().st_size / 1e6
    terms = search_terms(price, spec, seed)
    typed = random.Random(seed + 1).sample(terms, 20)
    # a folder of its own: two runs sharing ``--work`` (its made files) never share a catalogue
    db = Path(tempfile.mkdtemp(prefix=f"bench_{layout}_", dir=work)) / "catalogue.sqlite3"
    baseline = [csv_read_seconds(price, spec)]
    app = _child(_APP, str(db), str(price), json.dumps(terms), json.dumps(typed))
    baseline.append(csv_read_seconds(price, spec))
    reopen = _child(_REOPEN, str(db))
    baseline.append(csv_read_seconds(price, spec))
    read = statistics.median(baseline)
    disk, shared = _disk(db, price)
    following = next_day_file(price, layout, work, seed)
    daily = _child(_APP, str(db), str(following), json.dumps(terms), json.dumps(typed), "daily")
    daily["disk_mb"] = _disk(db, price)[0]
    shutil.rmtree(db.parent, ignore_errors=True)
    load = os.getloadavg()[0]
    matched = sum(1 for n in app["hits"].values() if n)
    print(
        f"\n## {layout}: {app['rows']:,} rows ({app['skipped']} skipped), {size:.0f} MB "
        f"(load average {load:.1f})\n"
        f"csv module read: {read:.2f} s (median of {', '.join(f'{b:.2f}' for b in baseline)})\n"
        f"searchable after {app['searchable']:.2f} s = {app['searchable'] / read:.2f}× the read; "
        f"durable after {app['durable']:.2f} s = {app['durable'] / read:.2f}×; the generation "
        f"written after {app['complete']:.1f} s = {app['complete'] / read:.1f}×\n"
        f"searches during the import: {_spread(app['during'])}; typing "
        f"{_spread(app['during_typing'])}\n"
        + _breakdown(app["breakdown"])
        + f"searches after: {_spread(app['after'])}; typing {_spread(app['after_typing'])}; "
        f"{matched} of {len(app['hits'])} distinct terms match rows\n"
        f"first sort by each column (ids + first page): "
        + ", ".join(f"{k} {v:.0f}" for k, v in app["sorts"].items())
        + f" ms (max {max(app['sorts'].values()):.0f})\n"
        f"reopen to first page {reopen['first_page_s'] * 1000:.0f} ms (+ {reopen['imports_s']:.2f}"
        f" s of imports), {reopen['raw']} raw columns, RSS {reopen['rss_mb']:.0f} MB\n"
        f"event-loop stall: {_stalls(app)}\n"
        f"resident, app + children: peak {app['import_peak_mb']:.0f} MB during the import "
        f"(proportional {app['import_peak_proportional_mb']:.0f} MB) {_when(app)} "
        f"({app['import_peak_procs']} processes; peak RSS of one process: app "
        f"{app['app_peak_mb']:.0f}, child {app['children_peak_mb']:.0f} MB); with the catalogue "
        f"open after it {app['open_mb']:.0f} MB ({app['open_procs']} processes)\n"
        f"disk: {disk:.0f} MB = {disk / size:.2f}× the file ({shared:.0f} MB of it a second name "
        f"of the price file itself; {(disk - shared) / size:.2f}× without it)\n"
        + _next_day(daily, read, size),
        flush=True,
    )
    return {
        "layout": layout, "read": read, "load": load, "disk_mb": disk, **app, **reopen,
        "next_day": daily,
    }  # fmt: skip


def _when(app: dict) -> str:
    """When the summed peak came and the app's own part of it."""
    return (
        f"at {app['import_peak_at_s']:.1f} s, {app['import_peak_app_mb']:.0f} MB of it the "
        f"app's own"
    )


def _stalls(app: dict) -> str:
    """The worst event-loop stalls during and after an import, and what filled those over 50 ms."""
    return (
        f"max {app['stall_during_ms']:.0f} ms during the import, {app['stall_after_ms']:.0f} ms "
        f"after (no window); stalls over 50 ms by cause during "
        f"{_causes(app['stall_causes_during'])}, after {_causes(app['stall_causes_after'])}"
    )


def _next_day(daily: dict, read: float, size: float) -> str:
    """The daily import's lines: the next day's file over the catalogue just made."""
    kinds = ", ".join(f"{n:,} {kind}" for kind, n in sorted(daily["changes"].items()) if n)
    return (
        f"the next day's file over it (0.2 % of the rows gone, 1 % repriced; the app started "
        f"on yesterday's catalogue, the sanity gate on): searchable after "
        f"{daily['searchable']:.2f} s = {daily['searchable'] / read:.2f}× the read, durable after "
        f"{daily['durable'] / read:.2f}×, the generation written after {daily['complete']:.1f} s; "
        f"changes {kinds or 'none'}\n"
        f"  searches during it: {_spread(daily['during'])}; typing "
        f"{_spread(daily['during_typing'])}; after it: {_spread(daily['after'])}; typing "
        f"{_spread(daily['after_typing'])}\n"
        f"  event-loop stall: {_stalls(daily)}\n"
        f"  resident, app + children: peak {daily['import_peak_mb']:.0f} MB (proportional "
        f"{daily['import_peak_proportional_mb']:.0f} MB) {_when(daily)} (peak RSS of one "
        f"process: app "
        f"{daily['app_peak_mb']:.0f}, child {daily['children_peak_mb']:.0f} MB); open after it "
        f"{daily['open_mb']:.0f} MB; disk after it {daily['disk_mb']:.0f} MB = "
        f"{daily['disk_mb'] / size:.2f}× the first file"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--layouts", nargs="+", choices=list(LAYOUTS), default=list(LAYOUTS))
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "ingram-desk-bench"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--file", action="append", default=[], help="LAYOUT=PATH: your own file")
    parser.add_argument("--json", type=Path, help="also write every figure here")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    own = dict(item.split("=", 1) for item in args.file)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {args.rows:,} rows")
    results = []
    for layout in args.layouts:
        price = Path(own[layout]) if layout in own else make_file(layout, args.rows, args.work)
        results.append(bench(layout, price, args.work, args.seed))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

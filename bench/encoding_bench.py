"""First answer after an import, per encoding: the same price file in UTF-8, cp1252 and UTF-16.

    uv run python bench/encoding_bench.py [--rows 60000] [--work DIR] [--runs 3]

The file is made by ``bench/make_price_file.py`` (DACH layout, fixed seed; 60,000 rows is about
20 MB) and re-encoded. For each encoding it times, in a fresh child process, the app's import
path (``CatalogueService.import_files`` with a warm stage-1 child, as the app spawns it when the
import dialog opens) until the catalogue first answers a search: the stage-1 snapshot when it
serves, else the store. The baseline is Python's csv module reading the same file.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ENCODINGS = {"utf-8": "utf-8-sig", "cp1252": "cp1252", "utf-16": "utf-16"}

_RUN = r"""
import asyncio, json, sys, time
from pathlib import Path
from ingram_desk.services.catalogue_service import (
    CATALOGUE_INTERIM, CatalogueQuery, CatalogueService,
)
price, db = Path(sys.argv[1]), Path(sys.argv[2])
svc = CatalogueService(db)
first = {}

async def main():
    svc.prepare_import()
    time.sleep(2.0)  # the warm child has loaded polars, as when the dialog was open a while
    started = time.perf_counter()
    def on_interim(info):
        if info.interim and "answer" not in first:
            svc.reader.query_ids(CatalogueQuery(text="kabel"))
            first["answer"] = time.perf_counter() - started
            first["stage"] = 1
    svc.events.subscribe(CATALOGUE_INTERIM, on_interim)
    outcome = await svc.import_files(price, force=True)
    done = time.perf_counter() - started
    if "answer" not in first:
        svc.reader.query_ids(CatalogueQuery(text="kabel"))
        first["answer"] = time.perf_counter() - started
        first["stage"] = 2
    first["durable"] = done
    first["rows"] = outcome.report.rows_imported
    svc.close()

asyncio.run(main())
print(json.dumps(first))
"""


def _csv_read_seconds(path: Path, encoding: str) -> float:
    started = time.perf_counter()
    with open(path, newline="", encoding=encoding) as f:
        for _row in csv.reader(f, delimiter="|"):
            pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=60_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingram-desk-encoding-bench"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    utf8 = args.work / f"price-{args.rows}.utf-8.csv"
    if not utf8.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_price_file.py"), "--rows", str(args.rows),
             "--out", str(utf8)],
            check=True,
        )  # fmt: skip
    text = utf8.read_text(encoding="utf-8-sig")
    for name, codec in _ENCODINGS.items():
        path = args.work / f"price-{args.rows}.{name}.csv"
        if not path.exists():
            path.write_bytes(text.encode(codec, errors="replace"))
        read = min(_csv_read_seconds(path, codec) for _ in range(2))
        runs = []
        for n in range(args.runs):
            db = args.work / f"{name}-{n}.sqlite3"
            for old in args.work.glob(f"{name}-{n}.sqlite3*"):
                old.unlink()
            out = subprocess.run(
                [sys.executable, "-c", _RUN, str(path), str(db)],
                check=True, capture_output=True, text=True, cwd=ROOT,
            ).stdout  # fmt: skip
            runs.append(json.loads(out.strip().splitlines()[-1]))
        answer = statistics.median(r["answer"] for r in runs)
        durable = statistics.median(r["durable"] for r in runs)
        print(
            f"{name:7} {path.stat().st_size / 1e6:5.1f} MB {runs[0]['rows']:,} rows: csv read "
            f"{read:.2f} s; first answer {answer:.2f} s = {answer / read:.1f}x (from stage "
            f"{runs[0]['stage']}), durable {durable:.2f} s = {durable / read:.1f}x",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

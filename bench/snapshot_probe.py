"""Probe for issue 4's import target: could a polars-built columnar snapshot make the catalogue
searchable within the time Python's csv module needs merely to read the file?

    uv run --with polars python bench/snapshot_probe.py --rows 100000 1000000 [--work DIR]

Not part of the app (polars is not a dependency): it measures the proposed "stage 1" of a
two-stage import — polars parses the DACH price file (every column as text, so SKU/EAN/category
codes keep their leading zeros) in one lazy plan that derives the canonical columns plus one
folded search-text column, duplicate SKUs are resolved (last wins), and the Arrow IPC snapshot
is written aside and swapped in with ``os.replace`` — and the interim search over that snapshot:
"resident" holds every column but the URLs in memory and filters eagerly, one word at a time
(the longest first, each scanning only the survivors of the previous one), then gathers a page
of 100 rows by position; "scan" re-reads the file for every query instead (little memory, slow).
Only the DACH layout is handled. The csv baseline is ``catalogue_bench.py``'s, interleaved with
the three stage-1 runs so both see the same machine load; stage 1 and the searches each run in a
fresh child process, so their timings and RSS are their own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue_bench import _child, _csv_read_seconds  # noqa: E402  (the same baseline)

_STAGE1 = r"""
import json, os, resource, sys, time
started = time.perf_counter()
import polars as pl
imported = time.perf_counter()
src, out = sys.argv[1], sys.argv[2]
c = pl.col
wanted = ["GRUPPE1", "GRUPPE2", "HERSTELLER", "ARTIKEL_NR", "HSTNUMMER", "ARTIKEL1", "ARTIKEL2",
          "EVP", "EK", "VMENGE", "VETA", "DATENBLATT1", "BILD1", "EANCODE", "UPCCODE",
          "CATALOGID", "ICECATID"]
# every column read as text: SKU/EAN/category codes keep their leading zeros
lf = pl.scan_csv(src, separator="|", infer_schema=False, quote_char=None, encoding="utf8",
                 truncate_ragged_lines=True).select(wanted)
def clean(name):
    return c(name).fill_null("").str.strip_chars()
def fold(e):  # lower-case; accents stripped only where a value is not ASCII
    return pl.when(e.str.contains(r"[^\x00-\x7F]")).then(
        e.str.normalize("NFKD").str.replace_all(r"\p{Mn}+", "")).otherwise(e).str.to_lowercase()
def price(name):
    return (clean(name).str.replace(",", ".", literal=True).cast(pl.Float64, strict=False)
            * 10000).round(0).cast(pl.Int64)
lf = lf.select(
    clean("ARTIKEL_NR").alias("sku"), clean("HSTNUMMER").alias("vpn"),
    pl.concat_str([clean("EANCODE"), clean("UPCCODE")], separator=" ").str.strip_chars().alias("ean"),
    clean("HERSTELLER").alias("vendor"),
    pl.concat_str([clean("ARTIKEL1"), clean("ARTIKEL2")], separator=" ").str.strip_chars()
      .alias("description"),
    clean("CATALOGID").alias("category_code"),
    pl.concat_str([clean("GRUPPE1"), clean("GRUPPE2")], separator=" › ").alias("category_path"),
    price("EK").alias("customer_price"), price("EVP").alias("retail_price"),
    clean("VMENGE").cast(pl.Int64, strict=False).fill_null(0).alias("stock"),
    clean("VETA").str.to_date("%d.%m.%Y %H:%M:%S", strict=False).alias("eta"),
    clean("DATENBLATT1").alias("datasheet_url"), clean("BILD1").alias("image_url"),
    clean("ICECATID").alias("icecat_id"),
).with_columns(
    (c("stock") > 0).alias("in_stock"),
    (pl.lit(" ") + fold(pl.concat_str([c("vendor"), c("description")], separator=" "))
       .str.replace_all(r"[^\p{L}\p{N}]+", " ")
     + pl.lit(" ") + c("ean") + pl.lit(" ")
     + fold(pl.concat_str([c("sku"), c("vpn")], separator=" ")).str.replace_all(r"[^\p{L}\p{N} ]+", "")
    ).alias("search"),
)
df = lf.collect()
parsed = time.perf_counter()
if df.select(c("sku").is_duplicated().any()).item():  # duplicate SKUs: the last row wins
    df = df.unique(subset="sku", keep="last", maintain_order=True)
derived = time.perf_counter()
tmp = out + ".tmp"
df.write_ipc(tmp, compression=None)
os.replace(tmp, out)
done = time.perf_counter()
print(json.dumps({"import": imported - started, "parse+derive": parsed - imported, "derive": derived - parsed, "write": done - derived,
    "searchable": done - started, "rows": df.height, "bytes": os.path.getsize(out),
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_SEARCH = r"""
import json, resource, statistics, sys, time
from array import array
t0 = time.perf_counter()
import polars as pl
mode = sys.argv[2]
snap = pl.scan_ipc(sys.argv[1])
if mode == "resident":  # every column but the URLs in memory; rows gathered by position
    hot = snap.drop("datasheet_url", "image_url", "icecat_id").collect()
    hot = hot.with_columns(pl.col("vendor", "category_path").cast(pl.Categorical))
    hot = hot.with_row_index("id", offset=1)
else:  # everything scanned from the file per query
    hot = None
lf = snap.with_row_index("id", offset=1)
def rss_now():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20
loaded_rss = rss_now()
def query_ids(words, **filters):
    if hot is None:
        frame = lf
        if filters.get("vendor"):
            frame = frame.filter(pl.col("vendor") == filters["vendor"])
        if filters.get("in_stock"):
            frame = frame.filter(pl.col("in_stock"))
        for w in sorted(words, key=len, reverse=True):
            frame = frame.filter(pl.col("search").str.contains(w, literal=True))
        return array("q", frame.select("id").collect()["id"].to_list())
    frame = hot.select("id", "search", "vendor", "in_stock")
    if filters.get("vendor"):
        frame = frame.filter(pl.col("vendor") == filters["vendor"])
    if filters.get("in_stock"):
        frame = frame.filter(pl.col("in_stock"))
    for w in sorted(words, key=len, reverse=True):  # eager: each word scans the survivors only
        frame = frame.filter(pl.col("search").str.contains(w, literal=True))
    return array("q", frame["id"].to_list())
def read_rows(ids):
    if hot is not None:
        return hot[[i - 1 for i in ids]].drop("search").to_dicts()
    wanted = pl.Series("id", list(ids), dtype=pl.UInt32)
    return lf.filter(pl.col("id").is_in(wanted.implode())).collect().to_dicts()
ids = query_ids([])
first = read_rows(ids[:100])
reopen = time.perf_counter() - t0
mid = read_rows(ids[len(ids) // 2 : len(ids) // 2 + 1])[0]
vpn = "".join(ch for ch in mid["vpn"].lower() if ch.isalnum())
terms = [["switch"], ["kabel"], ["notebook", "16gb"], ["wingtip"], ["poe"], ["grafikkarte"],
         ["ddr5", "16gb"], ["dock"], [vpn], [vpn[2:7]], [mid["sku"][:4].lower()], [mid["ean"]],
         ["zz", "no", "such", "thing"]]
timings = {}
for words in terms:
    ms = []
    for _ in range(5):
        s = time.perf_counter(); hits = query_ids(words); read_rows(hits[:100])
        ms.append((time.perf_counter() - s) * 1000)
    timings[" ".join(words)] = (ms, len(hits))
ms = []
for _ in range(5):
    s = time.perf_counter(); hits = query_ids(["16gb"], vendor=mid["vendor"], in_stock=True)
    read_rows(hits[:100]); ms.append((time.perf_counter() - s) * 1000)
timings["16gb + vendor + in stock"] = (ms, len(hits))
every = sorted(m for ms, _ in timings.values() for m in ms)
print(json.dumps({"reopen_s": reopen, "p50": statistics.median(every),
    "p95": every[int(len(every) * 0.95) - 1], "max": every[-1],
    "per_query": {k: [statistics.median(v[0]), max(v[0]), v[1]] for k, v in timings.items()},
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "rss_loaded_mb": loaded_rss, "rss_end_mb": rss_now()}))
"""


def probe(rows: int, work: Path) -> None:
    price = work / f"price_{rows}.csv"
    if not price.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench/make_price_file.py"), "--rows", str(rows),
             "--out", str(price)],
            check=True,
        )  # fmt: skip
    print(f"\n## {rows:,} rows ({price.stat().st_size / 1e6:.0f} MB, DACH pipe layout)")
    snapshot = work / f"snapshot_{rows}.arrow"
    baseline, stage1 = [], []
    for _ in range(3):  # interleaved, so both see the same machine load
        baseline.append(_csv_read_seconds(price))
        snapshot.unlink(missing_ok=True)
        stage1.append(_child(_STAGE1, str(price), str(snapshot)))
    csv_s = statistics.median(baseline)
    best = sorted(stage1, key=lambda r: r["searchable"])[1]
    print(f"csv module reading the file: {csv_s:.2f} s (median of 3: {baseline})")
    print(
        f"stage 1 (polars → Arrow snapshot) searchable after {best['searchable']:.2f} s "
        f"(median of 3; ratio {best['searchable'] / csv_s:.2f} vs csv): import polars "
        f"{best['import']:.2f} s, parse+derive (one lazy plan) "
        f"{best['parse+derive']:.2f} s, dedup check {best['derive']:.2f} s, write {best['write']:.2f} s; "
        f"{best['rows']:,} rows, snapshot {best['bytes'] / 1e6:.0f} MB, peak RSS "
        f"{best['rss_mb']:.0f} MB"
    )
    for mode in ("resident", "scan"):
        q = _child(_SEARCH, str(snapshot), mode)
        print(
            f"interim search ({mode}): open → first page {q['reopen_s'] * 1000:.0f} ms; "
            f"query ids + 100 rows p50 {q['p50']:.0f} ms, p95 {q['p95']:.0f} ms, "
            f"max {q['max']:.0f} ms; RSS after opening {q['rss_loaded_mb']:.0f} MB, after the "
            f"queries {q['rss_end_mb']:.0f} MB, peak {q['rss_mb']:.0f} MB"
        )
        for label, (median, worst, hits) in q["per_query"].items():
            print(f"  {label:<30} median {median:6.0f} ms  max {worst:6.0f} ms  {hits:>8,} hits")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingram-desk-bench"))
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()}")
    for rows in args.rows:
        probe(rows, args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

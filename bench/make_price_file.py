"""Write invented Ingram price/stock/category files of any size for benchmarks and tests.

    python bench/make_price_file.py --rows 1000000 --out PRICE.csv [--stock STOCK.csv]
        [--categories CAT.csv] [--seed S] [--jobs N]

Rows come from ingram_desk.sandbox.products, so with the default seed the first 3000 rows are
the bundled sample catalogue (resources/sample/) and the sandbox's products. Output does not
depend on --jobs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingram_desk.sandbox.price_files import (
    write_catalogue_files,
    write_category_file,
)
from ingram_desk.sandbox.products import DEFAULT_SEED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, required=True, help="data rows in the price file")
    parser.add_argument("--out", type=Path, required=True, help="price file to write")
    parser.add_argument("--stock", type=Path, help="also write an hourly stock file here")
    parser.add_argument("--categories", type=Path, help="also write a category file here")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows, stock_rows = write_catalogue_files(
        args.out, args.rows, args.seed, stock_path=args.stock, jobs=args.jobs
    )
    print(f"{args.out}: {rows} rows, {args.out.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    if args.stock:
        print(f"{args.stock}: {stock_rows} rows", file=sys.stderr)
    if args.categories:
        print(f"{args.categories}: {write_category_file(args.categories)} rows", file=sys.stderr)
    print(f"done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

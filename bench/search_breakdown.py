"""Where a search answered by the settled index spends its time, alone, in-process.

    uv run python bench/search_breakdown.py PRICE_FILE LAYOUT [--work DIR] [--seed 13] [--passes 3]

Imports ``PRICE_FILE`` once into ``--work`` (``engine.import_files``; kept there for the next
run), opens the catalogue as the app does (``engine.Catalogue``: the generation memory-mapped)
and asks the bench's 200 searches for ``LAYOUT`` (``catalogue_bench.search_terms``, drawn with
``--seed`` from the file) one after the other, each with its first page of 100 rows, as
``catalogue_bench.py`` times them (without its pipes and its import beside them). The part
numbers' remembered answers are forgotten before each pass, so every pass searches as the
first did. It prints the searches' p50/p95/max, the time per search of each step (a step
nested in another is counted in both), and the slowest searches with their matches. The
steps are timed by wrapping the engine's functions in this process only.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from catalogue_bench import LAYOUTS, search_terms  # noqa: E402

from ingram_desk.catalogue import (  # noqa: E402
    indexed,
    part_numbers,
    ranking,
    row_blocks,
    rows,
    search_index,
    snapshot,
)
from ingram_desk.catalogue.engine import Catalogue, import_files  # noqa: E402
from ingram_desk.catalogue.query import CatalogueQuery  # noqa: E402

#: (owner, attribute, label): the steps timed
_STEPS: list[tuple[Any, str, str]] = [
    (snapshot, "indexed", "query: the tokens' rows (indexed)"),
    (part_numbers.PartNumbers, "search", "  part numbers (search)"),
    (part_numbers.PartNumbers, "_occurrences", "    a pass of the whole buffer"),
    (part_numbers.PartNumbers, "_occurrences_among", "    the bytes of a few rows"),
    (search_index.WordIndex, "rows_with_prefix", "  word prefixes"),
    (search_index.NumberIndex, "rows_with_prefix", "  EAN prefixes"),
    (indexed, "rows_mask", "  masks of rows"),
    (snapshot, "by_word_match", "query: ranking (by_word_match)"),
    (row_blocks.RowBlocks, "_block_bytes", "page: blocks read and decompressed"),
    (row_blocks.RowBlocks, "records", "page: records (blocks and csv)"),
    (rows.RowConverter, "convert", "page: values (convert)"),
    (rows, "read_cells", "  value parser (read_cells)"),
    (snapshot, "product_of", "page: products (product_of)"),
]
_ = ranking  # (``by_word_match`` is looked up in ``snapshot``, where the query calls it)


def _timed(spent: dict[str, float], label: str, f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return f(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - started

    return timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("price", type=Path)
    parser.add_argument("layout", choices=sorted(LAYOUTS))
    parser.add_argument("--work", type=Path, default=Path("/tmp/search_breakdown"))
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)

    db = args.work / f"{args.layout}.sqlite3"
    if not db.with_name(f"{db.stem}.generations").is_dir():
        args.work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        import_files(db, args.price, force=True)
        print(f"imported into {args.work} in {time.perf_counter() - started:.1f} s")
    terms = search_terms(args.price, LAYOUTS[args.layout], args.seed)
    catalogue = Catalogue.open(db)
    catalogue.read_rows(catalogue.query_ids(CatalogueQuery(text=terms[0]))[:100])  # warm

    spent: dict[str, float] = defaultdict(float)
    for owner, name, label in _STEPS:
        setattr(owner, name, _timed(spent, label, getattr(owner, name)))
    times: list[float] = []
    queries = pages = 0.0
    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.passes):
        live = catalogue._live()[0]  # (the snapshot the catalogue serves)
        if live is not None and live._codes is not None:
            live._codes._held.clear()
        for term in terms:
            started = time.perf_counter()
            ids = catalogue.query_ids(CatalogueQuery(text=term))
            asked = time.perf_counter()
            catalogue.read_rows(ids[:100])
            done = time.perf_counter()
            queries, pages = queries + asked - started, pages + done - asked
            ms = (done - started) * 1000
            times.append(ms)
            if term not in best or ms < best[term][0]:
                best[term] = (ms, len(ids))
    count = len(times)
    times.sort()
    print(
        f"{args.layout}: {count} searches ({args.passes} passes of {len(terms)}), each with its "
        f"first 100 rows: p50 {statistics.median(times):.1f} ms, p95 "
        f"{times[int(count * 0.95)]:.1f}, max {times[-1]:.1f}; "
        f"{sum(t > 50 for t in times) / args.passes:.1f} a pass over 50 ms"
    )
    print(
        f"per search: the ids {queries * 1000 / count:.2f} ms, the page {pages * 1000 / count:.2f}"
    )
    for _owner, _name, label in _STEPS:
        print(f"  {label:<40} {spent[label] * 1000 / count:6.2f} ms")
    print("slowest (best of the passes, ms, matches):")
    for term, (ms, found) in sorted(best.items(), key=lambda kv: -kv[1][0])[:15]:
        print(f"  {ms:6.1f} {found:>8}  {term!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

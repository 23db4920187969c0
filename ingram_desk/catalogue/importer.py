"""Streaming import of a price file into a new catalogue generation, then an atomic swap.

``import_catalogue`` is blocking; call it from a worker thread, or better through
``worker.import_in_subprocess`` (same signature), which keeps its Python row loop off the GUI
process's GIL. It opens its own SQLite connection. Guarantees:

* rows stream from the file into batched inserts — no full-file list in memory;
* a bad row never stops the import: it is skipped (or kept with a warning) and reported with
  its line number; duplicate SKUs: the last row wins and the replaced line is reported;
* the new catalogue is invisible until one short transaction flips ``meta.generation``: a
  failed, cancelled, refused or killed import leaves the previous catalogue exactly as it was;
* the sanity gate (``SanityGateError``) refuses a file with far fewer rows than the live
  catalogue or with mostly unusable rows, unless ``force=True``.

Tests can make the process die at a named point with ``INGRAM_DESK_CATALOGUE_CRASH_AT`` set to
``after_batch_N``, ``before_swap_commit`` or ``after_swap_commit`` (reliability §5.4), and cap
the database with ``INGRAM_DESK_CATALOGUE_MAX_PAGES`` to simulate a full disk.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from .categories import CategoryIndex
from .detect import plan_import
from .fts_build import FtsBuilder, stale_side_files
from .history import record_changes
from .id_lists import SORT_KEYS, all_sorted
from .id_sets import build_id_sets, refresh_in_stock
from .layouts import (
    UserMapping,
    header_signature,
)
from .loader import Loader, crash_point
from .report import (
    CancelFlag,
    CatalogueImportError,
    ImportCancelled,
    ImportReport,
    ProgressCallback,
    ProgressMeter,
    sanity_gate,
)
from .rows import RowConverter
from .schema import (
    STOCK_UPDATES,
    CatalogueDamagedError,
    connect,
    create_generation,
    create_indexes,
    current_generation,
    drop_generation,
    ensure_base,
    generation_tables,
    leftover_generations,
    meta_get,
    set_aside_damaged,
    source_copy,
    stale_source_copies,
    table,
)
from .side_files import apply_stock_rows, read_categories, read_stock
from .sniff import SourceFile, open_source

__all__ = [
    "apply_stock_file",
    "import_catalogue",
    "sanity_gate",
]

_MAX_PAGES_ENV = "INGRAM_DESK_CATALOGUE_MAX_PAGES"
#: Full-catalogue orders computed right after the swap, the usual ones first: a first sort by a
#: key not computed yet takes 1-4 s at 1M rows (8 MB of ids per key, ~1-3 s each here).
_USUAL = ("customer_price", "vendor", "description", "sku")
PRESORTED = (*_USUAL, *(key for key in SORT_KEYS if key not in {"row", *_USUAL}))
#: Keys a stock file changes: their orders are computed again after it.
STOCK_KEYS = ("stock", "in_stock", "eta")


def _mtime_iso(path: Path) -> str:
    return datetime.fromtimestamp(Path(path).stat().st_mtime, UTC).isoformat(timespec="seconds")


def import_catalogue(
    db_path: Path,
    price_file: Path,
    *,
    stock_file: Path | None = None,
    category_file: Path | None = None,
    mapping: UserMapping | None = None,
    force: bool = False,
    currency: str = "EUR",
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> ImportReport:
    """Import ``price_file`` (and optional stock/category files) into the store at ``db_path``.

    Blocking; call it from a worker thread or subprocess. ``progress`` is called from the
    calling thread. ``currency`` applies when the layout carries none. Raises
    ``SanityGateError``, ``ImportCancelled``, ``MappingRequired`` or ``CatalogueImportError``;
    in every case the previous catalogue stays live and unchanged.
    """
    started = time.perf_counter()
    report = ImportReport()
    try:
        source = open_source(Path(price_file))
    except (OSError, ValueError) as exc:
        raise CatalogueImportError(f"cannot read {price_file}: {exc}") from None
    report.source = source.name
    meter = ProgressMeter(progress, source.size)
    conn = _connect_or_rebuild(Path(db_path), report)
    if pages := os.environ.get(_MAX_PAGES_ENV):  # tests: a "disk" that fills up (reliability D5)
        conn.execute(f"PRAGMA max_page_count = {int(pages)}")
    if cancel is not None:
        conn.set_progress_handler(lambda: int(cancel.is_set()), 50_000)
    generation = 0
    copier: threading.Thread | None = None
    try:
        ensure_base(conn)
        live = current_generation(conn)
        report.previous_rows = int(meta_get(conn, "row_count", "0") or 0)
        conn.execute("BEGIN IMMEDIATE")
        for leftover in leftover_generations(conn, {live}):
            drop_generation(conn, leftover)
        conn.execute("COMMIT")
        for stale in [*stale_side_files(Path(db_path)), *stale_source_copies(Path(db_path), live)]:
            stale.unlink(missing_ok=True)
        plan = plan_import(conn, source, mapping)
        report.layout, report.encoding = plan.columns.layout, plan.encoding
        report.delimiter = plan.delimiter
        if plan.encoding in ("cp1252", "latin-1"):
            report.warnings.append(f"not UTF-8: read as {plan.encoding}")
        cat_table = read_categories(Path(category_file), report) if category_file else None
        categories = CategoryIndex(cat_table)
        generation = max([live, *generation_tables(conn)]) + 1
        conn.execute("BEGIN")
        create_generation(conn, generation)
        conn.execute("COMMIT")
        converter = RowConverter(
            plan.columns, currency, lambda n, r: report.add_problem(n, r, skipped=False)
        )
        kept = source_copy(Path(db_path), generation)
        copy_errors: list[BaseException] = []
        copier = threading.Thread(
            target=_copy_source, args=(source, kept, copy_errors), name="source-copy", daemon=True
        )
        copier.start()
        fts = FtsBuilder(Path(db_path), generation)
        try:
            loader = Loader(conn, generation, report, categories, meter, cancel, fts)
            loader.load(source, plan, converter)
            meter.tick("indexing", report.rows_imported, source.size, force=True)
            conn.execute("BEGIN")
            create_indexes(conn, generation)  # while the FTS thread drains its last batches
            conn.execute("COMMIT")
            fts.finish_into(conn)
        except BaseException:
            fts.abort()
            raise
        conn.execute("BEGIN")
        categories.write(conn, generation)
        items, vendors = table("items", generation), table("vendors", generation)
        conn.execute(
            f"INSERT INTO {vendors} SELECT vendor, count(*) FROM {items} "
            "WHERE vendor != '' GROUP BY vendor"
        )
        if stock_file is not None:
            updates, stock_columns = read_stock(Path(stock_file), report)
            apply_stock_rows(conn, generation, updates, stock_columns, report, loader.check_cancel)
        conn.execute("COMMIT")
        copier.join()
        if copy_errors:
            raise CatalogueImportError(f"cannot keep a copy of the source file: {copy_errors[0]}")
        sanity_gate(report, force)
        loader.check_cancel()
        meter.tick("swapping", report.rows_imported, source.size, force=True)
        meta = {
            "generation": str(generation),
            "row_count": str(report.rows_imported),
            "rows_skipped": str(report.rows_skipped),
            "layout": report.layout,
            "encoding": report.encoding,
            "delimiter": report.delimiter,
            "source": report.source,
            "price_file_time": _mtime_iso(source.path),
            "stock_file_time": _mtime_iso(Path(stock_file)) if stock_file else "",
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "header": json.dumps(list(plan.columns.header), ensure_ascii=False),
            "source_copy": kept.name,
            "raw_encoding": plan.encoding,
            "raw_delimiter": plan.delimiter,
            "raw_quoting": str(plan.quoting),
            "previous_generation": str(live),
        }
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
        if mapping is not None and plan.has_header:
            first = list(plan.columns.header)
            conn.execute(
                "INSERT OR REPLACE INTO mappings (signature, mapping) VALUES (?, ?)",
                (header_signature(first), mapping.to_json()),
            )
        crash_point("before_swap_commit")
        conn.execute("COMMIT")
        crash_point("after_swap_commit")
        report.generation = generation
        report.seconds_until_searchable = time.perf_counter() - started
        conn.set_progress_handler(None, 0)
        meter.tick("history", report.rows_imported, source.size, force=True)
        conn.execute("BEGIN IMMEDIATE")
        if live and table("items", live) in generation_tables(conn).get(live, []):
            record_changes(conn, live, generation)
        if live:
            drop_generation(conn, live)
        conn.execute("COMMIT")
        if live:
            source_copy(Path(db_path), live).unlink(missing_ok=True)
        meter.tick("sorting", report.rows_imported, source.size, force=True)
        for key in PRESORTED:  # searchable already; this makes the first sort by them instant
            all_sorted(conn, generation, key)
        build_id_sets(conn, generation)  # one-letter searches and wide filters: see id_sets
    except BaseException as exc:
        _discard(conn, generation)
        if generation and _live_generation(conn) != generation:
            if copier is not None:
                copier.join()
            source_copy(Path(db_path), generation).unlink(missing_ok=True)
        if isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc):
            raise ImportCancelled("import cancelled; the previous catalogue is unchanged") from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise CatalogueImportError(f"catalogue database error: {exc}") from exc
        raise
    finally:
        conn.close()
    report.seconds = time.perf_counter() - started
    meter.tick("done", report.rows_imported, source.size, force=True)
    return report


def _connect_or_rebuild(db_path: Path, report: ImportReport) -> sqlite3.Connection:
    """The store's connection; a damaged store is set aside and this import rebuilds it (the
    catalogue is re-importable, so importing again is how it recovers)."""
    try:
        conn = connect(db_path)
        try:
            ensure_base(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise CatalogueDamagedError(db_path, str(exc)) from None
        return conn
    except CatalogueDamagedError as exc:
        aside = set_aside_damaged(db_path)
        report.warnings.append(
            f"the catalogue was damaged ({exc.detail}); it was set aside as {aside.name} and"
            " rebuilt from this file"
        )
        return connect(db_path)


def _copy_source(source: SourceFile, target: Path, errors: list[BaseException]) -> None:
    try:
        source.copy_to(target)
    except BaseException as exc:  # reported by the importer before the swap
        errors.append(exc)


def _live_generation(conn: sqlite3.Connection) -> int:
    try:
        return current_generation(conn)
    except sqlite3.Error:
        return -1


def _discard(conn: sqlite3.Connection, generation: int) -> None:
    """Best effort: roll back and drop a half-built generation (unless it went live)."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.set_progress_handler(None, 0)
        if generation and current_generation(conn) != generation:
            conn.execute("BEGIN IMMEDIATE")
            drop_generation(conn, generation)
            conn.execute("COMMIT")
    except sqlite3.Error:
        pass


def apply_stock_file(
    db_path: Path, stock_file: Path, *, cancel: CancelFlag | None = None
) -> ImportReport:
    """Apply an Hourly Stock File to the live catalogue in one transaction (partial, by SKU)."""
    report = ImportReport(source=Path(stock_file).name, layout="stock")
    started = time.perf_counter()
    conn = connect(Path(db_path))
    try:
        ensure_base(conn)
        live = current_generation(conn)
        if not live:
            raise CatalogueImportError("no catalogue yet: import a price file first")
        updates, stock_columns = read_stock(Path(stock_file), report)

        def check() -> None:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled("stock update cancelled; nothing changed")

        conn.execute("BEGIN IMMEDIATE")
        try:
            apply_stock_rows(conn, live, updates, stock_columns, report, check)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('stock_file_time', ?)",
                (_mtime_iso(Path(stock_file)),),
            )
            marks = ",".join("?" * len(STOCK_KEYS))
            conn.execute(
                f"DELETE FROM sort_cache WHERE generation = ? AND sort_key IN ({marks})",
                (live, *STOCK_KEYS),
            )
            refresh_in_stock(conn, live)
            updates_so_far = int(meta_get(conn, STOCK_UPDATES, "0") or 0)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (STOCK_UPDATES, str(updates_so_far + 1)),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        for key in STOCK_KEYS:  # applied already; this keeps the first sort by them instant
            all_sorted(conn, live, key)
    finally:
        conn.close()
    report.generation = live
    report.rows_imported = report.stock_rows_applied
    report.seconds = time.perf_counter() - started
    return report

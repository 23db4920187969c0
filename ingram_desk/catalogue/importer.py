"""Streaming import of a price file into a new catalogue generation, then an atomic swap.

``import_catalogue`` is blocking and thread-safe to call from a worker thread or a subprocess
(``import_worker``); it opens its own SQLite connection. Guarantees:

* rows stream from the file into batched inserts — no full-file list in memory;
* a bad row never stops the import: it is skipped (or kept with a warning) and reported with
  its line number; duplicate SKUs: the last row wins and the replaced line is reported;
* the new catalogue is invisible until one short transaction flips ``meta.generation``: a
  failed, cancelled, refused or killed import leaves the previous catalogue exactly as it was;
* the sanity gate (``SanityGateError``) refuses a file with far fewer rows than the live
  catalogue or with mostly unusable rows, unless ``force=True``.

Tests can make the process die at a named point with ``INGRAM_DESK_CATALOGUE_CRASH_AT`` set to
``after_batch_N``, ``before_swap_commit`` or ``after_swap_commit`` (reliability §5.4).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from .categories import CategoryIndex
from .fts_build import FtsBuilder, stale_side_files
from .history import record_changes
from .layouts import (
    ColumnMap,
    MappingRequired,
    UserMapping,
    count_known_headers,
    header_signature,
    looks_like_na_price_txt,
    map_header,
    na_price_txt_map,
    norm_header,
)
from .report import (
    CancelFlag,
    CatalogueImportError,
    ImportCancelled,
    ImportReport,
    ProgressCallback,
    ProgressMeter,
    SanityGateError,
)
from .rows import RAW_SEPARATOR, RowConverter, RowError
from .schema import (
    connect,
    create_generation,
    create_indexes,
    current_generation,
    drop_generation,
    ensure_base,
    generation_tables,
    leftover_generations,
    meta_get,
    source_copy,
    stale_source_copies,
    table,
)
from .side_files import apply_stock_rows, read_categories, read_stock
from .sniff import SourceFile, detect_delimiter, detect_encoding, iter_lines, open_source
from .store import all_sorted
from .values import is_decimal_comma

__all__ = ["MAX_UNUSABLE_SHARE", "MIN_ROW_RATIO", "apply_stock_file", "import_catalogue"]

#: The gate refuses a file with fewer rows than this share of the live catalogue.
MIN_ROW_RATIO = 0.5
#: The gate refuses a file where more than this share of rows lack a SKU or a price ("most").
MAX_UNUSABLE_SHARE = 0.5
_BATCH = 20_000
#: Full-catalogue orders computed right after the swap (others on first use, ~1-4 s at 1M rows).
PRESORTED = ("customer_price", "vendor", "description", "sku")
_CRASH_ENV = "INGRAM_DESK_CATALOGUE_CRASH_AT"
_DACH_KEYS = {"artikelnr", "hstnummer", "ek"}
_UNUSABLE = ("no SKU", "no customer price", "customer price:")
_FTS_COLUMNS = "sku, vpn, ean, vendor, description"


def _crash_point(name: str) -> None:
    if os.environ.get(_CRASH_ENV) == name:
        os._exit(70)


@dataclasses.dataclass(slots=True)
class _Plan:
    encoding: str
    delimiter: str
    quoting: int
    columns: ColumnMap
    has_header: bool


def _plan(conn: sqlite3.Connection, source: SourceFile, mapping: UserMapping | None) -> _Plan:
    sample = source.sample()
    if not sample.strip():
        raise CatalogueImportError(f"{source.name} is empty")
    encoding = (mapping and mapping.encoding) or detect_encoding(sample)
    lines = list(iter_lines(io.BytesIO(sample), encoding))
    if len(sample) >= (1 << 20) and len(lines) > 1:
        lines.pop()
    delimiter = (mapping and mapping.delimiter) or detect_delimiter(lines[:50])
    quoting = csv.QUOTE_MINIMAL
    if delimiter in "|\t" and not any(
        cell.startswith('"') for ln in lines[:200] for cell in ln.split(delimiter)
    ):
        quoting = csv.QUOTE_NONE  # DACH pipe files are unquoted; a stray " is just an inch mark
    rows: list[list[str]] = []
    try:
        for row in csv.reader(lines[:400], delimiter=delimiter, quoting=quoting):
            if row and any(c.strip() for c in row):
                rows.append(row)
    except csv.Error:
        pass
    if not rows:
        raise CatalogueImportError(f"{source.name}: no readable rows")
    first = rows[0]
    has_header = True
    if mapping is not None:
        columns, has_header = mapping.resolve(first), mapping.header
    elif looks_like_na_price_txt(first):
        columns, has_header = na_price_txt_map(), False
    else:
        saved = conn.execute(
            "SELECT mapping FROM mappings WHERE signature = ?", (header_signature(first),)
        ).fetchone()
        if saved is not None:
            user = UserMapping.from_dict(json.loads(saved[0]))
            columns, has_header = user.resolve(first), user.header
        elif count_known_headers(first) >= 3:
            normal = {norm_header(c) for c in first}
            columns = map_header(first, "dach_impulse" if normal >= _DACH_KEYS else "header_csv")
        else:
            raise MappingRequired(
                f"{source.name}: layout not recognised (no known header, not an NA PRICE.TXT); "
                "supply a column mapping (--mapping FILE.json)",
                first,
            )
    if not columns.decimal_comma:
        data = rows[1:] if has_header else rows
        flags = {}
        for name in ("customer_price", "retail_price"):
            if columns.has(name):
                i = columns.columns[name][0]
                flags[name] = is_decimal_comma([r[i] for r in data if len(r) > i])
        columns = dataclasses.replace(columns, decimal_comma=flags)
    return _Plan(encoding, delimiter, quoting, columns, has_header)


class _Loader:
    """Streams converted rows into one generation's items + FTS tables, batch by batch."""

    def __init__(
        self, conn: sqlite3.Connection, generation: int, report: ImportReport,
        categories: CategoryIndex, meter: ProgressMeter, cancel: CancelFlag | None,
        fts: FtsBuilder,
    ) -> None:  # fmt: skip
        self.conn, self.gen, self.report = conn, generation, report
        self.categories, self.meter, self.cancel = categories, meter, cancel
        items = table("items", generation)
        self.insert_items = f"INSERT INTO {items} VALUES ({', '.join('?' * 22)})"
        self.select_old = f"SELECT id, {_FTS_COLUMNS} FROM {items} WHERE id = ?"
        self.delete_item = f"DELETE FROM {items} WHERE id = ?"
        self.fts = fts
        self.batch: list[tuple | None] = []
        self.in_batch: dict[int, int] = {}
        self.deferred: list[int] = []
        self.batches = 0
        self.inserted = 0

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ImportCancelled("import cancelled; the previous catalogue is unchanged")

    def load(self, source: SourceFile, plan: _Plan, converter: RowConverter) -> None:
        report = self.report
        seen: dict[str, tuple[int, int]] = {}
        next_id = 1
        header_pending = plan.has_header
        category_id = self.categories.id_for
        keep_text = plan.encoding.startswith("utf-16")  # no byte offsets for UTF-16
        position = [0]
        with source.open_binary() as binary:
            lines = iter_lines(binary, plan.encoding, lambda n, r: report.add_problem(n, r, skipped=False), position)  # fmt: skip
            reader = csv.reader(lines, delimiter=plan.delimiter, quoting=plan.quoting)
            while True:
                line = reader.line_num + 1
                start = position[0]
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    hint = " (probably an unbalanced quote)" if "field larger" in str(exc) else ""
                    report.add_problem(line, f"unreadable row: {exc}{hint}")
                    report.rows_skipped += 1
                    continue
                if not row or not any(c.strip() for c in row):
                    continue
                if header_pending:
                    header_pending = False
                    continue
                try:
                    c = converter(row, line)
                except RowError as exc:
                    reason = str(exc)
                    report.add_problem(line, reason)
                    report.rows_skipped += 1
                    if reason.startswith(_UNUSABLE):
                        report.rows_without_sku_or_price += 1
                    continue
                rid, next_id = next_id, next_id + 1
                sku = c[1]
                key = sku.upper()
                previous = seen.get(key)
                if previous is not None:
                    self._replace(previous[0])
                    report.add_problem(
                        line, f"duplicate SKU {sku}: replaces line {previous[1]}", skipped=False
                    )
                    report.duplicates_replaced += 1
                seen[key] = (rid, line)
                cat_id = category_id(c[7], c[6])
                self.in_batch[rid] = len(self.batch)
                text = RAW_SEPARATOR.join(row[:-1]) if keep_text else None
                self.batch.append(
                    (rid, *c[:6], cat_id, c[6], *c[8:], start, position[0] - start, text)
                )
                if len(self.batch) >= _BATCH:
                    self.flush(binary.tell())
            self.flush(binary.tell())
        report.rows_imported = self.inserted

    def _replace(self, old_id: int) -> None:
        index = self.in_batch.get(old_id)
        if index is not None:
            self.batch[index] = None
        else:
            self.deferred.append(old_id)

    def flush(self, bytes_read: int) -> None:
        self.check_cancel()
        rows = [r for r in self.batch if r is not None]
        conn = self.conn
        self.fts.add([(r[0], *r[2:7]) for r in rows])
        conn.execute("BEGIN")
        conn.executemany(self.insert_items, rows)
        if self.deferred:
            old = [conn.execute(self.select_old, (i,)).fetchone() for i in self.deferred]
            self.fts.delete(old)
            conn.executemany(self.delete_item, [(i,) for i in self.deferred])
        conn.execute("COMMIT")
        self.inserted += len(rows) - len(self.deferred)
        self.batch, self.in_batch, self.deferred = [], {}, []
        self.batches += 1
        self.meter.tick("reading", self.inserted, bytes_read, force=True)
        _crash_point(f"after_batch_{self.batches}")


def _sanity_gate(report: ImportReport, force: bool) -> None:
    read = report.rows_imported + report.rows_skipped
    if report.rows_imported == 0:
        raise SanityGateError(f"{report.source}: no usable rows; catalogue not replaced", report)
    if force:
        return
    if report.previous_rows and report.rows_imported < MIN_ROW_RATIO * report.previous_rows:
        raise SanityGateError(
            f"file looks incomplete ({report.rows_imported} rows vs {report.previous_rows} in the "
            "current catalogue); catalogue not replaced (use force to import it anyway)",
            report,
        )
    if report.rows_without_sku_or_price > MAX_UNUSABLE_SHARE * read:
        raise SanityGateError(
            f"{report.rows_without_sku_or_price} of {read} rows lack a SKU or price; "
            "catalogue not replaced (use force to import it anyway)",
            report,
        )


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
    conn = connect(Path(db_path))
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
        plan = _plan(conn, source, mapping)
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
            loader = _Loader(conn, generation, report, categories, meter, cancel, fts)
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
            updates, with_eta = read_stock(Path(stock_file), report)
            apply_stock_rows(conn, generation, updates, with_eta, report, loader.check_cancel)
        conn.execute("COMMIT")
        copier.join()
        if copy_errors:
            raise CatalogueImportError(f"cannot keep a copy of the source file: {copy_errors[0]}")
        _sanity_gate(report, force)
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
        _crash_point("before_swap_commit")
        conn.execute("COMMIT")
        _crash_point("after_swap_commit")
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
        updates, with_eta = read_stock(Path(stock_file), report)

        def check() -> None:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled("stock update cancelled; nothing changed")

        conn.execute("BEGIN IMMEDIATE")
        try:
            apply_stock_rows(conn, live, updates, with_eta, report, check)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('stock_file_time', ?)",
                (_mtime_iso(Path(stock_file)),),
            )
            conn.execute(
                "DELETE FROM sort_cache WHERE generation = ? "
                "AND (sort_key LIKE 'stock%' OR sort_key LIKE 'eta%')",
                (live,),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    report.generation = live
    report.rows_imported = report.stock_rows_applied
    report.seconds = time.perf_counter() - started
    return report

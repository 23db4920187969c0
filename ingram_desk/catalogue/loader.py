"""Streams one price file into a new generation's rows, batch by batch (the import's hot loop).

Row ids are assigned in file order; a repeated SKU replaces the earlier row (removed from the
items table and, through the FTS builder, from the index). Each flushed batch commits, checks
the cancel flag and may hit the test crash point ``after_batch_N``.
"""

from __future__ import annotations

import csv
import sqlite3

from .categories import CategoryIndex
from .detect import ImportPlan
from .fts_build import FtsBuilder
from .generation import CRASH_ENV, crash_point
from .report import CancelFlag, ImportCancelled, ImportReport, ProgressMeter
from .rows import RAW_SEPARATOR, RowConverter, RowError
from .runaway import LineAccount
from .schema import table
from .sniff import SourceFile, iter_lines

__all__ = ["CRASH_ENV", "Loader", "crash_point"]

_BATCH = 20_000
_UNUSABLE = ("no SKU", "no customer price", "customer price:")
_FTS_COLUMNS = "sku, vpn, ean, vendor, description"
#: What a price-file row fills (``stock_warehouse`` is left to the stock file).
_ITEM_COLUMNS = (
    "id, line, sku, vpn, ean, vendor, description, category_id, category_code, customer_price, "
    "retail_price, currency, stock, in_stock, eta, status, datasheet_url, image_url, icecat_id, "
    "raw_at, raw_len, raw"
)


class Loader:
    """Streams converted rows into one generation's items + FTS tables, batch by batch."""

    def __init__(
        self, conn: sqlite3.Connection, generation: int, report: ImportReport,
        categories: CategoryIndex, meter: ProgressMeter, cancel: CancelFlag | None,
        fts: FtsBuilder,
    ) -> None:  # fmt: skip
        self.conn, self.gen, self.report = conn, generation, report
        self.categories, self.meter, self.cancel = categories, meter, cancel
        items = table("items", generation)
        self.insert_items = f"INSERT INTO {items} ({_ITEM_COLUMNS}) VALUES ({', '.join('?' * 22)})"
        self.select_old = f"SELECT id, {_FTS_COLUMNS} FROM {items} WHERE id = ?"
        self.delete_item = f"DELETE FROM {items} WHERE id = ?"
        self.fts = fts
        self.batch: list[tuple | None] = []
        self.in_batch: dict[int, int] = {}
        self.deferred: list[int] = []
        self.batches = 0
        self.inserted = 0
        self.next_id = 1
        self.seen: dict[str, tuple[int, int]] = {}
        self.keep_text = False

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ImportCancelled("import cancelled; the previous catalogue is unchanged")

    def load(self, source: SourceFile, plan: ImportPlan, converter: RowConverter) -> None:
        """Read ``source`` row by row; each block of ``_BATCH`` rows is converted at once
        (``RowConverter.convert``), numbered, de-duplicated and flushed."""
        report = self.report
        header_pending = plan.has_header
        self.keep_text = plan.encoding.startswith("utf-16")  # no byte offsets for UTF-16
        position = [0]
        pending: list[tuple[list[str] | None, int, int, int | str]] = []
        with source.open_binary() as binary:
            lines = iter_lines(binary, plan.encoding, lambda n, r: report.add_problem(n, r, skipped=False), position)  # fmt: skip
            reader = csv.reader(lines, delimiter=plan.delimiter, quoting=plan.quoting)
            account = LineAccount()  # a runaway quote or a sea of blank lines is refused
            while True:
                line = reader.line_num + 1
                start = position[0]
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    account.record(line, reader.line_num, False)
                    hint = " (probably an unbalanced quote)" if "field larger" in str(exc) else ""
                    pending.append((None, line, 0, f"unreadable row: {exc}{hint}"))
                    continue
                blank = not row or not any(c.strip() for c in row)
                account.record(line, reader.line_num, blank)
                if blank:
                    continue
                if header_pending:
                    header_pending = False
                    continue
                pending.append((row, line, start, position[0]))
                if len(pending) >= _BATCH:
                    self._take(pending, converter)
                    pending = []
                    self.flush(binary.tell())
            self._take(pending, converter)
            account.finish(reader.line_num)
            self.flush(binary.tell())
        report.problems.sort(key=lambda p: p.line)  # a block's warnings come before its errors
        report.rows_imported = self.inserted

    def _take(
        self, pending: list[tuple[list[str] | None, int, int, int | str]], converter: RowConverter
    ) -> None:
        """Convert a block of read rows and queue the usable ones, in file order."""
        report = self.report
        readable = [(row, line) for row, line, _s, _e in pending if row is not None]
        converted = iter(converter.convert([r for r, _ in readable], [n for _, n in readable]))
        category_id = self.categories.id_for
        for row, line, start, end in pending:
            if row is None:
                report.add_problem(line, str(end))
                report.rows_skipped += 1
                continue
            c = next(converted)
            if isinstance(c, RowError):
                reason = str(c)
                report.add_problem(line, reason)
                report.rows_skipped += 1
                if reason.startswith(_UNUSABLE):
                    report.rows_without_sku_or_price += 1
                continue
            rid = self.next_id
            self.next_id += 1
            sku = c[1]
            key = sku.upper()
            previous = self.seen.get(key)
            if previous is not None:
                self._replace(previous[0])
                report.add_problem(
                    line, f"duplicate SKU {sku}: replaces line {previous[1]}", skipped=False
                )
                report.duplicates_replaced += 1
            self.seen[key] = (rid, line)
            cat_id = category_id(c[7], c[6])
            self.in_batch[rid] = len(self.batch)
            text = RAW_SEPARATOR.join(row[:-1]) if self.keep_text else None
            assert isinstance(end, int)
            self.batch.append((rid, *c[:6], cat_id, c[6], *c[8:], start, end - start, text))

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
        crash_point(f"after_batch_{self.batches}")
